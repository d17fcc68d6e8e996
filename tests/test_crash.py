"""Crash safety: a writer SIGKILLed mid-burst never costs an acknowledged annotation."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from kzreader.annotate.store import AnnotationStore
from tests.conftest import ROOT

ROUNDS = 24

WRITER = textwrap.dedent(
    """
    import sys
    from kzreader.annotate.store import AnnotationStore
    from kzreader.model import Article

    text = "Sekitar 2.500 pasukan CSTO tiba di Almaty pada Kamis. " * 40
    articles = [Article(id=f"art{i}", path=f"{i}.txt", text=text) for i in range(5)]
    store = AnnotationStore.open(sys.argv[1])
    assert not store.read_only, store.notice
    print("ready", flush=True)
    n = 0
    while True:
        ann = store.annotate(articles[n % 5], n % 1000, n % 1000 + 21, "claim", note="x" * 200)
        print(ann.id, flush=True)
        n += 1
    """
)


@pytest.mark.slow
def test_sigkill_mid_burst_never_loses_an_acknowledged_save(tmp_path: Path) -> None:
    rng = random.Random(20220107)
    folder = tmp_path / "store"
    acknowledged: set[str] = set()
    deadline = time.monotonic() + 60
    for round_no in range(ROUNDS):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(folder)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert writer.stdout.readline().strip() == "ready", writer.stderr.read()
        time.sleep(rng.uniform(0.005, 0.12))
        os.kill(writer.pid, signal.SIGKILL)
        out, _ = writer.communicate()
        assert writer.returncode == -signal.SIGKILL
        saved = {line for line in out.splitlines() if len(line) == 36}
        acknowledged |= saved

        with AnnotationStore.open(folder) as store:
            assert not store.read_only, f"round {round_no}: {store.notice}"
            missing = acknowledged - {a.id for a in store.all()}
            assert not missing, f"round {round_no}: lost {len(missing)} acknowledged saves"
        assert time.monotonic() < deadline
    assert len(acknowledged) > ROUNDS  # the writer really was killed mid-burst, many times
