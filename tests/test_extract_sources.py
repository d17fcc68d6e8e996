"""Cited media and agencies."""

from kzreader.extract.sources import find_sources


def names(text):
    return [s.name for s in find_sources(text)]


def test_cues_and_aliases():
    text = ("kata Matvienko, seperti dikutip dari Sputnik. kata Andreev kepada Associated Press. "
            "sebagaimana dikutip DW. Dilaporkan Eurasianet, bla. wawancara dengan Russia-24.")
    assert names(text) == ["Sputnik", "Associated Press", "DW", "Eurasianet", "Russia-24"]


def test_english_cues():
    assert names("ALMATY, Jan 6 (Reuters) - he told AP, according to Kazinform") == [
        "Reuters", "Associated Press", "Kazinform"]


def test_unknown_medium_after_a_strong_cue_only():
    assert names("dikutip dari Channel News Asia, Senin") == ["Channel News Asia"]
    assert names("kata dia kepada Presiden Putin") == []
    assert names("sumber di Kremlin") == []


def test_source_text_is_the_name_span():
    text = "dikutip dari Xinhua News, Rabu (12/1)."
    (cite,) = find_sources(text)
    assert text[cite.start : cite.end] == cite.text == "Xinhua News"
