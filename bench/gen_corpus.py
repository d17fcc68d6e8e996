"""Generate a synthetic noisy corpus from the seeds' layouts, paragraphs and boilerplate.

Each generated article keeps one seed's header and footer (menus, bylines,
captions, "Populer" lists) around a fresh body: paragraphs drawn from all
seeds, figures varied, "Baca Juga" lines and a duplicated paragraph mixed in.
Usage: `python -m bench.gen_corpus N OUT_DIR`.
"""

from __future__ import annotations

import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NUMBER = re.compile(r"\b(?!(?:19|20)\d\d\b)\d{2,3}(?:\.\d{3})?\b")


@dataclass
class Layout:
    """A seed split around its body: the lines above, the lines below, the separator."""

    head: list[str]
    tail: list[str]
    sep: str


def _norm(s: str) -> str:
    return " ".join(s.split())


def layouts_and_paragraphs() -> tuple[list[Layout], list[str]]:
    layouts, pool = [], []
    for gold_path in sorted((ROOT / "tests" / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        raw = (ROOT / "seeds" / gold["file"]).read_text(encoding="utf-8")
        lines = raw.split("\n")
        body = {_norm(p) for p in gold["paragraphs"]}
        idx = [i for i, line in enumerate(lines) if _norm(line) in body]
        if not idx:
            continue
        sep = "\n\n" if "\n\n" in raw else "\n"
        layouts.append(Layout(lines[: idx[0]], lines[idx[-1] + 1 :], sep))
        pool.extend(p for p in gold["paragraphs"] if not p.isupper())
    return layouts, pool


def _vary(text: str, rng: random.Random) -> str:
    def swap(m: re.Match[str]) -> str:
        digits = m.group().replace(".", "")
        new = str(rng.randint(10 ** (len(digits) - 1), 10 ** len(digits) - 1))
        return f"{new[:-3]}.{new[-3:]}" if "." in m.group() else new

    return NUMBER.sub(swap, text)


def make_article(rng: random.Random, layouts: list[Layout], pool: list[str], n: int) -> str:
    layout = rng.choice(layouts)
    paras = [_vary(p, rng) for p in rng.sample(pool, k=min(len(pool), rng.randint(6, 12)))]
    paras[0] = f"{paras[0]} ({n})"
    if rng.random() < 0.5:
        paras.insert(
            rng.randrange(1, len(paras)), f"Baca Juga: {_vary(rng.choice(pool)[:70], rng)}"
        )
    if rng.random() < 0.3:
        paras.insert(rng.randrange(1, len(paras)), paras[0])
    return "\n".join(layout.head) + "\n" + layout.sep.join(paras) + "\n" + "\n".join(layout.tail)


def generate(n: int, out_dir: Path | str, seed: int = 7) -> list[Path]:
    """Write `n` articles under `out_dir` (reused when already there) and return their paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = [out / f"{i:05d}.txt" for i in range(n)]
    if all(p.exists() for p in paths):
        return paths
    rng = random.Random(seed)
    layouts, pool = layouts_and_paragraphs()
    for i, path in enumerate(paths):
        path.write_text(make_article(rng, layouts, pool, i), encoding="utf-8")
    return paths


if __name__ == "__main__":
    generate(int(sys.argv[1]), sys.argv[2])
