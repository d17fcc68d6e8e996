"""Copy text to the user's clipboard without ever crashing.

pyperclip first (the system clipboard); where there is none (headless Linux
raises `PyperclipException`), Textual's OSC 52 escape asks the terminal to do
it, which some terminals (macOS Terminal) ignore, so the user is told.
"""

from __future__ import annotations

from textual.app import App


def copy_text(app: App, text: str) -> tuple[bool, str]:
    """Copy `text`; return (copied to the system clipboard, a sentence for the user)."""
    try:
        import pyperclip

        pyperclip.copy(text)
    except Exception as exc:  # pyperclip raises its own and OS errors; none may crash us
        try:
            app.copy_to_clipboard(text)
        except Exception:  # a dead driver: nothing else to try
            return False, f"Could not copy: no clipboard ({type(exc).__name__})."
        return False, (
            "No system clipboard here, so the text was sent to the terminal (OSC 52); "
            "some terminals ignore it."
        )
    return True, "Copied to the clipboard."
