"""Command palette: every key binding of the current screen, by its description."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from kzreader.tui.keys import DEFAULT_KEYS, key_label, keys_for


class ScreenCommands(Provider):
    """Offers the actions the screen's keys run (`palette_actions()` on each screen)."""

    def _commands(self) -> list[tuple[str, str, partial[object]]]:
        found: list[tuple[str, object]] = []
        for owner in (self.screen, self.app):
            actions = getattr(owner, "palette_actions", None)
            if actions is not None:
                found += [a for a in actions() if a[0] not in {b for b, _ in found}]
        keymap = getattr(self.app, "keymap", {})
        out = []
        for binding_id, node in found:
            spec = DEFAULT_KEYS[binding_id]
            help_text = f"key: {key_label(self.app, keys_for(binding_id, keymap))}"
            command = partial(self.app.run_action, spec.action, node)
            out.append((spec.description, help_text, command))
        return out

    async def discover(self) -> Hits:
        for title, help_text, command in self._commands():
            yield DiscoveryHit(title, command, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, command in self._commands():
            if (score := matcher.match(title)) > 0:
                yield Hit(score, matcher.highlight(title), command, text=title, help=help_text)
