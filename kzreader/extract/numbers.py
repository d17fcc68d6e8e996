"""Reading numbers: `2.500`, `1,5`, `2,500`, `1.5`, `dua puluh lima`, `seribu`, `six`.

Pure functions over strings; the tables live in `tables.py`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kzreader.extract.tables import ADDERS, MULTIPLIERS, SCALES, UNIT_WORDS

DECIMAL_MARK: dict[str, str] = {"id": ",", "en": "."}
"""The decimal separator each language writes; the other one groups thousands."""

_SEPARATORS = re.compile(r"[.,]")
_WORD_SPLIT = re.compile(r"[\s-]+")


def tidy_number(value: float) -> float | int:
    """`2.0` → `2`; other values rounded to six decimals. A decimal times a scale word
    lands a hair off the whole number it names (`8,2 triliun` → 8199999999999.999): that
    float noise (below 1e-12 of the value) rounds away too."""
    if float(value).is_integer():
        return int(value)
    whole = round(value)
    if whole and abs(value - whole) <= abs(value) * 1e-12:
        return int(whole)
    return round(value, 6)


def parse_numeral(digits: str, *, language: str = "id", scaled: bool = False) -> float | int:
    """Value of a written numeral such as `2.500` (id), `2,500` (en), `1,5`, `1.234,5`.

    A separator used twice, or a single one before exactly three digits that is
    the language's thousands mark (or is not followed by a scale word such as
    `juta`), groups thousands; otherwise it marks the decimals.
    """
    seps = _SEPARATORS.findall(digits)
    if not seps:
        return int(digits)
    decimal = DECIMAL_MARK.get(language, ",")
    if len(set(seps)) == 2:  # both marks: the last one is the decimal mark
        decimal = seps[-1]
    elif len(seps) > 1:
        decimal = "." if seps[0] == "," else ","
    else:
        tail = digits.rsplit(seps[0], 1)[1]
        if len(tail) == 3 and (seps[0] != decimal or not scaled):
            decimal = "." if seps[0] == "," else ","
    thousands = "." if decimal == "," else ","
    plain = digits.replace(thousands, "").replace(decimal, ".")
    if plain.count(".") > 1:  # malformed (`0.0,0.0`): only the last mark can be the decimal
        last = plain.rfind(".")
        plain = plain[:last].replace(".", "") + plain[last:]
    return tidy_number(float(plain))


def parse_number_words(words: str) -> int | None:
    """Value of number words: `dua puluh lima` → 25, `seratus` → 100, `twenty-five` → 25.

    Returns None when a word is not a number word.
    """
    total = group = last = 0
    seen = False
    for word in _WORD_SPLIT.split(words.lower().strip()):
        if not word:
            continue
        if word in UNIT_WORDS:
            last = UNIT_WORDS[word]
            group += last
        elif word in ADDERS:  # `tiga belas`: the last unit word gains ten
            group += ADDERS[word] if last else ADDERS[word] + 1
            last = 0
        elif word in MULTIPLIERS:  # `dua puluh`: the last unit word is multiplied
            group += (last or 1) * MULTIPLIERS[word] - last
            last = 0
        elif word in SCALES:
            total += (group or 1) * SCALES[word]
            group = last = 0
        elif word == "and" and seen:
            continue
        else:
            return None
        seen = True
    return total + group if seen else None


_WORD_RUN = re.compile(r"[^\s-]+")


def compound_break(words: str) -> int | None:
    """Where number words stop being one number, as an offset into `words`, or None.

    A unit word after a small one (`dua-tiga`, `satu dua`, `five six`) or after one no
    larger than itself starts a second number; `twenty-five`, `seratus lima`,
    `dua puluh lima` and `seribu dua ratus` are each one number.
    """
    previous: int | None = None
    previous_end = 0
    for m in _WORD_RUN.finditer(words):
        value = UNIT_WORDS.get(m.group().lower())
        if value is not None and previous is not None and (previous < 20 or previous <= value):
            return previous_end
        previous, previous_end = value, m.end()
    return None


def scale_of(word: str | None) -> int:
    """Multiplier of a scale word (`juta` → 1 000 000); 1 when there is none."""
    return SCALES.get(word.lower(), 1) if word else 1


@lru_cache(maxsize=8192)
def number_value(token: str, *, language: str = "id", scale: str | None = None) -> float | int:
    """Value of a numeral or number words, times an optional scale word (pure: memoised)."""
    if token[:1].isdigit():
        base = parse_numeral(token, language=language, scaled=scale is not None)
    else:
        base = parse_number_words(token) or 0
    return tidy_number(base * scale_of(scale))
