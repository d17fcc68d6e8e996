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
BLIND3_FLOOR = {
    "para_f1": 0.98, "meta_acc": 0.96, "figure_f1": 0.97, "quote_f1": 0.96,
    "speaker_acc": 0.95, "date_f1": 0.95,
}  # fmt: skip
"""All 1.000 once its failure classes were fixed; first (blind) run was para 0.991,
meta 0.945, figure 0.991, quote 0.951, speaker 0.821, date 0.972."""

BLIND4_FLOOR = {
    "para_f1": 0.98, "meta_acc": 0.96, "figure_f1": 0.97, "quote_f1": 0.97,
    "speaker_acc": 0.95, "date_f1": 0.97,
}  # fmt: skip
"""First (blind) run, after a crash fix: para 0.727, meta 0.809, figure 0.904, quote 0.877,
speaker 0.938, date 0.794, junk 11; since its class fixes: all 1.0 (speaker was 0.897 and
figure 0.965 before the pronoun-antecedent, apposition and money/phone classes)."""


BLIND5_FLOOR = {
    "para_f1": 0.98, "meta_acc": 0.96, "figure_f1": 0.97, "quote_f1": 0.97,
    "speaker_acc": 0.95, "date_f1": 0.95,
}  # fmt: skip
"""First (blind) run: para 0.918, meta 0.791, figure 0.929, quote 1.000, speaker 0.909,
date 0.926, junk 14; since its class fixes all 1.0 but date 0.982 (its gold leaves out a
wire dateline's date, which the other sets count)."""


BLIND6_FLOOR = {
    "para_f1": 0.98, "meta_acc": 0.96, "figure_f1": 0.97, "quote_f1": 0.97,
    "speaker_acc": 0.95, "date_f1": 0.95,
}  # fmt: skip
"""First (blind) run: a crash on one file failed the batch; after the envelope fix para 0.921,
meta 0.809, figure 0.949, quote 0.960, speaker 1.000, date 0.913, junk 8; since its class
fixes all 1.0 but date 0.979 (its gold leaves out a wire dateline's date, as blind5's does)."""


BLIND7_FLOOR = {
    "para_f1": 0.98, "meta_acc": 0.96, "figure_f1": 0.97, "quote_f1": 0.97,
    "speaker_acc": 0.95, "date_f1": 0.95,
}  # fmt: skip
"""First (blind) run: para 0.965, meta 0.917, figure 0.973, quote 1.000, speaker 0.920,
date 0.982, junk 7; since its class fixes (researcher's notes heading, promo and campaign
lines, bare credit labels, unlabelled source line, site suffix on a record's title, a
newspaper page running wire copy, sentence-initial range, scale-word float noise, relative
clause and `Sekretariat` speakers) all 1.0."""

BLIND8_FLOOR = {
    "para_f1": 0.98, "meta_acc": 0.96, "figure_f1": 0.97, "quote_f1": 0.97,
    "speaker_acc": 0.95, "date_f1": 0.95,
}  # fmt: skip
"""First (blind) run: para 0.933, meta 0.921, figure 0.947, quote 0.973, speaker 1.000,
date 1.000, junk 10; since its class fixes (a reader-comments heading and a `Baca berikutnya`
teaser end the body, a blank line between a `Baca Juga` heading and its headlines, a
read-later app's `Title:`/`Author:` header and a clipping's piped `MEDIA: … | TANGGAL: …`
header closed by a rule read as front matter) all 1.0."""

BLIND9_FLOOR = {
    "para_f1": 0.98, "meta_acc": 0.97, "figure_f1": 0.97, "quote_f1": 0.97,
    "speaker_acc": 0.95, "date_f1": 0.95,
}  # fmt: skip
"""First (blind) run: para 0.981, meta 0.966, figure 0.989, quote 1.000, speaker 1.000,
date 1.000, junk 2; since its class fixes (an embedded tweet in a `> ` blockquote and a
Markdown `* * *` rule are not body, office-holder nouns are counted nouns, wire slugs leave
titles) all 1.0."""

BLIND10_FLOOR = {
    "para_f1": 0.98, "meta_acc": 0.97, "figure_f1": 0.95, "quote_f1": 0.97,
    "speaker_acc": 0.95, "date_f1": 0.95,
}  # fmt: skip
"""First (blind) run on the session's final build: para 0.667, meta 0.652, figure 0.930,
quote 0.846, speaker 1.000, date 0.714, junk 12; since its class fixes (a search engine's
cache banner is furniture, a whole article pasted on one line is split at its double-space
gaps, wire contributor lines are credits) all 1.0 but figure 0.978 (`two Indonesian
students`: a nationality word between number and noun, left)."""


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


def test_blind3_set_gate() -> None:
    """Written blind to our rules (see its README); now a labelled regression set."""
    blind3 = ROOT / "tests" / "blind3"
    gate(blind3 / "gold", blind3 / "raw", BLIND3_FLOOR)


def test_blind4_set_gate() -> None:
    """Written blind to our rules (see its README); now a labelled regression set."""
    blind4 = ROOT / "tests" / "blind4"
    gate(blind4 / "gold", blind4 / "raw", BLIND4_FLOOR)


def test_blind5_set_gate() -> None:
    """Written blind to our rules (see its README); now a labelled regression set."""
    blind5 = ROOT / "tests" / "blind5"
    gate(blind5 / "gold", blind5 / "raw", BLIND5_FLOOR)


def test_blind6_set_gate() -> None:
    """Written blind to our rules (see its README); now a labelled regression set."""
    blind6 = ROOT / "tests" / "blind6"
    gate(blind6 / "gold", blind6 / "raw", BLIND6_FLOOR)


def test_blind7_set_gate() -> None:
    """Written blind to our rules (see its README); now a labelled regression set."""
    blind7 = ROOT / "tests" / "blind7"
    gate(blind7 / "gold", blind7 / "raw", BLIND7_FLOOR)


def test_blind8_set_gate() -> None:
    """Written blind to our rules (see its README); now a labelled regression set."""
    blind8 = ROOT / "tests" / "blind8"
    gate(blind8 / "gold", blind8 / "raw", BLIND8_FLOOR)


def test_blind9_set_gate() -> None:
    """Written blind to our rules (see its README); now a labelled regression set."""
    blind9 = ROOT / "tests" / "blind9"
    gate(blind9 / "gold", blind9 / "raw", BLIND9_FLOOR)


def test_blind10_set_gate() -> None:
    """Written blind to our rules (see its README); now a labelled regression set."""
    blind10 = ROOT / "tests" / "blind10"
    gate(blind10 / "gold", blind10 / "raw", BLIND10_FLOOR)


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
