"""Our own quality gate: the metrics of ../shared/eval/score.py, in-process.

Same definitions as the shared grader (token-bag text F1, paragraph matching at
0.9 token overlap, metadata exact match, value-matched figures, quotes at 0.8
overlap with accepted speakers, ISO date sets), so a gate here means the same
number there. Used by tests/test_quality_gate.py on the seeds and on our own
labelled articles in other layouts.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

WORD = re.compile(r"\w+", re.UNICODE)

GOLD_FIELDS = (
    "file", "title", "outlet", "via", "authors", "published", "published_basis", "section",
    "dateline", "language", "sources", "paragraphs", "must_not_contain", "figures", "quotes",
    "optional_quotes", "dates",
)  # fmt: skip
"""The keys of a gold file, in order (as ../shared/gold writes them)."""
QUALIFIERS = frozenset({None, "approx", "more_than", "less_than", "at_least", "at_most"})


def tokens(s: str | None) -> list[str]:
    return [t.lower() for t in WORD.findall(unicodedata.normalize("NFKC", s or ""))]


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else (1.0 if n_gold == 0 else 0.0)
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def overlap(a: str, b: str) -> float:
    ta, tb = Counter(tokens(a)), Counter(tokens(b))
    return sum((ta & tb).values()) / max(sum(ta.values()), sum(tb.values()), 1)


def name_key(s: str | None) -> str:
    return "".join(tokens(s))


def speaker_ok(pred: str | None, accepted: list[str]) -> bool:
    pt = set(tokens(pred))
    for a in accepted:
        at = tokens(a)
        if at and at[-1] in pt and (len(at) == 1 or len(pt & set(at)) >= min(2, len(pt))):
            return True
        if name_key(pred) == name_key(a):
            return True
    return False


@dataclass
class Tally:
    """Running totals over articles, and what went wrong where."""

    counts: Counter = field(default_factory=Counter)
    text_f1: list[float] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def add(self, gold: dict[str, Any], art: dict[str, Any]) -> None:
        name, c = gold["file"], self.counts
        text = art.get("text") or ""
        g, p = Counter(tokens("\n".join(gold["paragraphs"]))), Counter(tokens(text))
        self.text_f1.append(prf(sum((g & p).values()), sum(p.values()), sum(g.values()))[2])
        junk = [m for m in gold.get("must_not_contain", []) if m.lower() in text.lower()]
        c["junk"] += len(junk)
        paras = [x.strip() for x in text.split("\n") if x.strip()]
        c["dups"] += len(paras) - len(set(paras))
        left, tp = list(gold["paragraphs"]), 0
        for para in paras:
            hit = next((x for x in left if overlap(para, x) >= 0.9), None)
            if hit:
                left.remove(hit)
                tp += 1
            else:
                self.problems.append(f"{name}: extra paragraph {para[:70]!r}")
        self.problems += [f"{name}: missed paragraph {x[:70]!r}" for x in left]
        self.problems += [f"{name}: junk {j!r}" for j in junk]
        c["para_tp"] += tp
        c["para_pred"] += len(paras)
        c["para_gold"] += len(gold["paragraphs"])
        for key, ok in self._meta(gold, art).items():
            c["meta_ok"] += ok
            c["meta_n"] += 1
            if not ok:
                self.problems.append(f"{name}: wrong {key}")
        self._facts(gold, art)
        self._check_offsets(name, art)

    @staticmethod
    def _meta(gold: dict[str, Any], art: dict[str, Any]) -> dict[str, bool]:
        meta = {}
        if gold.get("title") is not None:
            meta["title"] = tokens(art.get("title")) == tokens(gold["title"])
        meta["outlet"] = name_key(art.get("outlet")) in {name_key(o) for o in gold["outlet"]}
        if gold.get("via"):
            meta["via"] = name_key(art.get("via")) == name_key(gold["via"])
        meta["authors"] = sorted(map(name_key, art.get("authors") or [])) == sorted(
            map(name_key, gold["authors"])
        )
        pub, gpub = art.get("published") or "", gold["published"]
        meta["published"] = pub[:10] == gpub[:10] and (len(gpub) == 10 or pub[10:16] == gpub[10:16])
        if len(gpub) > 10:
            meta["published_tz"] = pub[-6:] == gpub[-6:]
        return meta

    def _facts(self, gold: dict[str, Any], art: dict[str, Any]) -> None:
        name, c = gold["file"], self.counts
        facts = art.get("facts") or []
        figs = [f for f in facts if f.get("kind") == "figure"]
        left, tp = list(gold["figures"]), 0
        for f in figs:
            hit = next((g for g in left if _same_value(f.get("value"), g["value"])), None)
            if hit:
                left.remove(hit)
                tp += 1
            else:
                self.problems.append(f"{name}: extra figure {f.get('text')!r}")
        self.problems += [f"{name}: missed figure {g['text']!r}" for g in left]
        c["fig_tp"] += tp
        c["fig_pred"] += len(figs)
        c["fig_gold"] += len(gold["figures"])

        quotes = [f for f in facts if f.get("kind") == "quote"]
        left, tp, extra = list(gold["quotes"]), 0, 0
        for q in quotes:
            qt = q.get("text") or ""
            hit = next((g for g in left if overlap(qt, g["text"]) >= 0.8), None)
            if hit:
                left.remove(hit)
                tp += 1
                if speaker_ok(q.get("speaker"), hit["speaker"]):
                    c["sp_ok"] += 1
                else:
                    self.problems.append(f"{name}: speaker {q.get('speaker')!r} for {qt[:40]!r}")
            elif any(
                overlap(qt, o) >= 0.6 or name_key(o) in name_key(qt)
                for o in gold.get("optional_quotes", [])
            ):
                continue
            else:
                extra += 1
                self.problems.append(f"{name}: extra quote {qt[:60]!r}")
        self.problems += [f"{name}: missed quote {g['text'][:60]!r}" for g in left]
        c["quote_tp"] += tp
        c["quote_pred"] += tp + extra
        c["quote_gold"] += len(gold["quotes"])
        c["sp_n"] += tp

        gd = set(gold.get("dates", []))
        pd = {str(f.get("value"))[:10] for f in facts if f.get("kind") == "date"}
        self.problems += [f"{name}: extra date {d}" for d in sorted(pd - gd)]
        self.problems += [f"{name}: missed date {d}" for d in sorted(gd - pd)]
        c["date_tp"] += len(gd & pd)
        c["date_pred"] += len(pd)
        c["date_gold"] += len(gd)

    def _check_offsets(self, name: str, art: dict[str, Any]) -> None:
        text = art.get("text") or ""
        for f in art.get("facts") or []:
            s, e = f.get("start"), f.get("end")
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s <= e <= len(text)):
                self.counts["violations"] += 1
                self.problems.append(f"{name}: bad offsets {s}..{e}")
            elif f.get("kind") in ("figure", "date") and text[s:e] != f.get("text"):
                self.counts["violations"] += 1
                self.problems.append(f"{name}: text[{s}:{e}] != {f.get('text')!r}")

    def summary(self) -> dict[str, float]:
        c = self.counts
        return {
            "text_f1": sum(self.text_f1) / max(len(self.text_f1), 1),
            "para_f1": prf(c["para_tp"], c["para_pred"], c["para_gold"])[2],
            "meta_acc": c["meta_ok"] / max(c["meta_n"], 1),
            "figure_f1": prf(c["fig_tp"], c["fig_pred"], c["fig_gold"])[2],
            "quote_f1": prf(c["quote_tp"], c["quote_pred"], c["quote_gold"])[2],
            "speaker_acc": c["sp_ok"] / max(c["sp_n"], 1),
            "date_f1": prf(c["date_tp"], c["date_pred"], c["date_gold"])[2],
            "junk": c["junk"],
            "dup_paras": c["dups"],
            "violations": c["violations"],
        }


def _same_value(a: Any, b: Any) -> bool:
    try:
        return abs(float(a) - float(b)) < 1e-9
    except (TypeError, ValueError):
        return False


def load_golds(folder: Path) -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]


def score(golds: list[dict[str, Any]], articles: list[dict[str, Any]]) -> Tally:
    """Score contract dicts (as `kzreader parse` prints them) against gold files.

    A file holding several articles (JSON Lines) is scored on its first: the gold
    format labels one article a file. (The shared grader keeps the last one, so it
    scores such a file against the wrong record; blind13's README says more.)"""
    by_name: dict[str, dict[str, Any]] = {}
    for a in articles:
        by_name.setdefault(Path(a.get("path", "")).name, a)
    tally = Tally()
    for gold in golds:
        art = by_name.get(Path(gold["file"]).name)
        if art is None:
            tally.problems.append(f"{gold['file']}: missing from output")
            tally.counts["violations"] += 1
            art = {}
        tally.add(gold, art)
    return tally
