"""Self-consistency of the sets written blind (tests/blind3 … tests/blind9; see each README).

The heldout set's checks (tests/test_heldout_set.py), minus the ones tied to that
set's size and number style: every labelled paragraph, title, figure, quote and
boilerplate string is really in the raw file, and the labels keep the gold format.
They never run the parser.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.scoring import GOLD_FIELDS, QUALIFIERS
from tests.test_heldout_set import decode, spans, squash

TESTS = Path(__file__).resolve().parent
SETS = {
    "blind3": 12, "blind4": 11, "blind5": 10, "blind6": 10, "blind7": 10, "blind8": 8,
    "blind9": 6, "blind10": 5, "blind11": 8,
}  # fmt: skip
"""Each blind set and how many articles it has."""

GOLD_FILES = [
    (name, path) for name in SETS for path in sorted((TESTS / name / "gold").glob("*.json"))
]


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    items = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
    return [s for v in items for s in _strings(v)]


def _html_text(text: str) -> str:
    parser = _Text()
    parser.feed(text)
    parser.close()
    return "".join(parser.parts)


def _records(text: str) -> list[object]:
    """The records of a JSON Lines file, skipping malformed lines (the sets include some)."""
    records = []
    for line in text.splitlines():
        try:
            records.append(json.loads(line))
        except ValueError:
            continue
    return records


def raw_text(path: Path) -> str:
    """The raw file as a reader sees it: markup dropped and entities resolved (a saved page,
    the HTML inside a JSON record), Markdown links as their text, quote and footnote marks
    gone, `**bold**` marks off, a JSON record's string values one after another."""
    text = decode(path.read_bytes())
    if path.suffix in (".html", ".htm"):
        text = _html_text(text)
    elif path.suffix == ".md":
        text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
        text = re.sub(r"(?m)^>\s?", "", re.sub(r"\[\^\d+\]", "", text))
        text = re.sub(r"\*\*(\S(?:[^*]*\S)?)\*\*", r"\1", text)  # `**Jakarta, CNN Indonesia**`
    elif path.suffix == ".json":
        text = _html_text("\n".join(_strings(json.loads(text))))
    elif path.suffix == ".jsonl":
        text = _html_text("\n".join(_strings(_records(text))))
    return squash(text)


@pytest.mark.parametrize("name", SETS)
def test_set_is_complete(name: str) -> None:
    folder = TESTS / name
    golds = [p for n, p in GOLD_FILES if n == name]
    assert len(golds) == SETS[name]
    raws = sorted(p.name for p in (folder / "raw").iterdir())
    assert raws == sorted(json.loads(p.read_text("utf-8"))["file"] for p in golds)
    assert (folder / "README.md").read_text("utf-8").startswith("> **Status:")
    assert (folder / "first_run.txt").is_file()


@pytest.mark.parametrize(("name", "gold_path"), GOLD_FILES, ids=lambda v: getattr(v, "stem", v))
def test_gold_matches_raw(name: str, gold_path: Path) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    raw_path = TESTS / name / "raw" / gold["file"]
    assert set(gold) - {"date_mentions"} == set(GOLD_FIELDS)
    raw = raw_text(raw_path)
    raw_plain = squash(decode(raw_path.read_bytes()))
    paras = gold["paragraphs"]
    body = "\n".join(paras)
    assert len(set(paras)) == len(paras)
    assert gold["language"] in ("id", "en")
    published = gold["published"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\d(T\d\d:\d\d:\d\d[+-]\d\d:\d\d)?", published)
    assert gold["published_basis"] == "stated" or len(published) == 10
    if gold["title"] is not None:
        title = squash(gold["title"]).casefold()  # case is irrelevant to the grader
        assert title in raw.casefold() or title in raw_plain.casefold()
    for p in paras:
        assert squash(p) in raw, f"paragraph not in raw: {p[:60]}"
    for junk in gold["must_not_contain"]:
        key = squash(junk).lower()  # `Share  |`: the raw file's spacing, squashed as raw is
        assert key in raw_plain.lower() or key in raw.lower(), f"boilerplate not in raw: {junk!r}"
        assert junk.lower() not in body.lower(), f"boilerplate in gold body: {junk!r}"
    for q in gold["quotes"]:
        assert q["text"] in body, f"quote not in body: {q['text'][:60]}"
        assert q["speaker"]
    for o in gold["optional_quotes"]:
        assert o in body
    for d in gold.get("date_mentions", ()):  # blind11 lists each date as written, too
        assert d["text"] in body, f"date text not in body: {d['text']!r}"
        assert d["value"] in gold["dates"]
    for f in gold["figures"]:
        assert f.get("qualifier") in QUALIFIERS
        assert isinstance(f["value"], int | float)
        assert spans(body, f["text"]), f"figure text not in body: {f['text']!r}"
