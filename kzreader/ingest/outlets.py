"""The outlet table (`kzreader/data/outlets.json`): names, aliases, domains, layouts."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

_SCHEME = re.compile(r"^[a-z]+://")
_MEMO_SIZE = 50_000
"""Distinct strings `lookup` remembers (names and hosts recur across articles)."""
_NOT_ALNUM_ASCII = bytes(c for c in range(128) if not (48 <= c <= 57 or 97 <= c <= 122))


def name_key(text: str) -> str:
    """`KOMPAS.TV` and `Kompas TV` → `kompastv`: how aliases are compared.

    Only `[0-9a-z]` of the lower-cased text stays: non-ASCII characters go at the
    encode, the other ASCII ones at the translate (much faster than a regex `sub`).
    """
    return text.lower().encode("ascii", "ignore").translate(None, _NOT_ALNUM_ASCII).decode()


@dataclass(frozen=True)
class Outlet:
    name: str
    aliases: tuple[str, ...]
    domains: tuple[str, ...]
    slugs: tuple[str, ...]
    layouts: tuple[re.Pattern[str], ...]
    agency: bool = False
    aggregator: bool = False  # carries other outlets' stories (Yahoo News): never their outlet


class OutletTable:
    """Look-ups over the outlets: by alias, by host, by layout, by glued slug."""

    def __init__(self, outlets: list[Outlet]) -> None:
        self.outlets = outlets
        self._lookups: dict[str, Outlet | None] = {}
        self._by_key: dict[str, Outlet] = {}
        self._by_host: dict[str, Outlet] = {}
        self._by_path: list[tuple[str, Outlet]] = []
        for outlet in outlets:
            for alias in (outlet.name, *outlet.aliases, *outlet.domains):
                self._by_key.setdefault(name_key(alias), outlet)
            for domain in outlet.domains:
                if "/" in domain:  # a section of a shared host: `bbc.com/indonesia`
                    self._by_path.append((domain.lower().rstrip("/") + "/", outlet))
                else:
                    self._by_host.setdefault(domain.lower(), outlet)
        self._by_slug = {s.lower(): o for o in outlets for s in o.slugs}
        slugs = "|".join(sorted(map(re.escape, self._by_slug), key=len, reverse=True))
        self.glued_slug = re.compile(rf"(?<=[.!?\"”])(?i:{slugs})$") if slugs else None
        self.glued_width = max(map(len, self._by_slug), default=0) + 1
        """A glued slug starts at most this far from the end: search from there."""
        self._layouts = [(p, o) for o in outlets for p in o.layouts]
        self._any_layout = (
            re.compile("|".join(f"(?:{p.pattern})" for p, _ in self._layouts))
            if self._layouts
            else None
        )
        # every layout anchored at `^` (no MULTILINE): a search can only match at 0
        anchored = all(p.pattern.startswith("^") and not p.flags & re.M for p, _ in self._layouts)
        self._layout_test = self._any_layout and (
            self._any_layout.match if anchored else self._any_layout.search
        )
        self._by_mention = {a: o for o in outlets if not o.agency for a in o.aliases if len(a) >= 4}
        mentions = "|".join(sorted(map(re.escape, self._by_mention), key=len, reverse=True))
        self._mention = re.compile(rf"(?<![\w.])(?:{mentions})(?!\w)")

    def lookup(self, text: str | None) -> Outlet | None:
        """The outlet an alias or domain names (`KOMPAS.TV`, `www.rmol.id`), if known."""
        if not text:
            return None
        memo = self._lookups
        if text in memo:
            return memo[text]
        found = self.by_host(text) or self._by_key.get(name_key(text))
        if len(memo) >= _MEMO_SIZE:
            memo.clear()
        memo[text] = found
        return found

    def by_host(self, text: str) -> Outlet | None:
        """`https://internasional.republika.co.id/x` → Republika."""
        if "." not in text:  # no host without a dot
            return None
        address = _SCHEME.sub("", text.strip().lower())
        host = address.split("/")[0].split(":")[0]
        if "." not in host or " " in host:
            return None
        if self._by_path and "/" in address:
            path = address[len(host) :].split("?")[0].rstrip("/") + "/"
            for prefix, outlet in self._by_path:
                p_host, _, p_path = prefix.partition("/")
                if (host == p_host or host.endswith("." + p_host)) and path.startswith(
                    "/" + p_path
                ):
                    return outlet
        parts = host.removeprefix("www.").split(".")
        for i in range(len(parts) - 1):
            found = self._by_host.get(".".join(parts[i:]))
            if found:
                return found
        return None

    def by_slug(self, slug: str) -> Outlet | None:
        return self._by_slug.get(slug.lower())

    def mentioned(self, text: str) -> list[Outlet]:
        """Outlets (not agencies) a line names in passing: `Kantor Berita Politik RMOL`."""
        return [self._by_mention[m.group(0)] for m in self._mention.finditer(text)]

    def by_layout(self, line: str) -> Outlet | None:
        """The outlet whose page layout this line is (RMOL's `SENIN, … | LAPORAN: …`)."""
        if self._layout_test is None or not self._layout_test(line):
            return None
        for pattern, outlet in self._layouts:
            if pattern.search(line):
                return outlet
        return None


@cache
def outlet_table() -> OutletTable:
    """The table shipped in `kzreader/data/outlets.json` (read once)."""
    raw = json.loads(resources.files("kzreader").joinpath("data/outlets.json").read_text("utf-8"))
    outlets = [
        Outlet(
            name=o["name"],
            aliases=tuple(o.get("aliases", ())),
            domains=tuple(o.get("domains", ())),
            slugs=tuple(o.get("slugs", ())),
            layouts=tuple(re.compile(p) for p in o.get("layouts", ())),
            agency=bool(o.get("agency", False)),
            aggregator=bool(o.get("aggregator", False)),
        )
        for o in raw["outlets"]
    ]
    return OutletTable(outlets)
