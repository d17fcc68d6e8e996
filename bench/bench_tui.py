"""Reader benchmark: start-up against a minimal Textual app, and keypress → repaint.

`python -m bench.bench_tui [N]` on an N-article corpus (10,000 by default):
  - start → library interactive (warm parse cache), in a fresh process, beside a
    minimal Textual app started the same way (target ≤ 2×);
  - keypress → repaint p95 in the library (move, search, sort, group) and in an
    article of 200 paragraphs (target ≤ 50 ms).
The corpus is generated with `bench.gen_corpus` and parsed through the real
pipeline; when the pipeline cannot load it yet, the fixture articles are varied
instead (said in the output).
"""

from __future__ import annotations

import asyncio
import pickle
import random
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from textual import events

# Both children time the first frames they compose (`App._display` gets each one;
# headless, it writes nothing), from the first line the interpreter runs.
CHILD_MINIMAL = """
import time; t0 = time.perf_counter()
from textual.app import App
from textual.widgets import Static
class Minimal(App):
    ready = None
    def compose(self):
        yield Static("hello")
    def _display(self, screen, renderable):
        super()._display(screen, renderable)
        if renderable is not None and self.ready is None:
            self.ready = time.perf_counter() - t0
            self.exit()
app = Minimal()
app.run(headless=True)
print(app.ready, app.ready, app.ready)
"""

CHILD_KZREADER = """
import sys, time; t0 = time.perf_counter()
source = sys.argv[1]
import kzreader.cli  # the console script's module: `kzreader FOLDER` starts here
from kzreader.preload import Preload
preload = Preload([source])  # as kzreader.cli.cmd_open does, before importing the UI
from kzreader.tui.app import KzreaderApp
from kzreader.tui.keys import Settings
from kzreader.tui.widgets.article_table import ArticleTable
def loader(paths, *, progress):
    import pickle
    with open(source, "rb") as fh:
        return pickle.load(fh)
class Timed(KzreaderApp):
    screen_ready = rows_ready = full_ready = None
    def _display(self, screen, renderable):
        super()._display(screen, renderable)
        if renderable is None:
            return
        now = time.perf_counter() - t0
        table = self.screen.query(ArticleTable)
        rows = bool(table) and bool(table.first().rows)
        if self.screen_ready is None:
            self.screen_ready = now
        if self.rows_ready is None and rows:
            self.rows_ready = now
        if self.full_ready is None and rows and self.corpus is not None:
            self.full_ready = now
        if self.full_ready is not None:
            self.exit()
# a generated folder opens as `kzreader FOLDER` does (default loader, parse cache);
# a pickled corpus (pipeline unavailable) through a loader
if source.endswith(".pickle"):
    app = Timed(["x"], loader=loader, settings=Settings())
else:
    app = Timed([source], settings=Settings(), previewer=preload, defer_store=True)
app.run(headless=True, size=(160, 50))
print(app.screen_ready, app.rows_ready, app.full_ready)
"""


def synthetic_articles(n: int) -> list:
    """`n` articles varied from the test fixtures (dates, outlets, titles, ids)."""
    from tests.tui.fixtures import corpus_articles

    base = corpus_articles()
    outlets = ["RMOL", "KompasTV", "SinPo.id", "IDN Times", "Detik", "Tempo", "Antara", "CNN"]
    rng = random.Random(7)
    out = []
    for i in range(n):
        a = base[i % len(base)]
        day = 1 + rng.randrange(28)
        out.append(replace(
            a, id=f"syn{i:05d}", path=f"syn/{i:05d}.txt", outlet=rng.choice(outlets),
            title=f"{a.title} #{i}",
            published=f"2022-01-{day:02d}T{rng.randrange(24):02d}:00:00+07:00",
        ))
    return out


def build_corpus(n: int, work: Path) -> tuple[str, str, object]:
    """(what was used, loader argument for the child, the Corpus)."""
    try:
        from bench.gen_corpus import generate
        from kzreader.corpus import load_corpus

        folder = work / "corpus"
        generate(n, folder)
        corpus = load_corpus([folder])  # cold: fills the parse cache
        if len(corpus.articles) < n // 2:
            raise RuntimeError(f"only {len(corpus.articles)} articles parsed")
        used = f"generated corpus, {len(corpus.articles)} articles via the pipeline"
        return used, str(folder), corpus
    except Exception as exc:  # the pipeline is still being built
        from kzreader.corpus import Corpus

        corpus = Corpus(articles=synthetic_articles(n))
        blob = work / "corpus.pickle"
        blob.write_bytes(pickle.dumps(corpus))
        why = f"{type(exc).__name__}: {exc}"[:100]
        return f"{n} fixture-derived articles (pipeline unavailable: {why})", str(blob), corpus


def child_times(code: str, *args: str, runs: int = 5) -> tuple[float, ...]:
    """Median seconds from process start to each time the child prints, over `runs`."""
    samples: list[list[float]] = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                             cwd=Path(__file__).resolve().parents[1])
        if out.returncode:
            raise RuntimeError(out.stderr[-2000:])
        samples.append([float(x) for x in out.stdout.strip().splitlines()[-1].split()])
    return tuple(statistics.median(column) for column in zip(*samples, strict=True))


def p95(samples: list[float]) -> float:
    return sorted(samples)[int(len(samples) * 0.95) - 1] * 1000


async def keypress_latencies(corpus: object) -> dict[str, float]:
    """p95 milliseconds from key press to repainted screen, per interaction."""
    from kzreader.corpus import Corpus
    from kzreader.tui.app import KzreaderApp
    from kzreader.tui.keys import Settings
    from tests.tui.fixtures import corpus_articles

    async def timed(pilot: object, keys: list[str]) -> list[float]:
        """Key event sent → the next frame composed (headless: `_display` is called)."""
        app = pilot.app  # type: ignore[attr-defined]
        frames: list[float] = []
        original = app._display

        def display(screen: object, renderable: object) -> None:
            if renderable is not None:
                frames.append(time.perf_counter())
            original(screen, renderable)

        app._display = display
        samples = []
        try:
            for key in keys:
                await pilot.pause()  # type: ignore[attr-defined]
                frames.clear()
                t0 = time.perf_counter()
                event = events.Key(key, key if len(key) == 1 else None)
                event.set_sender(app)
                app._driver.send_message(event)
                while not frames and time.perf_counter() - t0 < 2:
                    await asyncio.sleep(0.0005)
                samples.append((frames[0] if frames else time.perf_counter()) - t0)
        finally:
            app._display = original
        return samples

    out: dict[str, float] = {}
    app = KzreaderApp(corpus=corpus, settings=Settings())
    async with app.run_test(size=(160, 50)) as pilot:
        await app.workers.wait_for_complete()
        out["library j/k"] = p95(await timed(pilot, ["j"] * 150 + ["k"] * 50))
        out["library pagedown"] = p95(await timed(pilot, ["pagedown"] * 40))
        out["library sort s"] = p95(await timed(pilot, ["s"] * 20))
        out["library group g"] = p95(await timed(pilot, ["g"] * 20))
        await pilot.press("slash")
        out["library search keystroke"] = p95(await timed(pilot, list("kazakhstan tokayev")))
        out["library search backspace"] = p95(await timed(pilot, ["backspace"] * 18))

    base = corpus_articles()[1]
    paragraphs = [p for a in corpus_articles() for p in a.text.split("\n")]
    text = "\n".join(paragraphs[i % len(paragraphs)] for i in range(200))
    long_article = replace(base, text=text, facts=(), trace=())
    app = KzreaderApp(corpus=Corpus(articles=[long_article]), settings=Settings())
    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        out["reader j (200 paragraphs)"] = p95(await timed(pilot, ["j"] * 200))
        out["reader J (200 paragraphs)"] = p95(await timed(pilot, ["J"] * 60))
        out["reader r raw toggle"] = p95(await timed(pilot, ["r"] * 20))
    return out


def main(n: int = 10_000) -> None:
    with tempfile.TemporaryDirectory(prefix="kzreader-bench-tui-") as tmp:
        used, source, corpus = build_corpus(n, Path(tmp))
        print(f"corpus: {used}")
        minimal = kz = None
        for _ in range(2):  # alternate, so both see the same machine
            m = child_times(CHILD_MINIMAL)[0]
            k = child_times(CHILD_KZREADER, source)
            minimal = m if minimal is None else min(minimal, m)
            kz = k if kz is None else tuple(map(min, kz, k))
        assert minimal is not None and kz is not None
        screen, rows, full = kz
        print(f"start → interactive, minimal Textual app: {minimal * 1000:.0f} ms")
        for what, took, target in (
            ("library screen interactive (progress bar, keys live)", screen, 2.0),
            (f"library rows shown ({n} articles, warm cache)", rows, 2.0),
            ("whole corpus loaded (search over text, open an article)", full, None),
        ):
            ratio = took / minimal
            verdict = "" if target is None else (
                f"(target ≤ {target:g}×) " + ("ok" if ratio <= target else "OVER TARGET"))
            print(f"start → {what}: {took * 1000:.0f} ms = {ratio:.2f}× {verdict}".rstrip())
        for name, ms in asyncio.run(keypress_latencies(corpus)).items():
            flag = "ok" if ms <= 50 else "OVER TARGET"
            print(f"keypress → repaint p95, {name}: {ms:.1f} ms (target ≤ 50) {flag}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
