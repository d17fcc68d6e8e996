"""Annotation store at scale: durable save p50/p99, open time, export time.

Targets (issue 5), at 100,000 annotations over 10,000 articles: p99 <= 25 ms
per durable save, open <= 1 s, export <= 2 s. TinyDB's stock JSONStorage is
measured in the same run on the same records (it rewrites the whole file on
every insert, without fsync, so its "save" is not even durable).
Usage: `python -m bench.bench_store [--annotations N] [--articles M] [--saves K]`.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from pathlib import Path

from tinydb import TinyDB
from tinydb.storages import JSONStorage

from kzreader.annotate.records import new_annotation
from kzreader.annotate.storage import encode_shard, shard_name
from kzreader.annotate.store import FORMAT, META_FILE, AnnotationStore
from kzreader.export.api import render_export
from kzreader.model import Article

SAMPLE = (
    "pasukan CSTO tiba di Almaty Presiden Tokayev meminta bantuan Rusia kerusuhan "
    "bandara objek vital pemerintah demonstran harga gas naik orang tewas ditahan kata "
    "juru bicara kementerian dalam negeri Kazakhstan situasi berangsur pulih"
)
WORDS = SAMPLE.split(" ")


def make_articles(count: int, rng: random.Random) -> list[Article]:
    articles = []
    for i in range(count):
        paragraphs = [" ".join(rng.choices(WORDS, k=40)) + "." for _ in range(6)]
        articles.append(
            Article(
                id=f"{i:016x}",
                path=f"gen/{i}.txt",
                title=f"Artikel {i}",
                outlet=rng.choice(["RMOL", "KompasTV", "IDN Times", "SinPo.id"]),
                published=f"2022-01-{rng.randint(5, 20):02d}",
                text="\n".join(paragraphs),
            )
        )
    return articles


def records_for(article: Article, count: int, rng: random.Random) -> list[dict]:
    out = []
    for _ in range(count):
        start = rng.randrange(0, len(article.text) - 120)
        ann = new_annotation(
            article_id=article.id,
            article_text=article.text,
            start=start,
            end=start + rng.randint(10, 110),
            tag=rng.choice(["claim", "quote", "figure"]),
            annotator="bench",
            note=rng.choice(["", "cek sumber", "angka berbeda"]),
        )
        out.append(ann.to_dict())
    return out


def fill_store(folder: Path, articles: list[Article], per_article: int, rng) -> list[dict]:
    """Write a store directly (bench set-up, not measured); returns every record."""
    folder.mkdir(parents=True)
    (folder / META_FILE).write_text(json.dumps({"format": FORMAT, "schema": 1}))
    everything = []
    for art in articles:
        recs = records_for(art, per_article, rng)
        everything.extend(recs)
        docs = {str(i + 1): r for i, r in enumerate(recs)}
        (folder / shard_name(art.id)).write_bytes(encode_shard(art.id, docs))
    return everything


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def timed_saves(store: AnnotationStore, articles: list[Article], saves: int, rng) -> list[float]:
    """Seconds per durable save: annotate, with a retag every fourth time."""
    times = []
    for i in range(saves):
        art = rng.choice(articles)
        t0 = time.perf_counter()
        ann = store.annotate(art, 5, 40, "claim")
        times.append(time.perf_counter() - t0)
        if i % 4 == 3:
            t0 = time.perf_counter()
            store.retag(ann.id, "quote")
            times.append(time.perf_counter() - t0)
    return times


def bench_ours(folder: Path, articles: list[Article], saves: int, rng) -> dict[str, float]:
    opens = []
    for _ in range(3):
        t0 = time.perf_counter()
        store = AnnotationStore.open(folder)
        store.counts()  # what the library shows first
        opens.append(time.perf_counter() - t0)
        total = len(store)
        store.close()
    store = AnnotationStore.open(folder)
    times = timed_saves(store, articles, saves // 2, rng)
    exports = {}
    for fmt in ("json", "jsonl", "csv", "w3c"):  # the first one decodes every shard
        t0 = time.perf_counter()
        summary = render_export(store, articles, fmt)
        exports[fmt] = time.perf_counter() - t0
    times += timed_saves(store, articles, saves - saves // 2, rng)  # all 100k now in memory
    t0 = time.perf_counter()
    store.sync(articles)
    synced = time.perf_counter() - t0
    store.close()
    return {
        "total": total,
        "open": min(opens),
        "open_max": max(opens),
        "p50": percentile(times, 0.5),
        "p99": percentile(times, 0.99),
        "max": max(times),
        "exported": summary.annotations,
        "sync": synced,
        **{f"export_{k}": v for k, v in exports.items()},
    }


def bench_stock(path: Path, records: list[dict], inserts: int) -> dict[str, float]:
    db = TinyDB(path, storage=JSONStorage)
    db.insert_multiple(records)
    db.close()
    t0 = time.perf_counter()
    db = TinyDB(path, storage=JSONStorage)
    count = len(db)
    opened = time.perf_counter() - t0
    times = []
    for rec in records[:inserts]:
        t0 = time.perf_counter()
        db.insert({**rec, "id": rec["id"][::-1]})
        times.append(time.perf_counter() - t0)
    db.close()
    return {"total": count, "open": opened, "p50": statistics.median(times), "max": max(times)}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="bench_store")
    parser.add_argument("--annotations", type=int, default=100_000)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--saves", type=int, default=400)
    parser.add_argument("--stock-inserts", type=int, default=5)
    args = parser.parse_args(argv)
    rng = random.Random(7)
    per_article = max(1, args.annotations // args.articles)
    with tempfile.TemporaryDirectory(prefix="kz-bench-store-") as tmp:
        t0 = time.perf_counter()
        articles = make_articles(args.articles, rng)
        records = fill_store(Path(tmp) / "store", articles, per_article, rng)
        print(
            f"set-up: {len(records):,} annotations over {len(articles):,} articles "
            f"({time.perf_counter() - t0:.1f} s)"
        )
        ours = bench_ours(Path(tmp) / "store", articles, args.saves, rng)
        print(
            f"sharded store  open+counts {ours['open'] * 1e3:7.0f} ms (max of 3: "
            f"{ours['open_max'] * 1e3:.0f} ms, target <= 1000) for {ours['total']:,}"
        )
        print(
            f"               save p50 {ours['p50'] * 1e3:.2f} ms  p99 {ours['p99'] * 1e3:.2f} ms"
            f"  max {ours['max'] * 1e3:.2f} ms (durable: fsync file + folder; target p99 <= 25)"
        )
        print(f"               sync (re-anchor check of every article) {ours['sync']:.2f} s")
        for fmt in ("json", "jsonl", "csv", "w3c"):
            print(
                f"               export {fmt:<5} {ours[f'export_{fmt}']:.2f} s for "
                f"{ours['exported']:,} annotations (target <= 2 s)"
            )
        stock = bench_stock(Path(tmp) / "stock.json", records, args.stock_inserts)
        print(
            f"stock JSONStorage open+read {stock['open'] * 1e3:.0f} ms for {stock['total']:,}; "
            f"insert p50 {stock['p50'] * 1e3:.0f} ms  max {stock['max'] * 1e3:.0f} ms "
            f"(not durable: no fsync, rewritten in place)"
        )
        ratio = stock["p50"] / ours["p50"]
        print(f"=> a save is {ratio:,.0f}x faster than stock at this size")


if __name__ == "__main__":
    main()
