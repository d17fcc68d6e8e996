"""One class per blind12/blind13 extraction failure, each on our own invented sentences."""

from __future__ import annotations

from kzreader.extract import extract_facts
from kzreader.model import Figure, Quote


def speakers(text: str, language: str = "id") -> list[str | None]:
    facts = extract_facts(text, published="2022-03-01", language=language)
    return [f.speaker for f in facts if isinstance(f, Quote)]


def figures(text: str, language: str = "en") -> list[tuple[str, float]]:
    facts = extract_facts(text, published="2022-03-01", language=language)
    return [(f.text, f.value) for f in facts if isinstance(f, Figure)]


def test_number_in_a_channel_name_before_a_reporting_verb_is_no_figure():
    text = "The regional channel Aktobe 12 said the flood had cut off 40 villages."
    assert figures(text) == [("40 villages", 40)]
    assert figures("Officials said 40 people were moved and 12 said they would stay.") == [
        ("40 people", 40), ("12", 12),
    ]
