"""A parser bug meeting an unexpected document costs that stage's output, never the file.

`kzreader parse` exits 1 when a file fails, and a grader then scores the whole
batch as nothing: so a stage that raises degrades (the text as it came, or one
kind of facts fewer) with a warning, and the file still loads.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import kzreader.extract as extract
from kzreader.extract import extract_facts
from kzreader.pipeline import parse_file_noting

BODY = (
    "ALMATY - Pasukan Collective Security\n"
    "Treaty Organization mulai tiba pada 6 Januari 2022, kata Tokayev.\n"
    "Sedikitnya 164 orang tewas, menurut Reuters.\n"
)


def test_a_table_name_broken_across_a_line_break_is_no_match_and_no_crash() -> None:
    facts = extract_facts(BODY, published="2022-01-07")
    assert not any(getattr(f, "name", "") == "CSTO" and "\n" in f.text for f in facts)
    assert any(f.kind == "figure" and f.text.startswith("Sedikitnya 164") for f in facts)


def test_a_failing_extractor_loses_only_its_own_facts(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(text: str, **kw: object) -> list[object]:
        raise KeyError("unexpected")

    monkeypatch.setattr(extract, "find_figures", broken)
    problems: list[str] = []
    facts = extract_facts(BODY, published="2022-01-07", problems=problems)
    assert not [f for f in facts if f.kind == "figure"]
    assert [f for f in facts if f.kind == "source"] and [f for f in facts if f.kind == "date"]
    assert problems == ["figures not extracted (KeyError: KeyError('unexpected'))"]
    with pytest.raises(KeyError):  # without a problems list: raise, so tests see bugs
        extract_facts(BODY, published="2022-01-07")


def test_a_failing_cleaner_keeps_the_text_as_it_came(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kzreader.pipeline as pipeline

    def broken(doc: object) -> object:
        raise IndexError("layout")

    monkeypatch.setattr(pipeline, "read_parts", broken)
    path = tmp_path / "a.txt"
    path.write_text("Judul\n\n" + BODY, encoding="utf-8")
    (article,), notes = parse_file_noting(path)
    assert article.text.split("\n") == ["Judul", *BODY.strip().split("\n")]
    assert any(f.kind == "figure" for f in article.facts)  # extraction still ran
    assert notes and notes[0].startswith("not cleaned, shown as it came (IndexError")


def test_parse_warns_and_exits_0_when_only_a_stage_failed(tmp_path: Path) -> None:
    """The CLI: the article is printed, the warning names the file, the exit status is 0."""
    path = tmp_path / "a.txt"
    body = (
        "Korban Tewas Kerusuhan Kazakhstan Bertambah\n\n"
        "ALMATY - Sedikitnya 164 orang tewas dalam kerusuhan di Kazakhstan sejak awal "
        "Januari, seperti dikutip dari Reuters, Minggu (9/1/2022). Pemerintah menyebut "
        "lebih dari 5.800 orang ditahan.\n"
    )
    path.write_text(body, encoding="utf-8")
    code = (
        "import sys, kzreader.extract as x\n"
        "def broken(*a, **k):\n"
        "    raise KeyError('boom')\n"
        "x.find_sources = broken\n"
        "from kzreader.cli import main\n"
        f"sys.exit(main(['parse', '--no-cache', '--format', 'jsonl', {str(path)!r}]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    (article,) = [json.loads(line) for line in out.stdout.splitlines()]
    assert "164 orang tewas" in article["text"]
    assert not [f for f in article["facts"] if f["kind"] == "source"]
    assert [f for f in article["facts"] if f["kind"] == "figure"]
    assert f"warning: {path}: sources not extracted (KeyError" in out.stderr
