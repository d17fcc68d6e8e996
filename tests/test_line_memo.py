"""Short lines are remembered across documents: the copies must behave as fresh reads."""

from __future__ import annotations

from pathlib import Path

from kzreader.ingest import lines
from kzreader.ingest.lines import MEMO_MAX, classify, normalise, read_line
from kzreader.pipeline import parse_file

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _fields(line: lines.Line) -> tuple:
    return tuple(getattr(line, name) for name in lines.Line.__slots__)


def test_a_remembered_line_reads_as_a_fresh_one() -> None:
    lines.forget_memos()
    raw = "Penulis: Aigul Nurlanova | Editor: Dewi Kartika"
    first, again = read_line(raw), read_line(raw)
    assert _fields(first) == _fields(again) == _fields(classify(normalise(raw)))
    assert first.authors == ["Aigul Nurlanova"]


def test_a_copy_owns_its_lists_so_later_edits_do_not_leak() -> None:
    lines.forget_memos()
    raw = "Reporter: Budi Santoso"
    edited = read_line(raw)
    edited.authors.append("Someone Else")  # layout passes edit lines in place
    edited.kind = "junk"
    fresh = read_line(raw)
    assert fresh.authors == ["Budi Santoso"]
    assert fresh.kind == "byline"


def test_long_lines_are_not_remembered() -> None:
    lines.forget_memos()
    long = "Pasukan CSTO tiba di Almaty pada Kamis pagi. " * 6
    assert len(long) > MEMO_MAX
    read_line(long)
    read_line("Baca Juga: Tokayev Tunjuk Perdana Menteri Baru")
    assert long not in lines._MEMO
    assert "Baca Juga: Tokayev Tunjuk Perdana Menteri Baru" in lines._MEMO


def test_a_corpus_parses_the_same_with_the_memo_warm_or_cold() -> None:
    seeds = sorted(SEEDS.iterdir())
    lines.forget_memos()
    cold = [parse_file(p) for p in seeds]
    warm = [parse_file(p) for p in seeds]  # every short line now comes from the memo
    lines.forget_memos()
    again = [parse_file(p) for p in reversed(seeds)][::-1]
    assert cold == warm == again
