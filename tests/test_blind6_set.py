"""Self-consistency of the blind6 labelled set in tests/blind6/ (see its README).

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

BLIND6 = Path(__file__).resolve().parent / "blind6"
GOLD_FILES = sorted((BLIND6 / "gold").glob("*.json"))


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


def raw_text(path: Path) -> str:
    """The raw file as a reader sees it: markup dropped and entities resolved (a saved page,
    and the HTML inside an API record's `content`), a JSON record's string values one after
    another."""
    text = decode(path.read_bytes())
    if path.suffix in (".html", ".htm"):
        text = _html_text(text)
    elif path.suffix == ".json":
        text = _html_text("\n".join(_strings(json.loads(text))))
    elif path.suffix == ".jsonl":
        records = [json.loads(line) for line in text.splitlines() if line.strip()]
        text = "\n".join(_strings(records))
    return squash(text)


def test_set_is_complete():
    assert len(GOLD_FILES) == 10
    raws = sorted(p.name for p in (BLIND6 / "raw").iterdir())
    assert raws == sorted(json.loads(p.read_text("utf-8"))["file"] for p in GOLD_FILES)
    assert (BLIND6 / "README.md").read_text("utf-8").startswith("> **Status: labelled set")


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_matches_raw(gold_path: Path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    raw_path = BLIND6 / "raw" / gold["file"]
    assert set(gold) == set(GOLD_FIELDS)
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
        assert squash(gold["title"]) in raw
    for p in paras:
        assert squash(p) in raw, f"paragraph not in raw: {p[:60]}"
    for junk in gold["must_not_contain"]:
        key = squash(junk).lower()  # `Share  |`: the raw file's spacing, squashed as raw is
        seen = key in raw_plain.lower() or key in raw.lower()
        assert seen, f"boilerplate not in raw: {junk!r}"
        assert junk.lower() not in body.lower(), f"boilerplate in gold body: {junk!r}"
    for q in gold["quotes"]:
        assert q["text"] in body, f"quote not in body: {q['text'][:60]}"
        assert q["speaker"]
    for o in gold["optional_quotes"]:
        assert o in body
    for f in gold["figures"]:
        assert f.get("qualifier") in QUALIFIERS
        assert isinstance(f["value"], int | float)
        assert spans(body, f["text"]), f"figure text not in body: {f['text']!r}"
