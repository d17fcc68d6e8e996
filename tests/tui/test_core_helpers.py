"""The reader's headless helpers: index, wrapping, safe text, dates, config, outline."""

from __future__ import annotations

import itertools
from pathlib import Path

from kzreader.tui.citation import quote_with_citation
from kzreader.tui.dates import published_label, wib
from kzreader.tui.facts_outline import outline
from kzreader.tui.keys import DEFAULT_KEYS, load_settings
from kzreader.tui.library_index import GroupHeader, LibraryIndex, LibraryQuery
from kzreader.tui.safe_text import displayable
from kzreader.tui.wrap import wrap_offsets
from tests.tui.fixtures import HOSTILE, corpus_articles


def titles(index: LibraryIndex, query: LibraryQuery) -> list[str]:
    return [index.articles[r].title or "" for r in index.select(query) if isinstance(r, int)]


def test_library_sorts_by_wib_date_by_default_and_by_outlet_on_request() -> None:
    index = LibraryIndex(corpus_articles())
    by_date = [index.dates[r] for r in index.select(LibraryQuery()) if isinstance(r, int)]
    assert by_date == sorted(by_date)
    # IDN Times published 09:30 WITA (+08:00) is 08:30 WIB
    assert "2022-01-07 08:30" in by_date
    outlets = [index.articles[r].outlet for r in index.select(LibraryQuery(sort="outlet"))]
    assert outlets == sorted(outlets, key=lambda o: (o or "").lower())


def test_grouping_puts_a_header_before_each_outlet_with_its_count() -> None:
    index = LibraryIndex(corpus_articles())
    rows = index.select(LibraryQuery(group=True))
    headers = [r for r in rows if isinstance(r, GroupHeader)]
    assert [h.outlet for h in headers] == [
        "Dimensy.id", "IDN Times", "KompasTV", "RMOL", "SinPo.id"
    ]
    assert next(h for h in headers if h.outlet == "RMOL").count == 2
    assert isinstance(rows[0], GroupHeader) and len(rows) == 6 + len(headers)


def test_search_matches_title_text_and_speaker_with_all_words() -> None:
    index = LibraryIndex(corpus_articles())
    assert titles(index, LibraryQuery(search="kassym-jomart")) == [
        "Tokayev: Misi CSTO di Kazakhstan Selesai, Pasukan Mulai Ditarik"
    ]
    assert len(titles(index, LibraryQuery(search="valentina matvienko"))) == 1
    assert len(titles(index, LibraryQuery(search="kazakhstan"))) >= 4
    assert titles(index, LibraryQuery(search="kazakhstan zhanaozen")) == [
        "Kronologi Protes Kazakhstan: Dari Harga Gas ke Kerusuhan"
    ]
    assert titles(index, LibraryQuery(search="tidak ada kata ini")) == []


def test_narrowing_search_gives_the_same_hits_as_a_fresh_one() -> None:
    index = LibraryIndex(corpus_articles())
    for prefix in ("p", "pa", "pas", "pasu", "pasukan"):
        narrowed = index.search(prefix)
    assert narrowed == LibraryIndex(corpus_articles()).search("pasukan")
    assert index.search("") == list(range(6))


def test_search_over_the_joined_text_matches_a_plain_scan_and_selections_are_reused() -> None:
    index = LibraryIndex(corpus_articles())
    hay = index.haystacks()
    assert len(hay) == 6 and all(h == h.lower() and "\0" not in h for h in hay)
    for query in ("a", "kazakhstan", "tokayev pasukan", "harga gas", "selesai. sekitar", "\0",
                  "zzz"):
        words = query.split()
        assert index.search(query) == [i for i, h in enumerate(hay) if all(w in h for w in words)]
    q = LibraryQuery(search="kazakhstan", group=True)
    rows = index.select(q)
    assert index.select(q) is rows  # cached per query
    fresh = LibraryIndex(corpus_articles())
    assert fresh.summary(list(fresh.select(q))) == index.summary(rows) == index.summary(rows)


def test_outlet_and_date_range_filters_combine() -> None:
    index = LibraryIndex(corpus_articles())
    rmol = titles(index, LibraryQuery(outlets=frozenset({"RMOL"})))
    assert len(rmol) == 2
    january_mid = LibraryQuery(date_from="2022-01-13", date_to="2022-01-16")
    assert {index.articles[r].outlet for r in index.select(january_mid)} == {"KompasTV", "SinPo.id"}
    both = LibraryQuery(outlets=frozenset({"RMOL"}), date_from="2022-01-10")
    assert len(titles(index, both)) == 1
    assert index.summary(index.select(both)).startswith("1 of 6 article · 1 outlets")


def test_wrap_offsets_tile_the_paragraph_and_respect_the_width() -> None:
    para = "Sekitar 2.500 pasukan tiba di Almaty. " * 5 + "x" * 45
    for width in (7, 20, 33, 80):
        lines = wrap_offsets(para, width)
        assert lines[0][0] == 0 and lines[-1][1] == len(para)
        assert all(a[1] == b[0] for a, b in itertools.pairwise(lines))
        assert all(len(para[s:e].rstrip()) <= width for s, e in lines)


def test_displayable_replaces_every_control_character_and_keeps_offsets() -> None:
    shown = displayable(HOSTILE)
    assert len(shown) == len(HOSTILE)
    assert not any(ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F for c in shown)
    assert "␛[31m" in shown and "[/b]" in shown and "[link=https://x]" in shown
    assert displayable("a\nb") == "a\nb"


def test_wib_converts_offsets_and_keeps_dates() -> None:
    assert wib("2022-01-07T09:30:00+08:00") == "2022-01-07 08:30"
    assert wib("2022-01-17T06:21:00+07:00") == "2022-01-17 06:21"
    assert wib("2022-01-11") == "2022-01-11"
    assert wib(None) == ""
    assert published_label("2022-01-16", "inferred") == "2022-01-16 (inferred from the body)"


def test_config_overrides_keys_and_reports_mistakes(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('theme = "textual-light"\n[keys]\n"reader.copy" = "c"\n"nope.x" = "z"\n')
    settings = load_settings(config)
    assert settings.keymap == {"reader.copy": "c"}
    assert settings.theme == "textual-light"
    assert any("nope.x" in p for p in settings.problems)
    config.write_text("[keys\n")
    broken = load_settings(config)
    assert broken.keymap == {} and len(broken.problems) == 1
    assert load_settings(tmp_path / "absent.toml").problems == ()


def test_every_default_binding_has_a_description_and_keys() -> None:
    assert all(spec.keys and spec.description for spec in DEFAULT_KEYS.values())
    assert {"library.search", "reader.copy", "reader.raw", "app.help"} <= set(DEFAULT_KEYS)


def test_outline_groups_quotes_by_speaker_and_orders_dates() -> None:
    article = corpus_articles()[0]
    entries = outline(article)
    kinds = [e.kind for e in entries]
    assert kinds.count("heading") == 5
    speaker = next(e for e in entries if e.kind == "speaker")
    assert speaker.label == "Valentina Matvienko (2)"
    dates = [e.label[:10] for e in entries if e.kind == "date"]
    assert dates == ["2022-01-02", "2022-01-16"]
    figures = [e for e in entries if e.kind == "figure"]
    assert figures[0].label == "≥ 225 orang" and "deaths" in figures[0].detail
    start, end = figures[0].span or (0, 0)
    assert article.text[start:end] == "Sedikitnya 225 orang"


def test_copied_text_carries_a_citation_line() -> None:
    article = corpus_articles()[0]
    copied = quote_with_citation("  Aksi protes meletus di Almaty pada 2 Januari. ", article)
    assert copied.splitlines() == [
        "Aksi protes meletus di Almaty pada 2 Januari.",
        "— RMOL, 2022-01-17 06:21 WIB, “Diplomat: Negara-negara Barat Begitu Sinis Memandang "
        "Pengerahan Pasukan CSTO”",
    ]
