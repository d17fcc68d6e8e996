"""The `kzreader` command as a user scripts it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

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
