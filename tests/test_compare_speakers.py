"""Who is quoted, how often, by which outlets; names merged across articles."""

from __future__ import annotations

from kzreader.compare.speakers import group_speakers, name_key
from kzreader.model import Article, Quote


def quoted(aid: str, outlet: str, *quotes: tuple[str, str | None]) -> Article:
    """An article whose text is the quotes, each given to its speaker."""
    text, facts = "", []
    for words, speaker in quotes:
        start = len(text) + 1
        text += f"“{words}” kata seseorang. "
        facts.append(Quote(start=start, end=start + len(words), text=words, speaker=speaker))
    return Article(id=aid, path=aid, outlet=outlet, text=text, facts=tuple(facts))


def test_surname_merges_into_the_full_name_across_outlets():
    index = group_speakers(
        [
            quoted("a", "KompasTV", ("Misi utama sudah selesai", "Kassym-Jomart Tokayev")),
            quoted("b", "IDN Times", ("Ini bukan Rusia", "Tokayev"), ("Tidak benar", "Tokayev")),
            quoted("c", "SinPo.id", ("Kita menyaksikan agresi", "Vladimir Putin")),
        ]
    )
    top = index.speakers[0]
    assert top.name == "Kassym-Jomart Tokayev"
    assert top.aliases == ("Tokayev",)
    assert top.count == 3
    assert top.by_outlet == {"IDN Times": 2, "KompasTV": 1}
    assert [s.name for s in index.speakers] == ["Kassym-Jomart Tokayev", "Vladimir Putin"]


def test_quotes_keep_their_article_and_offsets():
    art = quoted("a", "RMOL", ("Kami tidak berjanji apa-apa", "Mukhtar Tileuberdi"))
    (speaker,) = group_speakers([art]).speakers
    (q,) = speaker.quotes
    assert q.article.id == "a" and art.text[q.start : q.end] == q.text


def test_a_surname_shared_by_two_people_stays_apart():
    index = group_speakers(
        [
            quoted("a", "X", ("satu", "Vladimir Putin")),
            quoted("b", "Y", ("dua", "Lyudmila Putin")),
            quoted("c", "Z", ("tiga", "Putin")),
        ]
    )
    assert sorted(s.name for s in index.speakers) == ["Lyudmila Putin", "Putin", "Vladimir Putin"]


def test_titles_spelling_and_abbreviations_are_normalised():
    assert name_key("Presiden Kassym-Jomart Tokayev") == name_key("kassym jomart TOKAYEV")
    assert name_key("Kemenlu Kazakhstan") == name_key("Kementerian Luar Negeri Kazakhstan")
    assert name_key("Sergéy Andreev") == ("sergey", "andreev")


def test_a_body_does_not_swallow_the_country_it_names():
    index = group_speakers(
        [
            quoted("a", "IDN Times", ("Karangan fiksi", "Kementerian Luar Negeri Kazakhstan")),
            quoted("b", "Tempo", ("Bantahan", "Kemenlu Kazakhstan")),
            quoted("c", "Tempo", ("Lain", "Kazakhstan")),
        ]
    )
    names = {s.name: s.count for s in index.speakers}
    assert names == {"Kementerian Luar Negeri Kazakhstan": 2, "Kazakhstan": 1}


def test_quotes_without_speaker_are_kept_apart():
    index = group_speakers([quoted("a", "RMOL", ("Siapa yang bilang", None), ("Saya", "Putin"))])
    assert [q.text for q in index.unattributed] == ["Siapa yang bilang"]
    assert [s.name for s in index.speakers] == ["Putin"]
