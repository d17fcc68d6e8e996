"""Which annotations an export includes: by tag, outlet and publication date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_day(value: str) -> str:
    """A `YYYY-MM-DD` day (the argparse type of --since/--until)."""
    from datetime import date

    if not _DAY.fullmatch(value):
        raise ValueError(f"not a date (YYYY-MM-DD): {value!r}")
    date.fromisoformat(value)  # rejects 2022-02-30
    return value


@dataclass(frozen=True, slots=True)
class ExportFilter:
    """Tags (any of), outlet (case-insensitive), and an inclusive range of publication days.

    An article whose publication date is unknown is left out when a date range is asked.
    """

    tags: frozenset[str] = frozenset()
    outlet: str | None = None
    since: str | None = None
    until: str | None = None

    def keeps_article(self, meta: dict[str, Any]) -> bool:
        if self.outlet and (meta.get("outlet") or "").casefold() != self.outlet.casefold():
            return False
        if self.since or self.until:
            day = (meta.get("published") or "")[:10]
            if not day:
                return False
            if self.since and day < self.since:
                return False
            if self.until and day > self.until:
                return False
        return True

    def keeps_tag(self, tag: str) -> bool:
        return not self.tags or tag in self.tags
