"""Stated publication dates: byline/date lines and metadata fields → ISO 8601.

dateutil does the parsing, taught Indonesian month and day names by a
`parserinfo` built from `kzreader.lexicon`; WIB/WITA/WIT become fixed offsets.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from dateutil import parser as dateutil_parser

from kzreader.ingest.rules import DATE_TEXT, TIME_TEXT, UPDATED_WORDS, ZONE_TEXT
from kzreader.lexicon import MONTHS, TIMEZONES, WEEKDAYS, tz_suffix


def _names(table: dict[str, int], first: int, count: int) -> list[tuple[str, ...]]:
    return [tuple(k for k, v in table.items() if v == n) for n in range(first, first + count)]


class IndonesianParserInfo(dateutil_parser.parserinfo):
    """dateutil's parser info with Indonesian and English month and weekday names."""

    MONTHS = _names(MONTHS, 1, 12)
    WEEKDAYS = _names(WEEKDAYS, 0, 7)
    JUMP = [*dateutil_parser.parserinfo.JUMP, "pukul", "jam", "|", "•"]  # noqa: RUF012


_INFO = IndonesianParserInfo(dayfirst=True)
_TZINFOS = {name.upper(): hours * 3600 for name, hours in TIMEZONES.items()}


def parse_iso(value: str) -> str | None:
    """`2022-01-09T10:32:00Z` → `2022-01-09T10:32:00+00:00`; `2022-01-13` stays a date."""
    value = value.strip()
    try:
        if len(value) == 10:
            return datetime.fromisoformat(value).date().isoformat()
        stamp = datetime.fromisoformat(value.replace(" ", "T", 1))
    except ValueError:
        return None
    return stamp.isoformat(timespec="seconds")


_DMY = re.compile(r"(?P<d>[0-9]{1,2}) +(?P<month>[A-Za-z]+) +(?P<y>[0-9]{4})")
_MDY = re.compile(r"(?P<month>[A-Za-z]+) +(?P<d>[0-9]{1,2}) +(?P<y>[0-9]{4})")


def fast_stamp(date: str, clock: re.Match[str] | None) -> datetime | None:
    """What dateutil makes of the plain forms (`12 Januari 2022`, `January 11, 2022`, with
    an optional `09:01`/`1:05 pm`), without dateutil; None for anything else (dateutil's).
    """
    date = date.replace(",", " ")
    m = _DMY.fullmatch(date) or _MDY.fullmatch(date)
    if m is None:
        return None
    month = MONTHS.get(m.group("month").lower())
    year = int(m.group("y"))
    if month is None or not 1900 <= year <= 2099:
        return None
    hour = minute = 0
    if clock is not None:
        hour, minute = int(clock.group("h")), int(clock.group("m"))
        ampm = clock.group("ampm")
        if ampm:
            if hour > 12:
                return None
            if ampm in "pP" and hour < 12:
                hour += 12
            elif ampm in "aA" and hour == 12:
                hour = 0
    try:
        return datetime(year, month, int(m.group("d")), hour, minute)
    except ValueError:
        return None


def _ymd_stamp(found: re.Match[str], clock: re.Match[str] | None) -> datetime | None:
    """`2022.01.07`, `2022/01/07` (with an optional 24-hour `09:01`)."""
    year, month, day = map(int, re.split(r"[./]", found.group("ymd")))
    hour = minute = 0
    if clock is not None and not clock.group("ampm"):
        hour, minute = int(clock.group("h")), int(clock.group("m"))
    try:
        return datetime(year, month, day, hour, minute)
    except ValueError:
        return None


def parse_stated(line: str, *, default_zone: int | None = None) -> str | None:
    """The publication date a date line states, as ISO 8601, or None.

    `Rabu, 12 Januari 2022 | 09:01 WIB` → `2022-01-12T09:01:00+07:00`;
    `Tue, January 11, 2022` → `2022-01-11`. A time with no zone named takes
    `default_zone` (hours from UTC) when given, else stays without offset.
    """
    found = DATE_TEXT.search(line)
    if not found:
        return None
    if found.group("iso"):
        return parse_iso(found.group("iso"))
    updated = UPDATED_WORDS.search(line, found.end())
    if updated:  # `18:05 13.01.2022 (diperbarui: 18:32 13.01.2022)`: the update's time is not it
        line = line[: updated.start()]
    clock = TIME_TEXT.search(line, found.end()) or TIME_TEXT.search(line[: found.start()])
    zone = ZONE_TEXT.search(line)
    snippet = found.group(0).replace(",", " ")
    if clock:
        ampm = f" {clock.group('ampm')}m" if clock.group("ampm") else ""
        snippet += f" {clock.group('h')}:{clock.group('m')}{ampm}"
    stamp = _ymd_stamp(found, clock) if found.group("ymd") else fast_stamp(found.group(0), clock)
    if stamp is None and found.group("ymd"):
        return None
    if stamp is None:
        try:
            stamp = dateutil_parser.parse(snippet, parserinfo=_INFO, dayfirst=True)
        except (ValueError, OverflowError):
            return None
    if not clock:
        return stamp.date().isoformat()
    hours = _zone_hours(zone) if zone else default_zone
    text = stamp.strftime("%Y-%m-%dT%H:%M:00")
    return text + tz_suffix(hours) if hours is not None else text


def _zone_hours(zone: re.Match[str]) -> int:
    """Hours from UTC of `WIB`, `GMT`, `GMT+3` (a `:30` of an offset is not kept)."""
    hours: int = TIMEZONES[zone.group("zone").lower()]
    return hours + int(zone.group("offset")) if zone.group("offset") else hours


def parse_field(value: str, *, default_zone: int | None = None) -> str | None:
    """A date from a record or page field: ISO first, epoch seconds, else as a date line."""
    value = value.strip()
    if value.isdigit() and len(value) in (10, 13):  # Unix time, in seconds or milliseconds
        seconds = int(value) / (1000 if len(value) == 13 else 1)
        return datetime.fromtimestamp(seconds, tz=UTC).isoformat(timespec="seconds")
    iso = parse_iso(value)
    if iso and len(iso) == 19 and default_zone is not None:  # a time with no zone stated
        iso += tz_suffix(default_zone)
    return iso or parse_stated(value, default_zone=default_zone)
