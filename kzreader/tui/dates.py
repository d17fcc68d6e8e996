"""Publication dates as the reader shows them: Western Indonesian Time (WIB)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

WIB = timezone(timedelta(hours=7), "WIB")


def wib(published: str | None) -> str:
    """`2022-01-17 06:21` (converted to WIB) for a timestamp, `2022-01-11` for a date, or ``."""
    if not published:
        return ""
    if len(published) <= 10:
        return published
    try:
        moment = datetime.fromisoformat(published)
    except ValueError:
        return published[:16].replace("T", " ")
    if moment.tzinfo is not None:
        moment = moment.astimezone(WIB)
    return moment.strftime("%Y-%m-%d %H:%M")


def published_label(published: str | None, basis: str | None) -> str:
    """The header form: `2022-01-17 06:21 WIB (stated)`, `2022-01-11 (inferred from the body)`."""
    if not published:
        return "date unknown"
    shown = wib(published)
    if len(shown) > 10:
        shown += " WIB"
    if basis == "inferred":
        return f"{shown} (inferred from the body)"
    return f"{shown} ({basis})" if basis else shown
