"""Dates in the body: calendar dates resolved to ISO, and relative ones (`kemarin`).

`Minggu (16/1)`, `Rabu (5/1/2022)`, `pada 2 Januari`, `6 Januari 2022`, `Jan. 6`,
`January 6, 2022`, `5/1/2022` and `2022-01-05` are calendar dates; a missing year
comes from the publication date (the year before when that would put the date
more than half a year after publication). Relative phrases come from
`RELATIVE_PHRASES` and are resolved against the publication date when known.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

from kzreader.extract.spans import (
    alternation,
    digit_runs,
    is_word_char,
    lead_words,
    scan_of,
    starts_of,
    table_key,
)
from kzreader.lexicon import MONTHS, WEEKDAYS
from kzreader.model import DateMention, RelativeDate

RELATIVE_PHRASES: dict[str, tuple[str, int]] = {
    "kemarin lusa": ("day", -2), "kemarin": ("day", -1), "hari ini": ("day", 0),
    "besok": ("day", 1), "esok": ("day", 1), "lusa": ("day", 2), "tadi malam": ("day", -1),
    "semalam": ("day", -1), "tadi pagi": ("day", 0), "malam ini": ("day", 0),
    "yesterday": ("day", -1), "today": ("day", 0), "tomorrow": ("day", 1),
    "last night": ("day", -1), "tonight": ("day", 0),
    "pekan lalu": ("week", -1), "minggu lalu": ("week", -1), "sepekan lalu": ("week", -1),
    "seminggu lalu": ("week", -1), "pekan ini": ("week", 0), "minggu ini": ("week", 0),
    "pekan depan": ("week", 1), "minggu depan": ("week", 1), "last week": ("week", -1),
    "this week": ("week", 0), "next week": ("week", 1),
    "bulan lalu": ("month", -1), "bulan ini": ("month", 0), "bulan depan": ("month", 1),
    "last month": ("month", -1), "this month": ("month", 0), "next month": ("month", 1),
    "tahun lalu": ("year", -1), "tahun ini": ("year", 0), "tahun depan": ("year", 1),
    "last year": ("year", -1), "this year": ("year", 0), "next year": ("year", 1),
}  # fmt: skip
"""Relative phrases: (unit, shift from the publication date)."""

PAST_MARKERS = ("lalu", "kemarin", "last")
FUTURE_MARKERS = ("depan", "mendatang", "next")

_WEEKDAY = f"(?i:{alternation(WEEKDAYS)})"
_FULL_WEEKDAY = alternation(w for w in WEEKDAYS if len(w) > 3 or w in {"rabu", "ahad"})
_MONTH = alternation(MONTHS)
_CAP_MONTH = alternation(m.capitalize() for m in MONTHS if len(m) > 2)
_MARKERS = alternation([*PAST_MARKERS, *FUTURE_MARKERS])

_CALENDAR_RE = re.compile(
    r"\(\s*(?P<pd>\d{1,2})\s*/\s*(?P<pm>\d{1,2})(?:\s*/\s*(?P<py>\d{2}|\d{4}))?\s*\)"
    rf"|(?<!\w)(?P<d>\d{{1,2}})\s+(?P<mon>(?i:{_MONTH}))\b\.?(?:,?\s+(?P<y>\d{{4}})\b)?"
    rf"|(?P<emon>{_CAP_MONTH})\.?\s+(?P<ed>\d{{1,2}})(?:st|nd|rd|th)?\b(?![.,]\d)"
    rf"(?:,\s+(?P<ey>\d{{4}})\b)?"
    r"|(?<![\d/.])(?P<nd>\d{1,2})/(?P<nm>\d{1,2})/(?P<ny>\d{4})(?![\d/])"
    r"|(?<!\w)(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})\b",
)
_ANCHOR_RE = re.compile(r"[(\d](?:(?<=\()\s*\d|(?<=\d)(?<![\d\w]\d))")
"""Where a calendar date may start: a digit or `(`; month-first dates are found from the digit.

Means `\\(\\s*\\d|(?<![\\d\\w])\\d`, written to begin with a character class so the
engine skips straight to `(` and digits instead of testing a lookbehind at every offset."""
_MONTH_FIRST_RE = re.compile(rf"(?<!\w)(?:{_CAP_MONTH})\.?\s+$")
_MONTH_LEADS = lead_words(MONTHS)
_WEEKDAY_BEFORE_RE = re.compile(rf"(?<!\w){_WEEKDAY}\s*,?\s*$")


def _anchors(text: str) -> Iterator[int]:
    """The starts of `_ANCHOR_RE.finditer(text)` where a calendar date may begin, read
    from the digit runs: a `(` before a run (blanks between), else the run itself when no
    word character precedes it (a `(` anchor's match takes in its digit, so that digit is
    no anchor of its own).

    Every form reads one or two digits first, or a year before `-`: other runs start
    no date, and neither does a month name before them.
    """
    for at, end in digit_runs(text):
        if end - at > 2 and (end - at != 4 or text[end : end + 1] != "-"):
            continue
        i = at - 1
        while i >= 0 and text[i].isspace():
            i -= 1
        if i >= 0 and text[i] == "(":
            yield i
        elif at == 0 or not is_word_char(text[at - 1]):
            yield at


def _calendar_matches(text: str) -> Iterator[re.Match[str]]:
    """Calendar-date matches, found from their digits (far cheaper than scanning every offset)."""
    scan = scan_of(text)
    months = not scan.words.isdisjoint(_MONTH_LEADS)  # else no month-first date anywhere
    pos = 0
    for at in _anchors(text):
        if at < pos:
            continue
        lo = max(0, at - 12)
        month = (_MONTH_FIRST_RE.search(text, lo, at)
                 if months and scan.within(_MONTH_LEADS, lo, at) else None)  # fmt: skip
        m = (month and _CALENDAR_RE.match(text, month.start())) or _CALENDAR_RE.match(text, at)
        if m:
            pos = m.end()
            yield m


def _calendar_list(text: str) -> list[re.Match[str]]:
    """Every calendar-date match of `text`, found once per article (`infer_published` and
    `find_dates` both read them)."""
    memo = scan_of(text).memo
    found = memo.get("calendar")
    if found is None:
        found = memo["calendar"] = list(_calendar_matches(text))
    return found  # type: ignore[return-value]


def _with_weekday(text: str, m: re.Match[str]) -> int:
    """Start of a date including a weekday written before it (`Minggu (16/1)`)."""
    if m.group("pd") or m.group("d"):
        day = _WEEKDAY_BEFORE_RE.search(text, max(0, m.start() - 12), m.start())
        if day:
            return day.start()
    return m.start()
_RELATIVE_RE = re.compile(
    rf"\b(?P<phrase>{alternation(RELATIVE_PHRASES)})\b"
    rf"|\b(?P<mon>{_CAP_MONTH})\s+(?P<mmark>lalu|kemarin)\b"
    rf"|(?:\b(?:pada|on|hari)\s+)?\b(?P<wd>{_FULL_WEEKDAY})\b"
    rf"(?:\s+(?P<wmark>{_MARKERS}))?(?!\s*[(,]?\s*\d)",
    re.IGNORECASE,
)


_RELATIVE_TRIGGERS: frozenset[str] = frozenset(
    {p.split()[0] for p in RELATIVE_PHRASES} | set(MONTHS) | set(WEEKDAYS) | {"pada", "on", "hari"}
)
_WEEKDAY_WORDS = frozenset(WEEKDAYS)
_NO_WEEKDAY_TRIGGERS = _RELATIVE_TRIGGERS - (
    {"pada", "on", "hari"} - {p.split()[0] for p in RELATIVE_PHRASES}
)
"""The triggers of an article naming no weekday: `pada` and `on` only ever lead one in."""


def _year_for(month: int, day: int, published: date) -> int:
    """The year of a day-and-month date, judged from the publication date."""
    try:
        candidate = date(published.year, month, day)
    except ValueError:
        return published.year
    return published.year - 1 if (candidate - published).days > 183 else published.year


def _iso(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def _parts(m: re.Match[str], language: str) -> tuple[int, int, int | None]:
    """(day, month, year or None) of a calendar match."""
    g = m.group
    if g("pd"):
        year = g("py")
        return int(g("pd")), int(g("pm")), (int(year) + 2000 if year and len(year) == 2 else
                                            int(year) if year else None)  # fmt: skip
    if g("d"):
        return int(g("d")), MONTHS[g("mon").lower()], int(g("y")) if g("y") else None
    if g("ed"):
        return int(g("ed")), MONTHS[g("emon").lower()], int(g("ey")) if g("ey") else None
    if g("nd"):
        first, second = int(g("nd")), int(g("nm"))
        day, month = (second, first) if language == "en" and first <= 12 else (first, second)
        return day, month, int(g("ny"))
    return int(g("id")), int(g("im")), int(g("iy"))


def find_dates(text: str, *, published: str | None, language: str = "id") -> Iterator[DateMention]:
    """Every calendar date in `text`, resolved to ISO."""
    pub = _iso(published)
    fallback: date | None = None
    for m in _calendar_list(text):
        day, month, year = _parts(m, language)
        if year is None:
            if pub is None:
                fallback = fallback or _iso(infer_published(text)) or date.min
                if fallback == date.min:
                    continue
                year = _year_for(month, day, fallback)
            else:
                year = _year_for(month, day, pub)
        try:
            value = date(year, month, day)
        except ValueError:
            continue
        start = _with_weekday(text, m)
        yield DateMention(start=start, end=m.end(), text=text[start : m.end()],
                          value=value.isoformat())  # fmt: skip


def infer_published(text: str) -> str | None:
    """ISO date of the first body date that states its year (`Selasa (11/1/2022)`), else None."""
    for m in _calendar_list(text):
        day, month, year = _parts(m, "id")
        if year is None:
            continue
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            continue
    return None


def _shift(pub: date, unit: str, amount: int) -> str:
    if unit == "day":
        return (pub + timedelta(days=amount)).isoformat()
    if unit == "week":
        return (pub + timedelta(weeks=amount)).isoformat()
    if unit == "month":
        index = pub.year * 12 + pub.month - 1 + amount
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    return f"{pub.year + amount:04d}"


def _weekday(pub: date, weekday: int, mark: str | None) -> str:
    """The named weekday nearest the publication date: before it unless marked as coming."""
    if mark and mark.lower() in FUTURE_MARKERS:
        return (pub + timedelta(days=(weekday - pub.weekday() - 1) % 7 + 1)).isoformat()
    back = (pub.weekday() - weekday) % 7
    if mark and back == 0:
        back = 7
    return (pub - timedelta(days=back)).isoformat()


def find_relative_dates(
    text: str, *, published: str | None, taken: list[tuple[int, int]] = ()
) -> Iterator[RelativeDate]:
    """`kemarin`, `pekan lalu`, `Mei lalu`, `pada Senin`: resolved when `published` is known.

    Spans inside `taken` (calendar dates already found) are skipped.
    """
    pub = _iso(published)
    pos = 0
    scan = scan_of(text)
    # (with case changing lengths, e.g. `İ`, the words may not spell what the regex reads)
    weekdays = scan.low is None or not scan.words.isdisjoint(_WEEKDAY_WORDS)
    for at in starts_of(text, _RELATIVE_TRIGGERS if weekdays else _NO_WEEKDAY_TRIGGERS):
        m = _RELATIVE_RE.match(text, at) if at >= pos else None
        if not m:
            continue
        pos = m.end()
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        value: str | None = None
        if m.group("phrase"):
            unit, amount = RELATIVE_PHRASES[table_key(m.group("phrase"))]
            value = _shift(pub, unit, amount) if pub else None
        elif m.group("mon"):
            if not m.group("mon")[0].isupper():
                continue
            month = MONTHS[m.group("mon").lower()]
            if pub:
                year = pub.year if month < pub.month else pub.year - 1
                value = f"{year:04d}-{month:02d}"
        else:
            if not m.group("wd")[0].isupper():
                continue  # `minggu` is a week; only the capitalised name is a day
            if pub:
                value = _weekday(pub, WEEKDAYS[m.group("wd").lower()], m.group("wmark"))
        yield RelativeDate(start=m.start(), end=m.end(), text=m.group(), value=value)
