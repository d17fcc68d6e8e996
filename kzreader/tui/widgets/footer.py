"""A Footer that rebuilds its keys only when the keys it shows change.

Textual's Footer recomposes (dozens of widgets, a restyle) on every focus
change; moving focus between widgets that show the same keys (the reader's text
and raw views) then costs more than the repaint itself.
"""

from __future__ import annotations

from typing import Any

from textual.screen import Screen
from textual.widgets import Footer


class KeyFooter(Footer):
    """Footer keys, recomposed only when what they show differs."""

    _shown: tuple[Any, ...] | None = None

    def _signature(self, screen: Screen) -> tuple[Any, ...]:
        app = self.app
        palette = app.COMMAND_PALETTE_BINDING if self.show_command_palette else None
        return tuple(
            (key, binding.key, binding.action, binding.description, binding.group, enabled,
             tooltip, app.get_key_display(binding))
            for key, (_node, binding, enabled, tooltip) in screen.active_bindings.items()
            if binding.show or key == palette
        )

    def bindings_changed(self, screen: Screen) -> None:
        if self.is_attached and screen is self.screen and screen.app.app_focus:
            shown = self._signature(screen)
            if shown == self._shown and self._bindings_ready:
                return
            self._shown = shown
        super().bindings_changed(screen)
