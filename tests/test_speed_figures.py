"""The digit-run, window and anchor fast paths find exactly what their plain forms find.

`digit_runs` reads digits from a byte copy, `Scan` looks table words up in a
blanked copy of the text, calendar anchors come from the digit runs and figure
candidates skip digits no figure can start at: each is checked against the
straightforward form on random text built from awkward characters and on the
gold bodies.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from kzreader.extract import dates, figures, spans
from kzreader.extract.spans import Scan, digit_runs

ROOT = Path(__file__).resolve().parents[1]
GOLD = [*sorted((ROOT / "tests" / "gold").glob("*.json")),
        *sorted((ROOT / "tests" / "labelled" / "gold").glob("*.json"))]  # fmt: skip
BODIES = ["\n".join(json.loads(p.read_text(encoding="utf-8"))["paragraphs"]) for p in GOLD]
PIECES = [
    "1", "12", "123", "2022", "20221", "2.500", "0,5", "-", "–", "/", " ", "\t", "\n", "(", ")",
    ":", ".", ",", "_", "x", "a", "ab", "di", "in", "Di", "é", "É", "İ", "ſ", "\u0301", "½",
    "٣", "３", "\ud800", "“", "$", "US$", "Rp", "Rp.", "rp", "P", "kzt", "€", "Januari", "Jan.",
    "Mei", "th", "-01-05", "/1/2022", "( ", "Senin ", "sekitar ", "lebih dari ", "tewas", "+7 ",
]  # fmt: skip


def _random_texts(n: int, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 14))) for _ in range(n)]


TEXTS = _random_texts(6000) + BODIES


def _fresh(text: str) -> Scan:
    spans.scan_of.cache_clear()  # per-article memos start empty
    return spans.scan_of(text)


def test_digit_runs_are_the_regex_runs() -> None:
    for text in TEXTS:
        _fresh(text)
        assert digit_runs(text) == [m.span() for m in re.finditer(r"\d+", text)], text


def test_digit_lead_bytes_cover_every_non_ascii_digit() -> None:
    digits = [chr(c) for c in range(128, sys.maxunicode + 1) if chr(c).isdecimal()]
    assert all(d.encode()[0] not in spans._NO_DECIMAL_LEADS for d in digits)


def test_scan_windows_are_the_regex_runs() -> None:
    runs = re.compile(r"[a-z]+")
    vocabularies = [frozenset({"a", "ab", "di", "in", "x"}), figures._QUALIFIER_LEADS,
                    frozenset({"di", "état"})]  # fmt: skip
    rng = random.Random(3)
    for text in TEXTS:
        scan = Scan(text)
        for vocabulary in vocabularies:
            want = [at for at, word in spans.words_of(text) if word in vocabulary]
            assert scan.starts(vocabulary) == want, (text, vocabulary)
            plain, other = spans._split_vocabulary(vocabulary)
            if scan.low is None or other:
                continue
            lo = rng.randint(0, len(text))
            hi = rng.randint(lo, len(text))
            found = runs.findall(scan.low, lo, hi)
            assert scan.within(vocabulary, lo, hi) == (not plain.isdisjoint(found))
            assert scan.candidates(vocabulary, lo, hi) == [
                m.start() for m in runs.finditer(scan.low, lo, hi) if m.group() in plain
            ], (text, lo, hi)


def _plain_calendar(text: str) -> Iterator[re.Match[str]]:
    """`dates._calendar_matches` trying every `_ANCHOR_RE` anchor."""
    scan = spans.scan_of(text)
    months = not scan.words.isdisjoint(dates._MONTH_LEADS)
    pos = 0
    for anchor in dates._ANCHOR_RE.finditer(text):
        at = anchor.start()
        if at < pos:
            continue
        lo = max(0, at - 12)
        month = (dates._MONTH_FIRST_RE.search(text, lo, at)
                 if months and scan.within(dates._MONTH_LEADS, lo, at) else None)  # fmt: skip
        m = (month and dates._CALENDAR_RE.match(text, month.start())) or dates._CALENDAR_RE.match(
            text, at
        )
        if m:
            pos = m.end()
            yield m


def test_calendar_anchors_from_digit_runs() -> None:
    for text in TEXTS:
        _fresh(text)
        want = [m.span() for m in _plain_calendar(text)]
        _fresh(text)
        assert [m.span() for m in dates._calendar_matches(text)] == want, text


def _plain_candidates(text: str) -> list[int]:
    """`figures._candidates` trying every digit run."""
    out = set(spans.starts_of(text, figures._WORD_TRIGGERS))
    for m in figures._DIGITS_RE.finditer(text):
        at = m.start()
        lead = text[max(0, at - 2) : at].lower()
        if not (lead[-1:] in figures._CURRENCY_ENDS or lead[:1] in figures._CURRENCY_ENDS):
            out.add(at)
            continue
        cur = figures._CURRENCY_BEFORE_RE.search(text, max(0, at - 5), at)
        out.add(cur.start() if cur else at)
    return sorted(out)


def test_figure_candidates_skip_only_where_no_figure_starts() -> None:
    for text in TEXTS:
        _fresh(text)
        plain = _plain_candidates(text)
        fast = figures._candidates(text)
        assert set(fast) <= set(plain), text
        for at in set(plain) - set(fast):
            assert figures.FIGURE_RE.match(text, at) is None, (text, at)


def test_currency_ends_any_case_is_what_the_regex_folds() -> None:
    for end in figures._CURRENCY_ENDS:
        fold = re.compile(re.escape(end), re.IGNORECASE)
        matched = {chr(c) for c in range(sys.maxunicode + 1) if fold.fullmatch(chr(c))}
        assert matched <= figures._CURRENCY_ENDS_ANY_CASE, end
