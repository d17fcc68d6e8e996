"""Compare time on a 10k-article corpus (target <= 2 s for `build_report`).

Loads the generated corpus (`bench.gen_corpus`) through the real pipeline and
cache; when the pipeline cannot load it, builds synthetic Articles from the
gold facts of the seeds instead. One article in a hundred is republished
(another site's header and footer, `via` set) so syndication has copies to find.
Prints the time of each part and of the whole report.
Usage: `python -m bench.bench_compare [N]`.
"""

from __future__ import annotations

import json
import random
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

from kzreader.compare.figures import group_figures
from kzreader.compare.report import build_report
from kzreader.compare.sources import sources_by_outlet
from kzreader.compare.speakers import group_speakers
from kzreader.compare.syndication import find_syndicated
from kzreader.compare.timeline import build_timeline
from kzreader.gc_pause import paused_gc
from kzreader.model import Article, DateMention, Figure, Quote

ROOT = Path(__file__).resolve().parents[1]
OUT = Path(__file__).parent / "out"
OUTLETS = ("RMOL", "KompasTV", "SinPo.id", "IDN Times", "Antara", "Tempo", "Detik", "Kompas")
MEASURES = {"orang": "deaths", "korban jiwa": "deaths", "pasukan": "troops", "hari": "duration"}


def pipeline_articles(n: int) -> list[Article]:
    """The generated corpus through the real pipeline (empty when it cannot load it)."""
    try:
        from bench.gen_corpus import generate
        from kzreader.corpus import load_corpus

        folder = OUT / f"corpus{n}"
        generate(n, folder)
        load_corpus([folder])  # fill the parse cache: the bench times compare, not parse
        return load_corpus([folder]).articles
    except ImportError as exc:
        print(f"pipeline unavailable ({exc}); using synthetic articles")
        return []


def synthetic_articles(n: int, seed: int = 7) -> list[Article]:
    """Articles mixing the seeds' paragraphs, with the gold figures, quotes and dates in them."""
    rng = random.Random(seed)
    golds = [json.loads(p.read_text("utf-8")) for p in sorted((ROOT / "tests/gold").glob("*.json"))]
    pool = [p for g in golds for p in g["paragraphs"]]
    figures = [f for g in golds for f in g["figures"]]
    quotes = [(q["text"], q["speaker"][0]) for g in golds for q in g["quotes"]]
    out = []
    for i in range(n):
        text = "\n".join([f"Artikel {i}.", *rng.sample(pool, k=8)])
        facts: list = []
        for f in figures:
            at = text.find(f["text"])
            if at >= 0:
                value = f["value"] * rng.choice((1, 1, 1, 2))
                facts.append(
                    Figure(
                        start=at,
                        end=at + len(f["text"]),
                        text=f["text"],
                        value=value,
                        unit=f.get("unit"),
                        measure=MEASURES.get(f.get("unit") or ""),
                    )
                )
        for words, speaker in quotes:
            at = text.find(words)
            if at >= 0:
                name = speaker.split()[-1] if rng.random() < 0.5 else speaker
                facts.append(Quote(start=at, end=at + len(words), text=words, speaker=name))
        day = f"2022-01-{rng.randint(2, 28):02d}"
        facts.append(DateMention(start=0, end=8, text="Artikel ", value=day))
        out.append(
            Article(
                id=f"s{i:05d}",
                path=f"s{i}",
                outlet=rng.choice(OUTLETS),
                published=day,
                sources=tuple(rng.sample(golds, 1)[0]["sources"]),
                text=text,
                facts=tuple(facts),
            )
        )
    return out


def with_copies(articles: list[Article], share: float = 0.01, seed: int = 11) -> list[Article]:
    """Add republished copies of `share` of the articles."""
    rng = random.Random(seed)
    copies = [
        replace(
            a,
            id=f"{a.id}-copy",
            path=f"{a.path}-copy",
            via="Dimensy.id",
            text=f"Dimensy.id Mobile - berita pilihan hari ini\n{a.text}\nARTIKEL LAINNYA",
        )
        for a in rng.sample(articles, int(len(articles) * share))
    ]
    return [*articles, *copies]


def timed(label: str, fn, *args) -> object:
    with paused_gc():
        t = time.perf_counter()
        result = fn(*args)
        spent = time.perf_counter() - t
    print(f"  {label:<28} {spent:6.3f} s")
    return result


def main(n: int = 10_000) -> None:
    base = pipeline_articles(n)
    kind = "generated corpus through the pipeline"
    if not base:
        base, kind = synthetic_articles(n), "synthetic articles from the gold facts"
    articles = with_copies(base)
    print(f"corpus: {len(articles)} articles ({kind}, 1% republished copies added)")
    with paused_gc():
        t = time.perf_counter()
        facts = sum(1 for a in articles for _ in a.facts)
        print(
            f"decoding {facts} cached facts (first use after a load): "
            f"{time.perf_counter() - t:6.3f} s"
        )
    runs = []
    for _ in range(3):
        t = time.perf_counter()
        report = build_report(articles)
        runs.append(time.perf_counter() - t)
    best, median = min(runs), statistics.median(runs)
    verdict = "ok" if median <= 2.0 else "OVER TARGET"
    print(
        f"build_report: median {median:6.3f} s, best {best:6.3f} s "
        f"(3 runs)   target <= 2 s: {verdict}"
    )
    print("parts:")
    timed("figures by measure", group_figures, articles)
    timed("speakers", group_speakers, articles)
    timed("sources by outlet", sources_by_outlet, articles)
    timed("timeline", build_timeline, articles)
    timed("syndication", find_syndicated, articles)
    groups = report.syndication
    members = {(g.original.id, c.article.id) for g in groups for c in g.copies}
    injected = [a.id for a in articles if a.id.endswith("-copy")]
    found = sum((i.removesuffix("-copy"), i) in members for i in injected)
    print(f"injected copies linked to their original: {found}/{len(injected)}")
    print(
        f"found: {len(report.figures)} measures, {len(report.speakers.speakers)} speakers, "
        f"{len(groups)} copy groups ({sum(len(g.copies) for g in groups)} copies)"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
