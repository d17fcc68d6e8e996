"""Self-consistency of the held-out labelled set in tests/heldout/ (see its README).

These checks only verify that the gold labels are honest with respect to the raw
files: every labelled paragraph, figure and quote is really there, every
boilerplate string is really in the raw file and not in the gold body, and no
number in the body is left unlabelled. They never run the parser.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from pathlib import Path

import pytest

from tests.scoring import GOLD_FIELDS, QUALIFIERS

HELDOUT = Path(__file__).resolve().parent / "heldout"
GOLD_FILES = sorted((HELDOUT / "gold").glob("*.json"))
MONTHS_ID = "januari februari maret april mei juni juli agustus september oktober november desember"
MONTHS_EN = "january february march april may june july august september october november december"
MONTH_NO = {m: i for ms in (MONTHS_ID, MONTHS_EN) for i, m in enumerate(ms.split(), 1)}
# numbers that are not figures under CONTRACT.md: dates, years, times, numbers in names
NOT_FIGURE = [
    r"\(\d{1,2}/\d{1,2}(?:/\d{4})?\)",
    r"\b\d{1,2} (?:" + MONTHS_ID.replace(" ", "|") + r")\b",
    r"\b(?:" + MONTHS_EN.title().replace(" ", "|") + r") \d{1,2}\b",
    r"\b(?:19|20)\d\d\b",
    r"\b\d\d[.:]\d\d\b",
    r"COVID-19",
    r"Khabar 24",
]
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
NUMBER_WORDS = re.compile(
    r"\b(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|belas|puluh"
    r"|ratus|ribu|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty"
    r"|hundred|thousand)\b",
    re.IGNORECASE,
)
VAGUE = re.compile(r"salah satu|satu-satunya|puluhan|ratusan|ribuan", re.IGNORECASE)


def decode(data: bytes) -> str:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def squash(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\xa0", " ")).strip()


def raw_text(path: Path) -> str:
    """The raw file as text a reader sees, markup and encoding removed."""
    text = decode(path.read_bytes())
    if path.suffix == ".html":
        text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text)
        text = html.unescape(re.sub(r"(?s)<[^>]+>", "\n", text))
    elif path.suffix == ".md":
        text = text.replace("**", "")
    elif path.suffix in (".json", ".jsonl"):
        recs = [json.loads(line) for line in text.splitlines() if line.strip()]
        text = "\n".join(str(v) for rec in recs for v in rec.values())
    return squash(text)


def load(gold_path: Path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    raw_path = HELDOUT / "raw" / gold["file"]
    return gold, raw_path


def spans(text: str, needle: str):
    out, i = [], text.find(needle)
    while i >= 0:
        out.append((i, i + len(needle)))
        i = text.find(needle, i + 1)
    return out


def test_set_is_complete():
    assert len(GOLD_FILES) == 10
    raws = sorted(p.name for p in (HELDOUT / "raw").iterdir())
    assert raws == sorted(json.loads(p.read_text("utf-8"))["file"] for p in GOLD_FILES)
    assert (HELDOUT / "README.md").exists()


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_matches_raw(gold_path: Path):
    gold, raw_path = load(gold_path)
    assert tuple(gold) == GOLD_FIELDS
    assert raw_path.exists()
    raw = raw_text(raw_path)
    raw_plain = squash(decode(raw_path.read_bytes()))
    paras = gold["paragraphs"]
    body = "\n".join(paras)
    assert 5 <= len(paras) <= 10
    assert len(set(paras)) == len(paras)
    assert gold["language"] in ("id", "en")
    assert gold["published_basis"] in ("stated", "inferred")
    published = gold["published"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\d(T\d\d:\d\d:\d\d[+-]\d\d:\d\d)?", published)
    assert gold["published_basis"] == "stated" or len(published) == 10
    if gold["title"] is not None:
        assert squash(gold["title"]) in raw

    for p in paras:
        assert squash(p) in raw, f"paragraph not in raw: {p[:60]}"

    assert 5 <= len(gold["must_not_contain"]) <= 8
    for junk in gold["must_not_contain"]:
        assert junk.lower() in raw_plain.lower(), f"boilerplate not in raw: {junk!r}"
        assert junk.lower() not in body.lower(), f"boilerplate in gold body: {junk!r}"

    for s in gold["sources"]:
        assert s in body, f"source not cited in body: {s!r}"

    for q in gold["quotes"]:
        assert q["text"] in body, f"quote not in body: {q['text'][:60]}"
        assert q["speaker"]
        for name in q["speaker"]:
            assert name.split()[-1] in body or name in raw, name
    for o in gold["optional_quotes"]:
        assert o in body

    # figures: every text is in the body, as often as it is labelled
    covered = [False] * len(body)
    by_text: dict[str, list[dict]] = {}
    for f in gold["figures"]:
        assert f.get("qualifier") in QUALIFIERS
        assert isinstance(f["value"], int | float)
        by_text.setdefault(f["text"], []).append(f)
    for text, figs in by_text.items():
        quals = [f.get("qualifier") for f in figs]
        needed = len(figs) - min(quals.count("at_least"), quals.count("at_most"))
        if re.search(r"\d\s*[-–]\s*\d", text):  # a range gives two figures on one span
            assert quals.count("at_least") == quals.count("at_most") >= 1, text
        found = spans(body, text)
        assert len(found) >= needed, f"figure text {text!r} found {len(found)}x, labelled {needed}x"
        for s, e in found:
            covered[s:e] = [True] * (e - s)

    # ...and every number in the body is either a figure or a non-figure (date, year, name)
    for pat in NOT_FIGURE:
        for m in re.finditer(pat, body, re.IGNORECASE):
            covered[m.start() : m.end()] = [True] * (m.end() - m.start())
    for m in VAGUE.finditer(body):
        covered[m.start() : m.end()] = [True] * (m.end() - m.start())
    for rx in (NUMBER, NUMBER_WORDS):
        for m in rx.finditer(body):
            assert all(covered[m.start() : m.end()]), (
                f"unlabelled number {m.group()!r}: …{body[max(0, m.start() - 30) : m.end() + 30]}…"
            )

    # dates: exactly the absolute dates written in the body
    year = int(published[:4])
    found_dates = set()
    for m in re.finditer(r"\((\d{1,2})/(\d{1,2})(?:/(\d{4}))?\)", body):
        found_dates.add(dt.date(int(m[3] or year), int(m[2]), int(m[1])).isoformat())
    id_day = r"\b(\d{1,2}) (" + MONTHS_ID.replace(" ", "|") + r")\b(?! \d{4})"
    for m in re.finditer(id_day, body, re.IGNORECASE):
        found_dates.add(dt.date(year, MONTH_NO[m[2].lower()], int(m[1])).isoformat())
    for m in re.finditer(r"\b(" + MONTHS_EN.title().replace(" ", "|") + r") (\d{1,2})\b", body):
        found_dates.add(dt.date(year, MONTH_NO[m[1].lower()], int(m[2])).isoformat())
    assert len(set(gold["dates"])) == len(gold["dates"])
    assert set(gold["dates"]) == found_dates
