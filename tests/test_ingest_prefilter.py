"""The fast paths of line classification decide exactly as the plain regexes do."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from kzreader.ingest import lines, rules
from kzreader.ingest.dates import _INFO, fast_stamp
from kzreader.ingest.outlets import name_key
from kzreader.ingest.prefilter import first_chars, required

ROOT = Path(__file__).resolve().parent.parent

SAMPLES = [
    "Bagikan:", "Share on Facebook", "Copy link copied", "WhatsApp", "x", "A- A+", "Font size: 16",
    "ADVERTISEMENT SCROLL TO CONTINUE", "Iklan", "- ad -", "Scroll untuk melanjutkan membaca",
    "Home", "Berita", "12", "1 2 3 Selanjutnya", "Sebelumnya 1 2", "Halaman 2 dari 3", "---",
    "hal. 2", "page 3 of 4", "Next page", "selanjutnya »", "[gambas:video 20detik]", "[Video]",
    "Baca juga: Demo di Almaty", "BACA JUGA Kerusuhan Kazakhstan", "Read more: Russia", "Populer",
    "Topik: Kazakhstan", "Tags: CSTO", "Copyright 2022 Reuters", "© 2022 BBC", "Editor: Rina",
    "Simak juga video berikut", "Baca Juga", "Berita Terkait", "Related stories", "Rekomendasi",
    "Download aplikasi kami", "Klik tanda bintang", "Ikuti Google News kami", "get 50% off",
    "Foto: ANTARA", "[1/5] A view shows Almaty", "Sumber: Reuters", "Oleh: Reni Erina",
    "By Asel Sultanova and Chris Rickleton", "Rita W - detikNews", "Dian M (The Jakarta Post)",
    "Nadia Kusuma Photo Verified Writer", "ｂａｃａ juga: x", "\u212aonten sponsor", "İklan",
    "ſhare", "Presiden Tokayev mengatakan pasukan CSTO akan pergi.", "",
]  # fmt: skip


def corpus_lines() -> list[str]:
    texts = list(SAMPLES)
    for folder in ("seeds", "tests/labelled/raw", "tests/heldout/raw"):
        for path in sorted((ROOT / folder).glob("*")):
            raw = path.read_text("utf-8", errors="replace")
            texts += [t for t in (lines.normalise(r).text for r in raw.split("\n")) if t]
    rng = random.Random(7)
    pieces = [*SAMPLES, " ", ":", "»", "2022", "Juga", "\u212a", "ı", "ſ", "(rhs)", "..."]
    texts += ["".join(rng.choices(pieces, k=rng.randint(1, 4))) for _ in range(3000)]
    texts += [t + " " + "kata dia " * n for t in SAMPLES for n in (5, 30)]
    return texts


TEXTS = corpus_lines()


def plain_junk(text: str, short: bool) -> str | None:
    """The junk tables tried one reason at a time, as the cleaner used to."""

    def group(patterns: tuple[str, ...]) -> str:
        return "(?i:" + "|".join(f"(?:{p})" for p in patterns) + ")"

    tables = (
        [(r, re.compile(group(p) + r"\Z")) for r, p in rules.JUNK_FULL.items()] if short else []
    )
    tables += [(r, re.compile(group(p))) for r, p in rules.JUNK_START.items()]
    return next((reason for reason, pattern in tables if pattern.match(text)), None)


@pytest.mark.parametrize("short", [True, False])
def test_combined_junk_rule_gives_each_tables_reason(short: bool) -> None:
    for text in TEXTS:
        assert lines.junk_reason(text, short=short) == plain_junk(text, short), text


def test_every_junk_table_entry_still_classified_by_its_reason() -> None:
    examples = {
        "share": "Bagikan", "ad": "Advertisement", "navigation": "Halaman 2",
        "embed": "[gambas:x]", "related": "Baca juga: x", "media": "Image",
        "footnote": "[2] Ministry briefings, accessed March 3.",
        "promo": "Sign up for the Steppe Brief newsletter.",
        "credit": "AP writer Jane Doe contributed to this report.",
    }  # fmt: skip
    assert set(examples) == {*rules.JUNK_FULL, *rules.JUNK_START}
    for reason, text in examples.items():
        assert lines.junk_reason(text) == reason


def test_stop_and_related_header_rules_match_as_plain_regexes() -> None:
    for table, rule in (
        (rules.STOP_FULL, lines._STOP),
        (rules.RELATED_HEADER, lines._RELATED_HEADER),
    ):
        plain = re.compile("(?i:" + "|".join(f"(?:{p})" for p in table) + r")\Z")
        for text in TEXTS:
            assert bool(rule.match(text)) == bool(plain.match(text)), text


def test_first_chars_never_rule_out_a_match() -> None:
    patterns = [
        lines._LABELLED.pattern, rules.CAPTION_START, rules.SOURCE_LINE, rules.SIGNOFF,
        re.compile(r"(?i:a|\W*b)"), re.compile(r"x?y"), re.compile(r"[^a]b"),
    ]  # fmt: skip
    for pattern in patterns:
        first = first_chars(pattern)
        for text in TEXTS:
            if pattern.match(text) and text[0] < "\x80":
                assert first is None or text[0] in first, (pattern.pattern, text)
    assert first_chars(re.compile(r"a*")) is None  # may match empty


def test_required_substrings_never_rule_out_a_match() -> None:
    patterns = [*rules.BYLINE_FORMS, *(p.pattern for p in lines._ANYWHERE), lines._YEAR]
    for pattern in patterns:
        needles = required(pattern)
        for text in TEXTS:
            low = text.lower()
            for s in (text, low):
                if pattern.search(s):
                    assert needles is None or any(n in s for n in needles), (pattern, s)
    assert required(re.compile(r"(?i:abc)")) is None
    assert required(re.compile(r"ab(?:cd|ef)+")) in {("ab",), ("cd", "ef")}


def test_name_key_keeps_only_ascii_letters_and_digits() -> None:
    for text in ["KOMPAS.TV", "İstanbul Ǆ", "Straße ｂ 12", "\u212aazakh", *TEXTS[:500]]:
        assert name_key(text) == re.sub(r"[^0-9a-z]+", "", text.lower())


def test_fast_dates_agree_with_dateutil() -> None:
    from dateutil import parser

    cases = [
        "12 Januari 2022 09:01", "January 11, 2022", "31 Februari 2022", "1 MEI 2022 1:05 pm",
        "Dec 3 2021 12:30 am", "5 Juni 2022 13:00 pm", "9 Agustus 1999 23:59",
    ]  # fmt: skip
    for text in cases:
        found = rules.DATE_TEXT.search(text)
        assert found
        clock = rules.TIME_TEXT.search(text, found.end())
        snippet = found.group(0).replace(",", " ")
        if clock:
            ampm = f" {clock.group('ampm')}m" if clock.group("ampm") else ""
            snippet += f" {clock.group('h')}:{clock.group('m')}{ampm}"
        try:
            expected = parser.parse(snippet, parserinfo=_INFO, dayfirst=True)
        except ValueError:
            expected = None
        got = fast_stamp(found.group(0), clock)
        assert got is None or got == expected, text
