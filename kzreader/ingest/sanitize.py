"""Make decoded text safe and uniform: newlines, control and escape characters, mojibake.

Article text is shown in a terminal, so nothing that a terminal interprets may
survive: ESC/CSI/OSC sequences, C0 controls other than newline and tab, DEL,
C1 controls, and invisible bidi overrides are removed here, at load time.
"""

from __future__ import annotations

import re

_ESCAPES = re.compile(
    r"\x1b\][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"  # OSC ... BEL/ST (title, hyperlink)
    r"|\x9d[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"  # C1 OSC
    r"|\x1b[P^_X][^\x1b\x9c]*(?:\x1b\\|\x9c)?"  # DCS, PM, APC, SOS strings
    r"|\x1b\[[0-?]*[ -/]*[@-~]"  # CSI (colours, cursor moves)
    r"|\x9b[0-?]*[ -/]*[@-~]"  # C1 CSI
    r"|\x1b[ -/]*[0-~]?"  # other two-byte escapes, or a lone ESC
)
_CONTROLS = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]"
)
_NEEDS_WORK = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060\u2066-\u2069\ufeff]"
)

MOJIBAKE: dict[str, str] = {
    # UTF-8 read as cp1252, the sequences news scrapes actually carry
    "â€œ": "“", "â€\x9d": "”", "â€": "”", "â€™": "’", "â€˜": "‘", "â€”": "—", "â€“": "–",
    "â€¦": "…", "â€¢": "•", "Â ": " ", "Â·": "·", "Ã©": "é", "Ã¨": "è", "Ã¶": "ö", "Ã¼": "ü",
}  # fmt: skip
_MOJIBAKE = re.compile("|".join(sorted(map(re.escape, MOJIBAKE), key=len, reverse=True)))


def sanitize(text: str) -> str:
    """Newlines to `\\n`; escape sequences and control characters removed; mojibake repaired."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _NEEDS_WORK.search(text):
        text = text.replace("\u2028", "\n").replace("\u2029", "\n")
        if "\x1b" in text or "\x9b" in text or "\x9d" in text:
            text = _ESCAPES.sub("", text)
        text = _CONTROLS.sub("", text)
    if "â€" in text or "Ã" in text or "Â" in text:
        text = _MOJIBAKE.sub(lambda m: MOJIBAKE[m.group(0)], text)
    return text
