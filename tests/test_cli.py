"""The `kzreader` command as a user scripts it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kzreader", *args], capture_output=True, text=True, cwd=cwd
    )


def test_parse_prints_contract_json(seeds_dir: Path) -> None:
    proc = run("parse", str(seeds_dir))
    assert proc.returncode == 0, proc.stderr
    arts = json.loads(proc.stdout)
    assert len(arts) == 5
    required = {
        "id", "path", "title", "outlet", "via", "authors", "published", "published_basis",
        "section", "dateline", "language", "sources", "text", "facts",
    }  # fmt: skip
    for art in arts:
        assert required <= set(art)
        for fact in art["facts"]:
            assert art["text"][fact["start"] : fact["end"]] == fact["text"]


def test_parse_ids_are_stable_across_runs(seeds_dir: Path) -> None:
    first = json.loads(run("parse", "--no-cache", str(seeds_dir)).stdout)
    second = json.loads(run("parse", str(seeds_dir)).stdout)
    assert [a["id"] for a in first] == [a["id"] for a in second]
    assert len({a["id"] for a in first}) == 5


def test_parse_jsonl_and_bad_file(tmp_path: Path, seeds_dir: Path) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    seed = sorted(seeds_dir.iterdir())[0]
    proc = run("parse", "--format", "jsonl", str(seed), str(bad))
    assert proc.returncode == 1
    lines = proc.stdout.strip().split("\n")
    assert len(lines) == 1 and json.loads(lines[0])["path"] == str(seed)
    (err,) = proc.stderr.strip().split("\n")
    assert str(bad) in err and "empty" in err


def test_no_tty_prints_the_library(tmp_path: Path) -> None:
    proc = run(cwd=tmp_path)  # no ./seeds: the packaged corpus
    assert proc.returncode == 0, proc.stderr
    assert "5 articles" in proc.stdout
    assert "RMOL" in proc.stdout and "KompasTV" in proc.stdout


def test_the_command_list_is_the_parsers() -> None:
    """`kzreader WORD` opens WORD as a path unless WORD is a command: the static list
    that decides this without building the parser must be the parser's own."""
    from kzreader.cli import COMMANDS, build_parser

    parser = build_parser()
    assert set(COMMANDS) == set(parser._subparsers._group_actions[0].choices)  # type: ignore[union-attr]


def test_open_passes_cache_choices_to_the_reader(
    seeds_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kzreader.tui.app as tui_app
    from kzreader.cli import main
    from kzreader.preload import Preload

    calls: list[dict] = []
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setattr(tui_app, "run_app", lambda paths, **kw: calls.append(kw) or 0)
    assert main(["--no-cache", "--jobs", "1", str(seeds_dir)]) == 0
    assert calls[-1]["cache"] is False and calls[-1]["jobs"] == 1
    assert calls[-1]["previewer"] is None  # nothing listed from a cache we were told to skip
    assert main([str(seeds_dir)]) == 0
    preload = calls[-1]["previewer"]
    assert isinstance(preload, Preload) and calls[-1]["cache"] is True
    preload()  # reap the child, if one was forked
