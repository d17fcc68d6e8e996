"""Fact extraction speed on the seed + labelled gold bodies: ms per article, µs per stage.

Target (issue 3): <= ~0.8 ms per 4 KB article on one core (<= ~0.45 ms per
seed body). `extract_facts` is timed as the pipeline calls it; the per-stage
split re-runs the same stages one by one (in `extract_facts` order) with a
timer around each. Per-article caches (the shared word scan, capitalised runs,
run shapes) are cleared before every article so repeated rounds over the same
17 bodies do not flatter the numbers; caches built from the tables stay warm.
Each figure is the best of ROUNDS rounds (the machine is shared: expect noise).
Usage: `python -m bench.bench_extract [ROUNDS]`.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from kzreader.extract import entities, extract_facts, speakers
from kzreader.extract.dates import find_dates, find_relative_dates
from kzreader.extract.entities import _role_cut, _run_shape, find_entities, find_mentions
from kzreader.extract.figures import find_figures
from kzreader.extract.quotes import find_quote_spans, find_quotes
from kzreader.extract.sources import find_sources
from kzreader.extract.spans import scan_of
from kzreader.extract.speakers import Cast

ROOT = Path(__file__).resolve().parents[1]
GOLD = [*sorted((ROOT / "tests" / "gold").glob("*.json")),
        *sorted((ROOT / "tests" / "labelled" / "gold").glob("*.json"))]  # fmt: skip

BASELINE_MS = 1.42
"""ms/article of the first version (same bodies, same machine, interleaved runs)."""
BASELINE_STAGES_US = {
    "word scan": 114, "quote spans": 36, "mentions": 342, "cast": 161, "figures": 363,
    "dates": 111, "relative dates": 35, "sources": 45, "quotes": 104, "entities": 109,
}  # fmt: skip
"""µs per stage of the first version (its word scan was `words_of`, paid by figures)."""


def bodies() -> list[tuple[str, str | None, str]]:
    """(text, published, language) of every gold body."""
    out = []
    for path in GOLD:
        gold = json.loads(path.read_text(encoding="utf-8"))
        out.append(("\n".join(gold["paragraphs"]), gold["published"], gold.get("language") or "id"))
    return out


def forget() -> None:
    """Drop the per-article caches, as for a new article."""
    scan_of.cache_clear()
    _run_shape.cache_clear()
    _role_cut.cache_clear()
    entities.forget_memos()  # memos by run text, kept across articles in the pipeline
    speakers.forget_memos()


def per_article_ms(cases: list[tuple[str, str | None, str]], rounds: int) -> float:
    """Best-of-`rounds` mean milliseconds per article of `extract_facts`, caches cold."""
    best = float("inf")
    for _ in range(rounds):
        spent = 0.0
        for text, published, language in cases:
            forget()
            t0 = time.perf_counter()
            extract_facts(text, published=published, language=language)
            spent += time.perf_counter() - t0
        best = min(best, spent)
    return best * 1000 / len(cases)


def _stages(text: str, published: str | None, language: str, lap: Callable[[str], None]) -> None:
    """`extract_facts`, stage by stage, calling `lap(stage)` after each."""
    scan_of(text)
    lap("word scan")
    spans = find_quote_spans(text)
    lap("quote spans")
    mentions = find_mentions(text)
    lap("mentions")
    cast = Cast(text, mentions, [(q.start, q.end) for q in spans])
    lap("cast")
    list(find_figures(text, language=language))
    lap("figures")
    dates = list(find_dates(text, published=published, language=language))
    lap("dates")
    list(find_relative_dates(text, published=published, taken=[(d.start, d.end) for d in dates]))
    lap("relative dates")
    list(find_sources(text))
    lap("sources")
    list(find_quotes(text, spans, cast))
    lap("quotes")
    find_entities(text, mentions, cast.people)
    lap("entities")


def per_stage_us(cases: list[tuple[str, str | None, str]], rounds: int) -> dict[str, float]:
    """Best-of-`rounds` mean microseconds per article of each stage, caches cold."""
    best: dict[str, float] = {}
    for _ in range(rounds):
        spent: dict[str, float] = {}
        for text, published, language in cases:
            forget()
            clock = [time.perf_counter()]

            def lap(stage: str, clock: list[float] = clock, spent: dict = spent) -> None:
                now = time.perf_counter()
                spent[stage] = spent.get(stage, 0.0) + now - clock[0]
                clock[0] = now

            _stages(text, published, language, lap)
        for stage, seconds in spent.items():
            best[stage] = min(best.get(stage, float("inf")), seconds)
    return {stage: seconds * 1e6 / len(cases) for stage, seconds in best.items()}


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    cases = bodies()
    kb = sum(len(t.encode("utf-8")) for t, _, _ in cases) / len(cases) / 1024
    ms = per_article_ms(cases, rounds)
    print(f"{len(cases)} gold bodies, avg {kb:.1f} KB; best of {rounds} rounds, caches cold")
    print(f"extract_facts: {ms:.3f} ms/article ({ms * 4 / kb:.3f} ms per 4 KB)"
          f"  [before: {BASELINE_MS:.3f} ms, {BASELINE_MS / ms:.2f}x]")  # fmt: skip
    stages = per_stage_us(cases, rounds)
    print(f"{'stage':16s} {'µs now':>8s} {'before':>8s}")
    for stage, us in stages.items():
        print(f"{stage:16s} {us:8.1f} {BASELINE_STAGES_US.get(stage, 0):8d}")
    print(f"{'sum':16s} {sum(stages.values()):8.1f} {sum(BASELINE_STAGES_US.values()):8d}")


if __name__ == "__main__":
    main()
