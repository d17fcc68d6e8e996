"""Property tests: on any text, extraction never raises and every span is honest."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kzreader.extract import extract_facts, infer_published

PIECES = st.sampled_from([
    "“", "”", '"', "(", ")", "/", "-", ",", ".", ":", "\n", " ", "2.500", "1,5", "20-30",
    "16/1", "11/1/2022", "Minggu", "Januari", "Jan.", "kata", "ujarnya", "Tokayev",
    "Presiden", "sang presiden", "dikutip dari", "Reuters", "sekitar", "lebih dari", "dua",
    "puluh", "orang", "tewas", "Rp", "juta", "kemarin", "pekan lalu", "said", "he",
    "Kementerian", "menurut", "2022", "dia berkata:", "%", "salah satu", "COVID-19",
])  # fmt: skip
TEXTS = st.one_of(st.text(max_size=300), st.lists(PIECES, max_size=60).map("".join))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS, st.sampled_from([None, "2022-01-17", "2022-01-17T06:21:00+07:00", "bogus"]),
       st.sampled_from(["id", "en"]))  # fmt: skip
def test_facts_point_into_the_text(text, published, language):
    facts = extract_facts(text, published=published, language=language)
    assert list(facts) == sorted(facts, key=lambda f: (f.start, f.end))
    for fact in facts:
        assert 0 <= fact.start <= fact.end <= len(text)
        assert text[fact.start : fact.end] == fact.text


@given(TEXTS)
def test_infer_published_is_iso_or_none(text):
    value = infer_published(text)
    assert value is None or (len(value) == 10 and value[4] == "-" and value[7] == "-")
