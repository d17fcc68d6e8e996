"""Reading Indonesian and English numbers."""

import pytest

from kzreader.extract.numbers import number_value, parse_number_words, parse_numeral


@pytest.mark.parametrize(
    ("written", "language", "value"),
    [
        ("2.500", "id", 2500), ("1,5", "id", 1.5), ("1.234,5", "id", 1234.5),
        ("2,500", "en", 2500), ("1.5", "en", 1.5), ("1,234,567", "en", 1234567),
        ("2,500", "id", 2500), ("160", "id", 160),
    ],
)  # fmt: skip
def test_numerals_follow_the_language_separators(written, language, value):
    assert parse_numeral(written, language=language) == value


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("enam", 6), ("dua puluh lima", 25), ("seratus", 100), ("seribu", 1000),
        ("tiga belas", 13), ("seratus dua puluh", 120), ("dua ribu lima ratus", 2500),
        ("twenty-five", 25), ("two hundred and fifty", 250), ("eighteen", 18),
    ],
)  # fmt: skip
def test_number_words(words, value):
    assert parse_number_words(words) == value


def test_non_number_words_are_rejected():
    assert parse_number_words("ratusan") is None
    assert parse_number_words("dua orang") is None


def test_scale_words_multiply():
    assert number_value("1,5", scale="juta") == 1_500_000
    assert number_value("1,2", scale="triliun") == 1_200_000_000_000
    assert number_value("8", scale="ribu") == 8000
    assert number_value("1.5", language="en", scale="million") == 1_500_000


def test_malformed_mixed_separators_do_not_raise() -> None:
    """Found by hypothesis: `0.0,0.0` mixes both marks and repeats the decimal one."""
    assert parse_numeral("0.0,0.0") == 0
    assert parse_numeral("1.2,3.4") == 123.4
