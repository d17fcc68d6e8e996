"""Calendar words shared by the metadata reader and the date extractor.

Tables, not logic: extend them here and both stages learn the word.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    # Indonesian, full and short
    "januari": 1, "jan": 1,
    "februari": 2, "pebruari": 2, "feb": 2, "peb": 2,
    "maret": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mei": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10,
    "november": 11, "nopember": 11, "nov": 11, "nop": 11,
    "desember": 12, "des": 12,
    # English (short forms shared above where identical)
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7,
    "august": 8, "aug": 8, "october": 10, "oct": 10, "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5,
    "minggu": 6, "ahad": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip

TIMEZONES: dict[str, int] = {  # offset from UTC in hours
    "wib": 7, "wita": 8, "wit": 9, "utc": 0, "gmt": 0,
}  # fmt: skip


def tz_suffix(hours: int) -> str:
    """`7` → `+07:00`."""
    sign = "+" if hours >= 0 else "-"
    return f"{sign}{abs(hours):02d}:00"
