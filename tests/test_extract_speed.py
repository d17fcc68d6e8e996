"""The speed-ups in `kzreader.extract` find exactly what the plain regexes they replace find.

Each fast path (shared word scan, lookbehinds moved after the first character,
backwards reads, table-word prefilters) is checked against the straightforward
form on random text built from awkward characters and on the gold bodies.
"""

import json
import random
import re
from pathlib import Path

import pytest

from kzreader.extract import dates, entities, figures, spans
from kzreader.extract.gazetteer import PLACES
from kzreader.extract.spans import Scan, alternation, finditer_after, lead_words, matches_at

ROOT = Path(__file__).resolve().parents[1]
GOLD = [*sorted((ROOT / "tests" / "gold").glob("*.json")),
        *sorted((ROOT / "tests" / "labelled" / "gold").glob("*.json"))]  # fmt: skip
BODIES = ["\n".join(json.loads(p.read_text(encoding="utf-8"))["paragraphs"]) for p in GOLD]
ALPHABET = "ab diAK ,.\n\t'’-$_12(é“”\")İ½;:"
WORDS = ["di", "sekitar", "Kazakhstan", "Rusia", "tewas", "lebih dari", "Januari", "(16/1)",
         "Presiden", "Tokayev", "Nur-Sultan", "2.500", "ÉTAT", "satu", "KEMENTERIAN"]  # fmt: skip


def _random_texts(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts = [rng.choice(WORDS) if rng.random() < 0.4 else rng.choice(ALPHABET)
                 for _ in range(rng.randint(0, 30))]  # fmt: skip
        out.append("".join(parts))
    return out


TEXTS = _random_texts(3000) + BODIES


def _old_word_before(text: str, pos: int, span: int = 24) -> str:
    m = spans._WORD_BEFORE.search(text, max(0, pos - span), pos)
    return m.group(1).lower() if m else ""


def _old_clause_bounds(text: str, start: int, end: int, reach: int = 90) -> tuple[int, int]:
    lo = max(0, start - reach)
    left = max(text.rfind(c, lo, start) for c in spans._CLAUSE_MARKS)
    hi = min(len(text), end + reach)
    rights = [i for i in (text.find(c, end, hi) for c in spans._CLAUSE_MARKS) if i >= 0]
    return (left + 1 if left >= 0 else lo), (min(rights) if rights else hi)


def test_backwards_reads_match_the_regex_searches() -> None:
    rng = random.Random(3)
    for text in TEXTS:
        for pos in {0, len(text), *(rng.randint(0, len(text)) for _ in range(4))}:
            assert spans.word_before(text, pos) == _old_word_before(text, pos), (text, pos)
            m = entities._WORD_END_RE.search(text, max(0, pos - 30), pos)
            assert entities._word_end(text, pos) == (m.group(1) if m else None), (text, pos)
            end = rng.randint(pos, len(text))
            got = spans.clause_bounds(text, pos, end, 12)
            assert got == _old_clause_bounds(text, pos, end, 12), (text, pos, end)


@pytest.mark.parametrize(
    ("fast", "plain"),
    [
        (dates._ANCHOR_RE, re.compile(r"\(\s*\d|(?<![\d\w])\d")),
        (figures._DIGITS_RE, re.compile(r"(?<!\d)\d")),
        (entities.RUN_FAST_RE, entities.RUN_RE),
    ],
)
def test_moved_lookbehinds_find_the_same_spans(
    fast: re.Pattern[str], plain: re.Pattern[str]
) -> None:
    for text in TEXTS:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
        lo, hi = len(text) // 3, len(text) - len(text) // 4
        assert [m.span() for m in fast.finditer(text, lo, hi)] == [
            m.span() for m in plain.finditer(text, lo, hi)
        ], text


def test_finditer_after_checks_the_lookbehind() -> None:
    for table, bare in ((PLACES, entities._PLACE_RE), (entities.ORG_ALIASES, entities._ORG_RE)):
        plain = re.compile(rf"(?<![\w-])(?:{alternation(table)})(?![\w-])")
        for text in [*TEXTS, "xRusia Rusia -Rusia AS-AS PBB/PBB", "U.S.U.S. AS"]:
            assert [m.span() for m in finditer_after(bare, text)] == [
                m.span() for m in plain.finditer(text)
            ], text


def test_scan_starts_are_the_letter_runs_of_the_table() -> None:
    vocabularies = [figures._WORD_TRIGGERS, figures._QUALIFIER_LEADS, dates._RELATIVE_TRIGGERS,
                    frozenset({"di", "état", "kazakhstan", "satu"})]  # fmt: skip
    for text in [*TEXTS, "İstanbul di satu DI Di-di État état"]:
        scan = Scan(text)
        for vocabulary in vocabularies:
            want = [at for at, word in spans.words_of(text) if word in vocabulary]
            assert scan.starts(vocabulary) == want, (text, vocabulary)
            for lo, hi in ((0, len(text)), (len(text) // 2, len(text))):
                inside = [at for at in want if lo <= at < hi]
                assert scan.between(vocabulary, lo, hi) == inside
                assert scan.has(vocabulary, lo, hi) == bool(inside)


def test_matches_at_is_finditer_from_the_table_words() -> None:
    cue = figures._CUE_RE
    for text in TEXTS:
        scan = Scan(text)
        lo, hi = len(text) // 5, len(text)
        at = scan.between(figures._CUE_LEADS, lo, hi)
        got = [m.span() for m in matches_at(cue, text, at, lo, hi)]
        assert got == [m.span() for m in cue.finditer(text, lo, hi)], text
        if scan.within(figures._CUE_LEADS, lo, hi) is False:
            assert not got


def test_lead_words_need_a_letter_first() -> None:
    assert lead_words(["lebih dari", "kira-kira", "Jum'at"]) == {"lebih", "kira", "jum"}
    with pytest.raises(ValueError):
        lead_words(["$"])
