"""Make article text safe to paint: control characters become visible symbols.

Rich and Textual pass ESC through to the terminal, so an article carrying
`\\x1b[31m` or an OSC 8 hyperlink would reach it as control. Each control
character (C0 except newline, DEL, C1) is replaced by one printable symbol, so
offsets into the text (facts, sentences) stay valid.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code == 0x09:
        return " "
    if code < 0x20:
        return chr(0x2400 + code)  # ␛ for ESC, ␇ for BEL, ...
    if code == 0x7F:
        return "␡"
    return "�"


def displayable(text: str) -> str:
    """`text` with every control character (but newline) shown as a symbol; same length."""
    return _CONTROL.sub(_picture, text)
