"""Figures: numbers with what they count (`sekitar 2.500 pasukan`, `lebih dari 160 orang`).

One regex finds candidate numbers (digits or number words, with an optional
currency sign and scale word); table-driven checks then drop years, dates,
times, labels (`Pasal 3`), list numbering and numbers inside names
(`Russia-24`, `COVID-19`), and read the qualifier, unit and measure around it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from kzreader.extract.numbers import compound_break, number_value, scale_of, tidy_number
from kzreader.extract.spans import (
    Scan,
    alternation,
    clause_bounds,
    digit_runs,
    lead_words,
    matches_at,
    paragraph_start,
    scan_of,
    starts_of,
    table_key,
    word_before,
)
from kzreader.extract.tables import (
    ADDERS,
    ATTACHED_ONLY_AFTER_CURRENCY,
    CURRENCY_PREFIXES,
    ENGLISH_VERBS,
    FUNCTION_WORDS,
    HALVES,
    LABEL_WORDS,
    MEASURE_CUES,
    MULTIPLIERS,
    NEGATED_QUALIFIER,
    NEGATIONS,
    PARTITIVES,
    PEOPLE_MEASURES,
    QUALIFIER_GAPS,
    QUALIFIERS,
    RANGE_OPENERS,
    SCALES,
    SUFFIX_SCALES,
    UNIT_MEASURE,
    UNIT_WORDS,
    VERB_PREFIXES,
    WEAK_NUMBER_WORDS,
)
from kzreader.lexicon import MONTHS, TIMEZONES
from kzreader.model import Figure

_NUMBER_WORD = alternation([*UNIT_WORDS, *ADDERS, *MULTIPLIERS, *SCALES])
_LEAD_WORD = alternation(UNIT_WORDS)
_SCALE = alternation(SCALES)
_CURRENCY = alternation([*CURRENCY_PREFIXES, "US$"])
_ATTACHED = alternation(set(SUFFIX_SCALES) - ATTACHED_ONLY_AFTER_CURRENCY)
_ATTACHED_CUR = alternation(ATTACHED_ONLY_AFTER_CURRENCY)
_NUMBER = (
    rf"(?:(?P<{{p}}cur>{_CURRENCY})\s?)?"
    rf"(?:(?P<{{p}}digits>\d+(?:[.,]\d+)*)(?P<{{p}}suffix>(?:{_ATTACHED})\b"
    rf"|(?({{p}}cur)(?:{_ATTACHED_CUR})\b|(?!)))?|(?P<{{p}}words>\b(?:{_LEAD_WORD})\b"
    rf"(?:[\s-]+(?:{_NUMBER_WORD})\b)*)(?P<{{p}}half>\s+(?:{alternation(HALVES)})\b)?)"
    rf"(?:\s?(?P<{{p}}scale>\b(?:{_SCALE})\b))?"
    rf"(?![\w/]|-(?!(?:{alternation(UNIT_MEASURE)})\b)[^\W\d]|[:.]\d)"
)
FIGURE_RE = re.compile(r"(?<![\w/.,\-–:])" + _NUMBER.format(p=""), re.IGNORECASE)
RANGE_TAIL_RE = re.compile(
    r"\s*(?P<join>-|–|—|hingga|sampai|s\.d\.|s/d|to|and|dan)\s*" + _NUMBER.format(p="hi_"),
    re.IGNORECASE,
)
_JOINS_NEED_OPENER = frozenset({"to", "and", "dan"})
_BETWEEN = frozenset({"antara", "between"})
_QUALIFIER_RE = re.compile(rf"(?:^|(?<=[\s(]))(?P<q>{alternation(QUALIFIERS)})\s+$", re.I)
_GAPPED_QUALIFIER_RE = re.compile(
    rf"(?:^|(?<=[\s(]))(?P<q>{alternation(QUALIFIERS)})\s+"
    rf"(?:(?:{alternation(QUALIFIER_GAPS)})\s+){{1,2}}$",
    re.I,
)
"""A qualifier a word or two before its number: only tried after a gap word (`level`)."""
_OPENER_RE = re.compile(rf"(?:^|(?<=[\s(]))(?P<o>{alternation(RANGE_OPENERS)})\s+$", re.I)
_UNIT_RE = re.compile(r"\s?(%)|(?:\s+|-)([^\W\d_][\w-]*?)(?:-\w+)*(?:\s+([^\W\d_][\w-]*))?\b")
_PARTITIVE_RE = re.compile(rf"\s+(?:{alternation(PARTITIVES)})\b", re.IGNORECASE)
_MONTH_AFTER_RE = re.compile(rf"\s+(?:{alternation(MONTHS)})\b\.?", re.IGNORECASE)
_MONTH_ABBREVIATIONS = [m for m in MONTHS if len(m) <= 3 or m == "sept"]
_MONTH_BEFORE_RE = re.compile(
    rf"\b(?:(?:{alternation(MONTHS)})|(?:{alternation(_MONTH_ABBREVIATIONS)})\.)"
    r"[^\S\n]+$",
    re.IGNORECASE,
)
"""A month right before a number on its line (`Januari 5`, `Jan. 5`); a full month name
with a full stop ends a sentence (`… 19 Januari. Dua hari …`), so it is no date's."""
_TIME_AFTER_RE = re.compile(
    rf"\s*(?:{alternation(TIMEZONES)}|pagi|siang|sore|malam|a\.m\.|p\.m\.|am|pm)\b", re.I
)
_CUE_RE = re.compile(rf"\b(?:{alternation(MEASURE_CUES)})\b", re.IGNORECASE)
_YEAR = range(1800, 2200)
_DIGITS_RE = re.compile(r"\d(?<!\d\d)")
"""The first digit of a run, as `digit_runs` finds them (`(?<!\\d)\\d`, written so the
engine can skip to digits)."""
_CURRENCY_BEFORE_RE = re.compile(rf"(?<![\w$])(?:{_CURRENCY})\s?$", re.IGNORECASE)
_WORD_TRIGGERS = frozenset(UNIT_WORDS)
_QUALIFIER_LEADS = lead_words(QUALIFIERS)
_OPENER_LEADS = lead_words(RANGE_OPENERS)
_MONTH_LEADS = lead_words(MONTHS)
_CUE_LEADS = lead_words(MEASURE_CUES)
_CLAUSE_CUT_RE = re.compile(r"[,.;:!?\n]")
"""A negation only flips a qualifier in its own clause (`tidak ada yang tahu, tapi melebihi`)."""
_CLOCK_RE = re.compile(r"\d{1,2}[.:]\d{2}")
_MERIDIEM_RE = re.compile(r"\s?(?:[ap]\.m\.|[ap]m\b)", re.IGNORECASE)
"""`11 p.m.`, `7am`: an hour on the clock."""
_PHONE_RE = re.compile(r"\+?\(?\d{1,4}\)?(?:[ \t-]\(?\d{2,5}\)?){2,}(?![\w,.]\d)")
"""Digit groups written as a telephone number: `+7 701 555 0142`, `021-3456-7890`."""
_PHONE_DIGITS = 8
_CURRENCY_ENDS = frozenset(c[-1] for c in [*CURRENCY_PREFIXES, "US$"])
"""Last characters of the currency signs: no currency can end before a digit without one."""
_CURRENCY_ENDS_ANY_CASE = _CURRENCY_ENDS | {c.upper() for c in _CURRENCY_ENDS}
"""What `_CURRENCY_ENDS` matches ignoring case (none of them has other case variants)."""
_BLOCKERS = frozenset("_/.,-–:")
"""With the word characters, what may not stand before a figure (`FIGURE_RE`'s lookbehind)."""


class _Number(NamedTuple):
    """A number read from a match (a tuple: built for every candidate, cheaply)."""

    start: int
    end: int
    value: float | int
    is_words: bool
    currency: str | None


_GROUPS = {p: tuple(p + g for g in ("digits", "words", "cur", "scale", "suffix", "half"))
           for p in ("", "hi_")}  # fmt: skip
"""The groups `_read` takes from a figure (`""`) or a range's second number (`"hi_"`)."""


def _read(m: re.Match[str], prefix: str, language: str) -> _Number:
    digits, words, cur, scale, suffix, half = m.group(*_GROUPS[prefix])
    token = digits or words
    value = number_value(token, language=language, scale=scale)
    if suffix:  # `$2.5bn`
        value = tidy_number(value * SUFFIX_SCALES[suffix.lower()])
    elif half:  # `two and a half years`, `dua setengah juta`
        value = tidy_number((number_value(token, language=language) + 0.5) * scale_of(scale))
    currency = CURRENCY_PREFIXES.get(cur.lower()) if cur else None
    if cur and currency is None:
        currency = "dolar AS"
    return _Number(m.start(), m.end(), value, words is not None, currency)


def _participle(word: str) -> bool:
    """`citing`, `armed`, `reported`: an English verb form, never the counted noun."""
    return (len(word) > 5 and word.endswith("ing")) or (len(word) > 4 and word.endswith("ed"))


def _noun_like(word: str) -> bool:
    low = word.lower()
    return word.islower() and low not in FUNCTION_WORDS and low not in QUALIFIERS


def _unit_after(text: str, pos: int, *, english: bool = False) -> tuple[str | None, int, bool]:
    """The counted noun after a number: (unit, end offset, known-from-table); in English a
    participle before it is skipped (`26 armed rioters`) and is never one (`24 citing`)."""
    m = _UNIT_RE.match(text, pos, pos + 60)
    if not m:
        return None, pos, False
    if m.group(1):
        return "%", m.end(1), True
    first, second = m.group(2), m.group(3)
    if second:
        pair = f"{first} {second}".lower()
        if pair in UNIT_MEASURE:
            return pair, m.end(3), True
    word = first.lower()
    if word in UNIT_MEASURE:  # an acronym keeps its capitals: `seratus WNI`
        return first if first.isupper() else word, m.end(2), True
    looks_like_noun = (
        first.islower()
        and word not in FUNCTION_WORDS
        and word not in QUALIFIERS
        and not (len(word) > 5 and word.startswith(VERB_PREFIXES))
    )
    if english and looks_like_noun and word in ENGLISH_VERBS:
        return None, pos, False
    if english and looks_like_noun and _participle(word):
        if second and _noun_like(second) and not _participle(second.lower()):
            return second.lower(), m.end(3), second.lower() in UNIT_MEASURE
        return None, pos, False
    return (word, m.end(2), False) if looks_like_noun else (None, pos, False)


def _is_label(
    text: str, scan: Scan, num: _Number, raw: str, unit_known: bool, unit: str | None, before: str
) -> bool:
    """Years, dates, times, list numbers and labels are not counts; `before` is the word before."""
    decimal = isinstance(num.value, float)  # `level 437,5`, `Harganya 437,5`: a value
    # so is an amount of money or a share (`level US$ 42.000`, `tingkat 5%`), or a number
    # a qualifier compares (`di bawah level 40.000`)
    if before in LABEL_WORDS and not (
        decimal or num.currency or UNIT_MEASURE.get(unit or "") == "percent"
        or (before in QUALIFIER_GAPS and _qualifier(text, scan, num.start, before)[0])
    ):
        return True
    lo = max(0, num.start - 14)
    if _MONTH_AFTER_RE.match(text, num.end) or (
        not scan.words.isdisjoint(_MONTH_LEADS) and scan.within(_MONTH_LEADS, lo, num.start)
        and _MONTH_BEFORE_RE.search(text, lo, num.start)
    ):
        return True
    is_year = raw.isdigit() and len(raw) == 4 and int(raw) in _YEAR and num.currency is None
    if is_year and (not unit_known or UNIT_MEASURE.get(unit or "") == "duration"):
        return True
    if raw.isdigit() and int(raw) <= 12 and _MERIDIEM_RE.match(text, num.end):
        return True
    if _CLOCK_RE.fullmatch(raw) and (
        before in {"pukul", "jam", "at"} or _TIME_AFTER_RE.match(text, num.end)
    ):
        return True
    if unit is None and num.start > 1 and text[num.start - 1] == " " and not (
        num.currency or decimal
    ):
        lead = text[max(0, num.start - 30) : num.start - 1].rsplit(" ", 1)[-1]
        if lead[:1].isupper() and lead.isalpha() and text[num.start - 2 - len(lead) - 1 : ][:1] \
                not in {"", "\n"} and lead.lower() not in MONTHS \
                and lead.lower() not in _PLAIN_LEADS and not _listed_pair(text, num, lead):
            return True  # part of a name: `Khabar 24`, `France 24`
    para = paragraph_start(text, num.start)
    return not text[para : num.start].strip() and text[num.end : num.end + 1] in {".", ")"}


_PLAIN_LEADS = frozenset(
    {*RANGE_OPENERS, *FUNCTION_WORDS, *(q for q in QUALIFIERS if " " not in q)}
)
"""Words capitalised only because they open a sentence (`Between 15 and 20 Russian …`,
`About 40 …`): never the name part of `France 24`."""

_PAIR_AFTER_RE = re.compile(r"(?:,|;|\s+(?:dan|and))\s+[A-Z][\w-]*\s+\d")
_PAIR_BEFORE_RE = re.compile(r"[A-Z][\w-]*\s+\d[\d.,]*(?:,|;|\s+(?:dan|and))\s+$")


def _listed_pair(text: str, num: _Number, lead: str) -> bool:
    """`Tajikistan 200, Kirgizstan 150`: name-and-number pairs in a list are counts (the
    noun went unsaid), unlike a name with a number in it (`France 24`)."""
    if _PAIR_AFTER_RE.match(text, num.end):
        return True
    lead_start = num.start - 1 - len(lead)
    return _PAIR_BEFORE_RE.search(text, max(0, lead_start - 40), lead_start) is not None


def _qualifier(text: str, scan: Scan, start: int, before: str) -> tuple[str | None, int]:
    """The qualifier phrase right before `start` and where it begins; `before` is the word
    before `start` (a gap word such as `level` needs a wider look back)."""
    gapped = before in QUALIFIER_GAPS
    lo = max(0, start - (60 if gapped else 40))
    at = scan.candidates(_QUALIFIER_LEADS, lo, start)
    regex = _GAPPED_QUALIFIER_RE if gapped else _QUALIFIER_RE
    m = next(matches_at(regex, text, at, lo, start), None) if at else None
    if not m:
        return None, start
    qualifier = QUALIFIERS[table_key(m.group("q"))]
    lead = _CLAUSE_CUT_RE.split(text[max(0, m.start() - 40) : m.start()])[-1].lower().split()[-3:]
    if qualifier in NEGATED_QUALIFIER and NEGATIONS.intersection(lead):
        qualifier = NEGATED_QUALIFIER[qualifier]
    return qualifier, m.start()


def _measure(
    text: str, scan: Scan, start: int, end: int, unit: str | None, currency: str | None
) -> str | None:
    """What is counted: from the unit, else the nearest cue word in the clause."""
    if currency:
        return "money"
    measure = UNIT_MEASURE.get((unit or "").lower())  # `WNI` as written
    if measure not in PEOPLE_MEASURES:
        return measure
    lo, hi = clause_bounds(text, start, end)
    at = scan.candidates(_CUE_LEADS, lo, hi)
    if not at:
        return measure
    best: tuple[int, str] | None = None
    for m in matches_at(_CUE_RE, text, at, lo, hi):
        if start <= m.start() < end:
            continue
        distance = start - m.end() if m.end() <= start else m.start() - end
        if best is None or distance < best[0]:
            best = (distance, MEASURE_CUES[table_key(m.group())])
    return best[1] if best else measure


_COUNTED_AFTER_THE = frozenset({"duration", "money", "distance", "percent", "volume", "weight"})
"""`the two weeks`, `the three kilometres`: amounts still, unlike `the two countries`."""

_SENTENCE_END = frozenset(".!?:\n")
_NEXT_WORD_RE = re.compile(r"[ \t]+[^\W\d_]")


def _opens_sentence(text: str, start: int, end: int) -> bool:
    """A capitalised number word opening a sentence before a word: `Dua menantu …` counts."""
    if not text[start : start + 1].isupper() or not _NEXT_WORD_RE.match(text, end):
        return False
    i = start - 1
    while i >= 0 and text[i] in " \t“\"(":
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


def _phone(text: str, at: int) -> int | None:
    """End of a telephone number starting at `at` (or at a `+` just before it): three digit
    groups or more, eight digits at least, or any groups after a `+`."""
    start = at - 1 if text[at - 1 : at] == "+" else at
    m = _PHONE_RE.match(text, start)
    if m is None:
        return None
    digits = sum(c.isdigit() for c in m.group())
    return m.end() if start < at or digits >= _PHONE_DIGITS else None


def _blocks(ch: str) -> bool:
    """`ch` is one that `FIGURE_RE`'s lookbehind refuses before a figure."""
    return ch.isalnum() or ch in _BLOCKERS


def _candidates(text: str) -> list[int]:
    """Offsets where a figure may start: digit runs (or the currency before them), number words."""
    out = set(starts_of(text, _WORD_TRIGGERS))
    for at, _ in digit_runs(text):
        if at and _blocks(text[at - 1]):
            # no figure starts here (`2.500`, `16/1`, `COVID-19`) but a currency ending in
            # the blocking character may stand for it (`Rp5`, `Rp.5`)
            if text[at - 1] in _CURRENCY_ENDS_ANY_CASE:
                cur = _CURRENCY_BEFORE_RE.search(text, max(0, at - 5), at)
                if cur:
                    out.add(cur.start())
            continue
        lead = text[max(0, at - 2) : at].lower()
        if not (lead[-1:] in _CURRENCY_ENDS or lead[:1] in _CURRENCY_ENDS):
            out.add(at)
            continue
        cur = _CURRENCY_BEFORE_RE.search(text, max(0, at - 5), at)
        out.add(cur.start() if cur else at)
    return sorted(out)


def find_figures(text: str, *, language: str = "id") -> Iterator[Figure]:
    """Every figure in `text`, in order; a range gives two figures over one span."""
    scan = scan_of(text)
    english = language == "en"
    pos = 0
    for at in _candidates(text):
        m = FIGURE_RE.match(text, at) if at >= pos else None
        if m is None:
            continue
        if m.group("digits") is None:
            words = m.group("words")
            if words is None:
                continue
            # `dua-tiga hari`: two numbers, not 2 + 3 (a single word needs no look)
            cut = None if words.isalpha() else compound_break(words)
            if cut is not None:
                m = FIGURE_RE.match(text, at, m.start("words") + cut)
                if m is None:
                    continue
        after = text[m.end() : m.end() + 2]
        if m.group("digits") and (text[at - 1 : at] == "+" or (
                after[:1] in {" ", "-"} and after[1:].isdigit())) and (phone := _phone(text, at)):
            pos = phone
            continue
        pos = m.end()
        low = _read(m, "", language)
        raw = m.group("digits") or m.group("words")
        high: _Number | None = None
        tail = RANGE_TAIL_RE.match(text, m.end())
        lo = max(0, m.start() - 12)
        opener = (_OPENER_RE.search(text, lo, m.start())
                  if scan.within(_OPENER_LEADS, lo, m.start()) else None)  # fmt: skip
        join = tail.group("join").lower() if tail else ""
        # `and`/`dan` join a range only after `antara`/`between`, `to` after an opener or
        # before a known unit (`one to two hours`)
        if tail and (join not in _JOINS_NEED_OPENER or (opener and (
                join == "to" or opener.group("o").lower() in _BETWEEN)) or (
                join == "to" and _unit_after(text, tail.end())[2])):
            high = _read(tail, "hi_", language)
            if high.value <= low.value:  # a score or a code (`2-1`), not a range
                pos = high.end
                continue
            if tail.group("hi_scale") and not m.group("scale"):
                low = _Number(low.start, low.end, number_value(
                    raw, language=language, scale=tail.group("hi_scale")), low.is_words,
                    low.currency)  # fmt: skip
        last = high or low
        unit, unit_end, known = _unit_after(text, last.end, english=english)
        if high is not None and _MONTH_AFTER_RE.match(text, high.end):
            pos = high.end  # a date range: `10 hingga 15 Januari`
            continue
        before = word_before(text, low.start)
        if _is_label(text, scan, low, raw, known, unit, before):
            continue
        weak = raw.lower() in WEAK_NUMBER_WORDS
        counted = known or (unit and not weak)
        partitive = not weak and _PARTITIVE_RE.match(text, last.end)
        if low.is_words and not (counted or partitive or (not weak and _opens_sentence(
                text, low.start, last.end))):  # fmt: skip
            continue  # a number word needs a noun, or `di antara` / `of` (`three of the dead`)
        if before == "salah":
            continue
        if before == "the" and low.is_words and high is None and (
                UNIT_MEASURE.get((unit or "").lower()) not in _COUNTED_AFTER_THE):
            continue  # `the two countries`: those already named (`kedua negara`), no count
        unit = unit or low.currency or last.currency
        end = unit_end if unit_end > last.end else last.end
        pos = max(pos, end)
        if high is not None:
            opened = opener.start("o") if opener else low.start
            yield from _range(text, scan, opened, end, low, high, unit, known)
            continue
        qualifier, start = _qualifier(text, scan, low.start, before)
        measure = _measure(text, scan, start, end, unit, low.currency)
        yield Figure(start=start, end=end, text=text[start:end], value=low.value, unit=unit,
                     qualifier=qualifier, measure=measure)  # fmt: skip


def _range(
    text: str, scan: Scan, start: int, end: int, low: _Number, high: _Number, unit: str | None,
    known: bool,
) -> Iterator[Figure]:
    measure = _measure(text, scan, start, end, unit, low.currency or high.currency)
    for value, qualifier in ((low.value, "at_least"), (high.value, "at_most")):
        yield Figure(start=start, end=end, text=text[start:end], value=value, unit=unit,
                     qualifier=qualifier, measure=measure)  # fmt: skip
