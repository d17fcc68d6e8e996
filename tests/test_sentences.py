"""Sentence spans: what the reader's sentence cursor and `y` copy act on."""

from __future__ import annotations

from pathlib import Path

import pytest

from kzreader.text import split_sentences

SEEDS = Path(__file__).resolve().parents[1] / "kzreader" / "data" / "seeds"


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_plain_sentences_split_at_terminal_punctuation() -> None:
    assert sentences("Aksi protes meletus. Pasukan tiba! Apa yang terjadi? Tidak jelas…") == [
        "Aksi protes meletus.",
        "Pasukan tiba!",
        "Apa yang terjadi?",
        "Tidak jelas…",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dr. Budi tiba. Ia lalu pergi.", ["Dr. Budi tiba.", "Ia lalu pergi."]),
        ("Diatur dalam No. 5 tahun 2022. Itu sah.", ["Diatur dalam No. 5 tahun 2022.", "Itu sah."]),
        ("Pada Jan. 6 mereka tiba. Lalu pergi.", ["Pada Jan. 6 mereka tiba.", "Lalu pergi."]),
        ("Kata Jen S. Psaki. Itu saja.", ["Kata Jen S. Psaki.", "Itu saja."]),
        (
            "The U.S. State Department said so. Then left.",
            ["The U.S. State Department said so.", "Then left."],
        ),
        ("Prof. Ir. H. Ahmad hadir.", ["Prof. Ir. H. Ahmad hadir."]),
    ],
)
def test_abbreviations_and_initials_do_not_end_a_sentence(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_decimals_and_times_do_not_end_a_sentence() -> None:
    text = "Sekitar 2.500 pasukan tiba pukul 10.00 WIB. Sebanyak 1,5 juta warga terdampak."
    assert sentences(text) == [
        "Sekitar 2.500 pasukan tiba pukul 10.00 WIB.",
        "Sebanyak 1,5 juta warga terdampak.",
    ]


def test_quote_followed_by_attribution_stays_one_sentence() -> None:
    text = '"Kami siap membantu," kata Tokayev. "Jelas ini sinis?" tanya dia. Lalu selesai.'
    assert sentences(text) == [
        '"Kami siap membantu," kata Tokayev.',
        '"Jelas ini sinis?" tanya dia.',
        "Lalu selesai.",
    ]


def test_closing_quote_belongs_to_the_sentence_it_ends() -> None:
    assert sentences("Ia berkata “Kami pulang.” Pasukan pun pergi.") == [
        "Ia berkata “Kami pulang.”",
        "Pasukan pun pergi.",
    ]


def test_paragraphs_always_break_and_blank_lines_give_nothing() -> None:
    text = "Judul tanpa titik\n\n  Paragraf kedua.  Kalimat lain\nTiga"
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == [
        "Judul tanpa titik",
        "Paragraf kedua.",
        "Kalimat lain",
        "Tiga",
    ]
    assert all("\n" not in text[s:e] for s, e in spans)


def test_empty_and_whitespace_text_has_no_sentences() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n\t\n") == []


def test_spans_are_ordered_trimmed_and_cover_all_words_of_the_seeds() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        spans = split_sentences(text)
        assert spans, path.name
        prev_end = 0
        for start, end in spans:
            assert prev_end <= start < end <= len(text)
            assert text[start:end] == text[start:end].strip()
            prev_end = end
        words_in_spans = sum(len(text[s:e].split()) for s, e in spans)
        assert words_in_spans == len(text.split()), path.name
