"""Guards the hand-labelled other-outlet articles in tests/labelled/ themselves.

These tests do not run kzreader: they check that every gold file agrees with its raw
article (paragraphs, boilerplate, figures, quotes, dates), so that a typo in a label
cannot silently move the quality gate that tests/test_quality_gate.py computes on
this set. Rules follow ../shared/CONTRACT.md.
"""

from __future__ import annotations

import html
import json
import re
from datetime import date
from pathlib import Path

import pytest

from tests.scoring import GOLD_FIELDS, QUALIFIERS

LABELLED = Path(__file__).resolve().parent / "labelled"
RAW = LABELLED / "raw"
GOLD = LABELLED / "gold"
EXTRA = LABELLED / "extra"

# How many figures and quotes each article is meant to carry (the count a reader
# who labels by CONTRACT.md arrives at; a range counts twice).
EXPECTED = {
    "detik_csto_tiba": (9, 3),
    "cnnindonesia_korban_164": (11, 2),
    "kompas_penarikan_csto": (8, 4),
    "antara_wni_aman": (11, 2),
    "tempo_tembak_tanpa_peringatan": (5, 5),
    "liputan6_internet_pulih": (8, 3),
    "reuters_troops_arrive": (13, 4),
    "ap_death_toll": (9, 2),
    "republika_kudeta": (6, 3),
    "jakartapost_wni_cp1252": (9, 3),
    "sindonews_trafilatura": (6, 2),
    "okezone_scraper": (6, 2),
    "bisnis_uranium_kazatomprom": (12, 2),
}

# Numerals in the body that are not figures although no generic rule below says so.
NON_FIGURES = {
    "cnnindonesia_korban_164": ["Khabar 24"],  # a channel name written with a space
}

ISO_PUBLISHED = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2})?$")

MONTHS_ID = [
    "januari",
    "februari",
    "maret",
    "april",
    "mei",
    "juni",
    "juli",
    "agustus",
    "september",
    "oktober",
    "november",
    "desember",
]
MONTHS_EN = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
MONTH_NO = {m: i + 1 for i, m in enumerate(MONTHS_ID)} | {m: i + 1 for i, m in enumerate(MONTHS_EN)}
MONTH_NO |= {m[:3]: i + 1 for i, m in enumerate(MONTHS_EN)}
DATE_SLASH = re.compile(r"\((\d{1,2})/(\d{1,2})(?:/(\d{4}))?\)")
DATE_DAY_MONTH = re.compile(
    r"\b(\d{1,2}) (" + "|".join(MONTHS_ID + MONTHS_EN) + r")\b(?:,? (\d{4}))?", re.IGNORECASE
)
DATE_MONTH_DAY = re.compile(
    r"\b(" + "|".join(MONTHS_EN) + r"|jan\.?|feb\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?)"
    r" (\d{1,2})\b(?:, (\d{4}))?",
    re.IGNORECASE,
)

NUM_WORDS_ID = {
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
    "sepuluh": 10,
    "sebelas": 11,
    "seratus": 100,
    "seribu": 1000,
}
NUM_WORDS_EN = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "eighteen": 18,
    "twenty": 20,
    "dozen": 12,
}
SCALES = {
    "ribu": 1e3,
    "thousand": 1e3,
    "juta": 1e6,
    "million": 1e6,
    "miliar": 1e9,
    "billion": 1e9,
    "triliun": 1e12,
    "trillion": 1e12,
}
NUMBER_WORD = re.compile(
    r"\b(" + "|".join([*NUM_WORDS_ID, *NUM_WORDS_EN, "puluh", "belas", "ratus", *SCALES]) + r")\b",
    re.IGNORECASE,
)
DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
NON_FIGURE_PATTERNS = [
    re.compile(r"\b(?:19|20)\d{2}\b"),  # years
    re.compile(r"\b[A-Za-z]+-\d+\b"),  # Il-76, Khabar-24, COVID-19
    re.compile(r"\b[A-Za-z]+\d+\w*"),  # G20, Liputan6
    re.compile(r"\bPasal \d+\b"),
    re.compile(r"\bpukul \d{1,2}[.:]\d{2}\b", re.IGNORECASE),
    DATE_SLASH,
    DATE_DAY_MONTH,
    DATE_MONTH_DAY,
]


def gold_files() -> list[Path]:
    return sorted(GOLD.glob("*.json"))


def load_gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def decode_source(path: Path) -> str:
    """The whole raw file, decoded (HTML entities resolved): where boilerplate is looked for."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252")
    if path.suffix in (".json", ".jsonl"):
        recs = [json.loads(line) for line in text.splitlines() if line.strip()]
        return "\n".join(str(v) for r in recs for v in r.values() if isinstance(v, str))
    return html.unescape(text) if path.suffix in (".html", ".htm") else text


def decode_raw(path: Path) -> str:
    """The raw file as text a reader would see: decoded, markup and JSON syntax gone."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252")
    if path.suffix in (".html", ".htm"):
        text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text)
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    elif path.suffix == ".json":
        text = "\n".join(str(v) for v in json.loads(text).values() if isinstance(v, str))
    elif path.suffix == ".jsonl":
        recs = [json.loads(line) for line in text.splitlines() if line.strip()]
        text = "\n".join(str(v) for r in recs for v in r.values() if isinstance(v, str))
    return text


def body_of(gold: dict) -> str:
    return "\n".join(gold["paragraphs"])


def spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def parse_number(s: str, lang: str) -> float:
    if lang == "en":
        return float(s.replace(",", ""))
    return float(s.replace(".", "").replace(",", "."))


def word_value(words: list[str]) -> float | None:
    """`dua puluh lima` → 25, `Eighteen` → 18, `dua juta` → 2e6 (enough for these labels)."""
    total, cur, seen = 0.0, 0.0, False
    for w in (w.lower() for w in words):
        if w in NUM_WORDS_ID or w in NUM_WORDS_EN:
            cur += NUM_WORDS_ID.get(w, NUM_WORDS_EN.get(w, 0))
            seen = True
        elif w == "puluh":
            cur *= 10
        elif w == "belas":
            cur += 10
        elif w == "ratus":
            cur *= 100
        elif w in SCALES:
            total += (cur or 1) * SCALES[w]
            cur = 0
    return total + cur if seen else None


def figure_numbers(text: str, lang: str) -> list[float]:
    """The numbers a figure's text states, scaled by `ribu`/`million`/..."""
    scale = next((v for k, v in SCALES.items() if re.search(rf"\b{k}\b", text, re.I)), 1)
    nums = [parse_number(m, lang) * scale for m in DIGITS.findall(text)]
    if nums:
        return nums
    value = word_value(re.findall(r"[A-Za-z]+", text))
    return [value] if value is not None else []


def claim_figures(gold: dict) -> tuple[list[tuple[int, int]], list[str]]:
    """Give every figure mention its own span in the body; return the spans and problems."""
    body = body_of(gold)
    by_text: dict[str, list[dict]] = {}
    for f in gold["figures"]:
        by_text.setdefault(f["text"], []).append(f)
    mentions: list[str] = []
    problems: list[str] = []
    for text, figs in by_text.items():
        quals = sorted(str(f["qualifier"]) for f in figs)
        is_range = bool(
            re.search(r"\d\s*[-–]\s*\d|antara .+ (hingga|sampai|dan) |between .+ and ", text)
        )
        if is_range:
            if len(figs) != 2 or quals != ["at_least", "at_most"]:
                problems.append(f"range {text!r} must give two figures, at_least and at_most")
            mentions.append(text)
        else:
            mentions.extend([text] * len(figs))
    claimed: list[tuple[int, int]] = []
    for text in sorted(mentions, key=len, reverse=True):
        pat = re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")
        free = [s for s in spans(pat, body) if all(s[1] <= a or s[0] >= b for a, b in claimed)]
        if not free:
            problems.append(f"figure text {text!r}: no unclaimed occurrence in the body")
        else:
            claimed.append(free[0])
    return claimed, problems


@pytest.fixture(scope="module", params=[p.stem for p in gold_files()])
def case(request: pytest.FixtureRequest) -> tuple[str, dict, str]:
    gold = load_gold(GOLD / f"{request.param}.json")
    return request.param, gold, decode_raw(RAW / gold["file"])


def test_set_is_complete_and_paired() -> None:
    raws = sorted(p.name for p in RAW.iterdir() if p.is_file())
    golds = [load_gold(p)["file"] for p in gold_files()]
    assert sorted(golds) == raws
    assert {p.stem for p in gold_files()} == {Path(f).stem for f in raws}
    assert set(EXPECTED) == {p.stem for p in gold_files()}
    assert {Path(f).suffix for f in raws} >= {".txt", ".html", ".json", ".jsonl"}


def test_gold_shape(case: tuple[str, dict, str]) -> None:
    name, gold, _ = case
    assert tuple(gold) == GOLD_FIELDS
    assert gold["file"].startswith(name + ".")
    assert gold["outlet"] and all(isinstance(o, str) and o for o in gold["outlet"])
    assert gold["language"] in ("id", "en")
    assert (gold["published"] is None) == (gold["published_basis"] is None)
    if gold["published"]:
        assert ISO_PUBLISHED.match(gold["published"]), gold["published"]
        assert gold["published_basis"] in ("stated", "inferred")
        if gold["published_basis"] == "inferred":
            assert len(gold["published"]) == 10, "an inferred date carries no time"
    assert 5 <= len(gold["paragraphs"]) <= 12
    assert len(set(gold["paragraphs"])) == len(gold["paragraphs"]), "duplicated paragraph"
    assert all(p == p.strip() and "\n" not in p for p in gold["paragraphs"])
    assert 5 <= len(gold["must_not_contain"]) <= 8
    for f in gold["figures"]:
        assert set(f) >= {"value", "unit", "qualifier", "text"}
        assert isinstance(f["value"], int | float) and f["qualifier"] in QUALIFIERS
    for q in gold["quotes"]:
        assert q["text"] and q["speaker"] and all(isinstance(s, str) and s for s in q["speaker"])
    for d in gold["dates"]:
        date.fromisoformat(d)
    assert len(gold["dates"]) == len(set(gold["dates"]))
    assert (len(gold["figures"]), len(gold["quotes"])) == EXPECTED[name]


def test_paragraphs_come_from_the_raw_text(case: tuple[str, dict, str]) -> None:
    _, gold, raw = case
    flat = norm(raw)
    missing = [p[:60] for p in gold["paragraphs"] if norm(p) not in flat]
    assert not missing


def test_boilerplate_is_in_raw_and_not_in_gold(case: tuple[str, dict, str]) -> None:
    _, gold, _ = case
    raw = decode_source(RAW / gold["file"])
    body = body_of(gold).lower()
    for junk in gold["must_not_contain"]:
        assert junk.lower() in raw.lower(), f"{junk!r} is not in the raw file"
        assert junk.lower() not in body, f"{junk!r} is in a gold paragraph"


def test_metadata_is_backed_by_raw(case: tuple[str, dict, str]) -> None:
    _, gold, raw = case
    low = norm(raw).lower()
    if gold["title"] is not None:
        assert norm(gold["title"]).lower() in low
    for author in gold["authors"]:
        assert author.lower() in low, author
    if gold["dateline"]:
        first = gold["paragraphs"][0].lower()
        assert gold["dateline"].lower() in first or gold["dateline"].lower() in low
    for source in gold["sources"]:
        assert source.lower() in low, f"source {source!r} not cited"  # body or `Sumber:` trailer


def test_every_figure_is_located_and_valued(case: tuple[str, dict, str]) -> None:
    _, gold, _ = case
    _, problems = claim_figures(gold)
    assert not problems
    by_text: dict[str, list[float]] = {}
    for f in gold["figures"]:
        by_text.setdefault(f["text"], []).append(f["value"])
    for text, values in by_text.items():
        stated = figure_numbers(text, gold["language"])
        assert stated, f"no number in figure text {text!r}"
        if len(values) == 2 and len(stated) == 2:  # a range: low and high
            assert sorted(values) == pytest.approx(sorted(stated)), text
        else:
            assert all(v == pytest.approx(stated[0]) for v in values), (text, values, stated)


def test_every_numeric_mention_is_labelled(case: tuple[str, dict, str]) -> None:
    """Each numeral and number word in the body is a labelled figure or a known non-figure."""
    name, gold, _ = case
    body = body_of(gold)
    covered, _ = claim_figures(gold)
    for pat in NON_FIGURE_PATTERNS:
        covered += spans(pat, body)
    for extra in NON_FIGURES.get(name, []):
        covered += spans(re.compile(re.escape(extra)), body)
    unlabelled = []
    for m in [*DIGITS.finditer(body), *NUMBER_WORD.finditer(body)]:
        if not any(a <= m.start() and m.end() <= b for a, b in covered):
            unlabelled.append(body[max(0, m.start() - 25) : m.end() + 25])
    assert not unlabelled


def quoted_spans(paragraph: str) -> list[str]:
    """Inner texts of double-quoted spans; an unclosed quote runs to the end of the paragraph."""
    out, i = [], 0
    while i < len(paragraph):
        ch = paragraph[i]
        if ch in '“"':
            close = "”" if ch == "“" else '"'
            j = paragraph.find(close, i + 1)
            out.append(paragraph[i + 1 : j if j >= 0 else len(paragraph)])
            i = (j if j >= 0 else len(paragraph)) + 1
        else:
            i += 1
    return out


def test_quotes_sit_inside_quote_marks(case: tuple[str, dict, str]) -> None:
    _, gold, _ = case
    for q in gold["quotes"]:
        hits = [p for p in gold["paragraphs"] if q["text"] in p]
        assert hits, f"quote not in body: {q['text'][:50]!r}"
        p = hits[0]
        i = p.index(q["text"])
        end = i + len(q["text"])
        assert i > 0 and p[i - 1] in "“\"‘'", f"no opening mark before {q['text'][:40]!r}"
        assert end == len(p) or p[end] in "”\"’'", f"no closing mark after {q['text'][:40]!r}"


def test_every_quoted_span_is_labelled(case: tuple[str, dict, str]) -> None:
    _, gold, _ = case
    labelled = {q["text"] for q in gold["quotes"]} | set(gold["optional_quotes"])
    found = [s for p in gold["paragraphs"] for s in quoted_spans(p)]
    assert sorted(found) == sorted(
        [q["text"] for q in gold["quotes"]]
        + [o for o in gold["optional_quotes"] if any(o in s for s in found)]
    )
    assert all(s in labelled for s in found)
    # Scare quotes in single marks still have to be somewhere in the body.
    assert all(o in body_of(gold) for o in gold["optional_quotes"])


def test_dates_match_the_body(case: tuple[str, dict, str]) -> None:
    _, gold, _ = case
    year = int(gold["published"][:4])
    body = body_of(gold)
    found = set()
    for m in DATE_SLASH.finditer(body):
        found.add(date(int(m[3] or year), int(m[2]), int(m[1])).isoformat())
    for m in DATE_DAY_MONTH.finditer(body):
        found.add(date(int(m[3] or year), MONTH_NO[m[2].lower()], int(m[1])).isoformat())
    for m in DATE_MONTH_DAY.finditer(body):
        month = MONTH_NO[m[1].lower().rstrip(".")[:3]]
        found.add(date(int(m[3] or year), month, int(m[2])).isoformat())
    assert found == set(gold["dates"])


def test_cp1252_file_needs_cp1252() -> None:
    data = (RAW / "jakartapost_wni_cp1252.txt").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    text = data.decode("cp1252")
    assert all(ch in text for ch in "“”‘’—•")


def test_extra_multi_record_jsonl_has_no_gold() -> None:
    path = EXTRA / "scraper_two_records.jsonl"
    recs = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    assert len(recs) == 2
    assert all({"text", "title", "date", "url", "author", "outlet"} <= set(r) for r in recs)
    assert not (GOLD / f"{path.stem}.json").exists()


def test_death_toll_disagreement_is_kept() -> None:
    """The set must keep outlets disagreeing, or the compare view has nothing to show."""
    deaths = {
        f["value"]
        for p in gold_files()
        for f in load_gold(p)["figures"]
        if f.get("measure") == "deaths"
    }
    detained = {
        f["value"]
        for p in gold_files()
        for f in load_gold(p)["figures"]
        if f.get("measure") == "detained"
    }
    assert {164, 225} <= deaths
    assert {7939, 9900} <= detained
