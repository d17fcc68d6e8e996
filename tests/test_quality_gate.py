"""Extraction quality gate: the seeds and our labelled other-outlet articles.

The numbers are the shared grader's (tests/scoring.py mirrors its metrics), so
a regression in cleaning, metadata or extraction fails the build here.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kzreader.corpus import load_corpus
from tests.scoring import load_golds, score
from tests.test_blind_sets import SETS as BLIND_SETS

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

SEED_FLOOR = {
    "para_f1": 0.98, "meta_acc": 1.0, "figure_f1": 0.95, "quote_f1": 0.95,
    "speaker_acc": 0.95, "date_f1": 0.90,
}  # fmt: skip
LABELLED_FLOOR = {
    "para_f1": 0.95, "meta_acc": 0.90, "figure_f1": 0.90, "quote_f1": 0.90,
    "speaker_acc": 0.90, "date_f1": 0.85,
}  # fmt: skip
BLIND_FLOOR = {
    "para_f1": 0.98, "meta_acc": 0.96, "figure_f1": 0.97, "quote_f1": 0.97,
    "speaker_acc": 0.95, "date_f1": 0.95,
}  # fmt: skip
"""The floor of every set written blind to our rules (tests/blind3 … blind11), a little
under what each reaches since its failure classes were fixed; each README records its
first, blind run and what it showed."""
BLIND_FLOOR_EXCEPTIONS: dict[str, dict[str, float]] = {
    "blind3": {"quote_f1": 0.96},
    "blind4": {"date_f1": 0.97},
    "blind9": {"meta_acc": 0.97},
    "blind10": {"meta_acc": 0.97, "figure_f1": 0.95},  # `two Indonesian students`, left
}


def gate(gold_dir: Path, raw_dir: Path, floor: dict[str, float]) -> None:
    golds = load_golds(gold_dir)
    assert golds, f"no gold files in {gold_dir}"
    corpus = load_corpus([raw_dir / g["file"] for g in golds], cache=False)
    assert not corpus.errors, corpus.errors
    tally = score(golds, [a.to_dict() for a in corpus.articles])
    summary = tally.summary()
    low = {k: round(summary[k], 3) for k, v in floor.items() if summary[k] < v}
    for key in ("junk", "dup_paras", "violations"):
        if summary[key]:
            low[key] = summary[key]
    assert not low, f"below the gate: {low}\n" + "\n".join(tally.problems)


def test_seed_quality_gate() -> None:
    gate(ROOT / "tests" / "gold", ROOT / "seeds", SEED_FLOOR)


def test_labelled_other_outlets_gate() -> None:
    labelled = ROOT / "tests" / "labelled"
    gate(labelled / "gold", labelled / "raw", LABELLED_FLOOR)


def test_heldout_set_gate() -> None:
    """Written blind to our rules; failures were fixed as classes, never per file."""
    heldout = ROOT / "tests" / "heldout"
    gate(heldout / "gold", heldout / "raw", LABELLED_FLOOR)


@pytest.mark.parametrize("name", BLIND_SETS)
def test_blind_set_gate(name: str) -> None:
    """Written blind to our rules (see its README); now a labelled regression set."""
    folder = ROOT / "tests" / name
    gate(folder / "gold", folder / "raw", BLIND_FLOOR | BLIND_FLOOR_EXCEPTIONS.get(name, {}))


@pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="no ../shared checkout")
def test_shared_grader_agrees() -> None:
    """Cross-check with the product owner's grader, through the real CLI."""
    cmd = f"{sys.executable} -m kzreader parse --no-cache --format json"
    proc = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score.py"), "-q", "--gold", str(SHARED / "gold"),
         "--raw", str(SHARED / "seeds"), "--cmd", cmd,
         *(f"--min={k}={v}" for k, v in SEED_FLOOR.items()), "--max=junk=0", "--max=dup_paras=0"],
        capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]


def test_bundled_gold_matches_shared() -> None:
    """The copy of the gold labels in tests/gold is the product owner's."""
    if not (SHARED / "gold").is_dir():
        pytest.skip("no ../shared checkout")
    for theirs in sorted((SHARED / "gold").glob("*.json")):
        ours = ROOT / "tests" / "gold" / theirs.name
        assert json.loads(ours.read_text()) == json.loads(theirs.read_text())


def test_packaged_seeds_match_bundled_corpus() -> None:
    """An installed kzreader opens the same corpus as a checkout does."""
    packaged = ROOT / "kzreader" / "data" / "seeds"
    names = sorted(p.name for p in (ROOT / "seeds").iterdir())
    assert names == sorted(p.name for p in packaged.iterdir())
    for name in names:
        assert (packaged / name).read_bytes() == (ROOT / "seeds" / name).read_bytes()
