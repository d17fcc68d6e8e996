"""Layout classes seen on outlets we had no profile for: each rule on a snippet of its own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kzreader.ingest import RawDoc, read_documents, read_parts
from kzreader.ingest.outlets import outlet_table

P1 = "Pasukan penjaga perdamaian CSTO akan meninggalkan Kazakhstan dua hari ke depan, kata Tokayev."
P2 = "Tokayev menyebut proses penarikan pasukan tidak akan sampai melebihi 10 hari ke depan."
P3 = "Sekitar 2.500 pasukan CSTO diterjunkan ke Kazakhstan untuk memulihkan ketertiban umum."
EN1 = "Russia sent paratroopers into Kazakhstan on Thursday to help quell a countrywide uprising."
EN2 = "The troops were deployed by the Collective Security Treaty Organization, officials said."
TITLE = "Pasukan CSTO Mulai Ditarik dari Kazakhstan Pekan Ini"


def parse(*lines: str, **fields: str):
    return read_parts(RawDoc(path="x.txt", text="\n".join(lines), fields=dict(fields), fmt="text"))


# --- authors ---------------------------------------------------------------------------------


def test_role_words_and_outlet_in_a_laporan_byline_are_not_authors() -> None:
    parts = parse(TITLE, "Laporan Wartawan Kontan.co.id, Dimas Prasetyo", "", P1, P2)
    assert parts.authors == ["Dimas Prasetyo"]
    assert parts.outlet == "Kontan"
    parts = parse(TITLE, "Laporan Koresponden Gatra Arif Wibowo", "", P1, P2)
    assert parts.authors == ["Arif Wibowo"]


def test_outlet_names_dropped_from_author_fields() -> None:
    assert parse(P1, P2, author="Rudi Hartono, Sindonews").authors == ["Rudi Hartono"]
    assert parse(EN1, EN2, author="Reuters staff").authors == []
    parts = parse(P1, P2, author="Maya Sari; Katadata.co.id")
    assert (parts.authors, parts.outlet) == (["Maya Sari"], "Katadata")


def test_name_beside_a_date_is_the_byline() -> None:
    parts = parse(TITLE, "Rizky Pratama | Selasa, 11 Januari 2022, 09:30 WIB", P1, P2)
    assert parts.authors == ["Rizky Pratama"]
    assert parts.published == "2022-01-11T09:30:00+07:00"
    # a site or section beside the date is not a person
    assert parse(TITLE, "Berita Dunia | Selasa, 11 Januari 2022", P1, P2).authors == []
    assert parse(TITLE, "Jakarta Globe | Jan 11, 2022", EN1, EN2).authors == []


def test_english_byline_drops_desks_and_services() -> None:
    parts = parse("Kazakh Protesters Defy Curfew", "By Dana Bekova and Eurasianet's Almaty Bureau",
                  EN1, EN2)  # fmt: skip
    assert parts.authors == ["Dana Bekova"] and parts.outlet == "Eurasianet"
    assert parse("Kazakh Protesters Defy Curfew", "By Tom Ellis and Reuters staff",
                 EN1, EN2).authors == ["Tom Ellis"]  # fmt: skip


@pytest.mark.parametrize(
    ("byline", "authors", "outlet"),
    [("Dinda Maharani, CNBC Indonesia", ["Dinda Maharani"], "CNBC Indonesia"),
     ("Yoga Pratama & Laras Widya, Bisnis.com", ["Yoga Pratama", "Laras Widya"], "Bisnis.com"),
     ("Rahmi Aulia, Tim Riset Katadata", ["Rahmi Aulia"], "Katadata"),
     ("FIKRI HAKIM, KOMPAS.TV", ["Fikri Hakim"], "KompasTV")],
)  # fmt: skip
def test_person_comma_outlet_byline_under_the_headline(
    byline: str, authors: list[str], outlet: str
) -> None:
    """`Name, Outlet` under the headline is the byline: not the title, and no body lost."""
    parts = parse("Ekonomi", byline, "12 January 2022 09:40", TITLE, "", P1, "", P2, "", P3)
    assert (parts.title, parts.authors, parts.outlet) == (TITLE, authors, outlet)
    assert parts.text.split("\n") == [P1, P2, P3]


def test_place_comma_outlet_is_not_a_byline() -> None:
    for line in ("Jakarta, CNBC Indonesia", "Almaty, Kazakhstan", "Rahmi Aulia, Kazakhstan"):
        assert parse(TITLE, line, "", P1, P2).authors == [], line


# --- outlets ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("Radio Free Europe/Radio Liberty", "RFE/RL"), ("rferl.org", "RFE/RL"),
        ("AL JAZEERA", "Al Jazeera"), ("Jakarta Globe", "Jakarta Globe"),
        ("TRIBUNNEWS.COM", "Tribunnews"), ("Interfax-Kazakhstan", "Interfax"),
        ("https://www.bbc.com/indonesia/dunia-59912345", "BBC News Indonesia"),
        ("https://www.bbc.com/news/world-asia-59", "BBC"), ("VOA Indonesia", "VOA Indonesia"),
        ("Voice of America", "VOA"), ("tvOneNews", "tvOne"),
        ("Pikiran-Rakyat.com", "Pikiran Rakyat"),
        ("Beritasatu.com", "Beritasatu"), ("The Diplomat", "The Diplomat"), ("TASS", "TASS"),
    ],
)  # fmt: skip
def test_outlet_table_knows_english_and_indonesian_media(alias: str, name: str) -> None:
    found = outlet_table().lookup(alias)
    assert found is not None and found.name == name


def test_copyright_footer_names_the_outlet() -> None:
    assert parse("ALMATY -- " + EN1, EN2, "Copyright (c) 2022. RFE/RL, Inc.").outlet == "RFE/RL"
    assert parse(EN1, EN2, "© 2022 The Diplomat. All rights reserved.").outlet == "The Diplomat"


def test_agency_source_trailer_with_generic_agencies() -> None:
    parts = parse("Kazakh Protesters Defy Curfew", EN1, EN2, "SOURCE: AL JAZEERA AND NEWS AGENCIES")
    assert parts.outlet == "Al Jazeera" and parts.text.split("\n") == [EN1, EN2]
    assert "News Agencies" not in parts.sources


def test_first_appeared_line_names_the_outlet_and_the_site_is_via() -> None:
    origin = "Artikel ini telah tayang di Kontan.co.id dengan judul Pasukan Ditarik"
    parts = parse("JAKARTAGLOBE.ID - " + P1, P2, origin)
    assert (parts.outlet, parts.via) == ("Kontan", "Jakarta Globe")
    assert parts.text.split("\n") == ["JAKARTAGLOBE.ID - " + P1, P2]
    same = parse(
        "TRIBUNNEWS.COM, JAKARTA - " + P1, P2, "Artikel ini telah tayang di Tribunnews.com"
    )
    assert (same.outlet, same.via, same.dateline) == ("Tribunnews", None, "Jakarta")


def test_record_site_and_page_site_name() -> None:
    assert parse(P1, P2, outlet="Okezone").outlet == "Okezone"
    assert parse(EN1, EN2, hostname="www.aljazeera.com").outlet == "Al Jazeera"


# --- JSON records ----------------------------------------------------------------------------


def test_record_keys_are_data_and_compared_loosely(tmp_path: Path) -> None:
    record = {
        "href": "https://www.example-news.id/read/1", "Headline": TITLE,
        "pubDate": "2022-01-11T09:30:00+07:00", "authors": ["Rizky Pratama", "Suara.com"],
        "sitename": "Suara.com", "article_body": "\n\n".join([P1, P2, P3 + " (nvc/imk)"]),
    }  # fmt: skip
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    parts = read_parts(read_documents(path)[0])
    assert (parts.title, parts.outlet, parts.authors) == (TITLE, "Suara.com", ["Rizky Pratama"])
    assert parts.published == "2022-01-11T09:30:00+07:00"
    assert parts.text.split("\n") == [P1, P2, P3]


def test_record_source_is_outlet_unless_it_is_a_link(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    recs = [
        {"content": P1 + "\n" + P2, "source": "Merdeka.com", "time": "2022-01-09 10:00"},
        {"body": P1 + "\n" + P3, "source": "https://www.jpnn.com/news/x", "byline": "A Budi"},
    ]
    path.write_text(json.dumps(recs), encoding="utf-8")
    first, second = (read_parts(d) for d in read_documents(path))
    assert first.outlet == "Merdeka.com" and first.published == "2022-01-09T10:00:00+07:00"
    assert second.outlet == "JPNN"


# --- trailers and pagination -----------------------------------------------------------------


@pytest.mark.parametrize("trailer", ["[pan]", "(wdy)", "(nvc/imk)", "(isa/bac)", "(ant)", "[rah]"])
def test_editor_initials_stripped_from_the_last_paragraph(trailer: str) -> None:
    short = "Pasukan terakhir dijadwalkan pulang Kamis."
    assert parse(TITLE, P1, P2, short + " " + trailer).text.split("\n") == [P1, P2, short]
    assert parse(TITLE, P1, P2, short + trailer).text.split("\n") == [P1, P2, short]
    assert parse(TITLE, P1, P2, trailer, "Tag: Kazakhstan").text.split("\n") == [P1, P2]


def test_trailer_ends_the_body_but_real_parentheses_stay() -> None:
    csto = "Tokayev meminta bantuan Organisasi Perjanjian Keamanan Kolektif (CSTO)"
    words = "Kata itu diucapkan dalam bahasa Kazakh (kata dia)."
    got = parse(TITLE, P1, csto, words, P2 + " (wdy)", "Sebuah judul berita lain yang dipromosikan")
    assert got.text.split("\n") == [P1, csto, words, P2]


@pytest.mark.parametrize(
    "junk", ["1 2 Selanjutnya", "Sebelumnya 1 2", "Halaman 2", "Halaman selanjutnya", "Next page",
             "Sebelumnya 1 2 3 Selanjutnya", "Page 2 of 3", "« 1 2 »"],
)  # fmt: skip
def test_pagination_lines_are_junk(junk: str) -> None:
    assert parse(TITLE, P1, junk, P2, P3).text.split("\n") == [P1, P2, P3]


@pytest.mark.parametrize(
    "lead_in", ["Saksikan video di bawah ini:", "Simak juga video pilihan berikut:",
                "Tonton Video: Antrean Panjang di Perbatasan", "Watch the video below:"],
)  # fmt: skip
def test_a_video_lead_in_mid_body_does_not_end_the_body(lead_in: str) -> None:
    """The lead-in, the embed and the video's own title under it go; the body goes on."""
    got = parse(TITLE, P1, "", lead_in, "[Gambas:Video CNBC]", "Video: Antrean Truk di Khorgos",
                "", P2, P3)  # fmt: skip
    assert got.text.split("\n") == [P1, P2, P3]
    # at the end of the body, the video title under it is no paragraph either
    assert parse(TITLE, P1, P2, lead_in, "", "Antrean Truk di Khorgos").text.split("\n") == [P1, P2]


# --- markdown --------------------------------------------------------------------------------


def test_markdown_article(tmp_path: Path) -> None:
    md = "\n".join([
        "# Pasukan CSTO Mulai Ditarik dari Kazakhstan", "",
        "*Oleh Sari Lestari | 12 Januari 2022*", "",
        "**ALMATY —** " + P1, "",
        "![Tentara di Almaty pada 7 Januari 2022](https://example.com/foto.jpg)", "",
        "[Baca juga: Tokayev Tunjuk Perdana Menteri Baru](https://example.com/baca)", "",
        "Menurut [Kementerian Pertahanan](https://example.com/kemhan), " + P2[0].lower() + P2[1:],
        "", "_" + P3 + "_",
    ])  # fmt: skip
    path = tmp_path / "a.md"
    path.write_text(md, encoding="utf-8")
    parts = read_parts(read_documents(path)[0])
    assert parts.title == "Pasukan CSTO Mulai Ditarik dari Kazakhstan"
    assert parts.authors == ["Sari Lestari"] and parts.published == "2022-01-12"
    assert parts.text.split("\n") == [
        "ALMATY — " + P1, "Menurut Kementerian Pertahanan, " + P2[0].lower() + P2[1:], P3
    ]  # fmt: skip
    assert parts.dateline == "Almaty" and "*" not in parts.text and "](" not in parts.text


# --- datelines -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "place"),
    [("ALMATY — ", "Almaty"), ("ALMATY – ", "Almaty"), ("ALMATY, Kazakhstan (AP) — ", "Almaty"),
     ("NUR-SULTAN, Jan 8 (Reuters) - ", "Nur-Sultan"),
     ("NUR-SULTAN, Jan 8 (Reuters) – ", "Nur-Sultan")],
)  # fmt: skip
def test_dash_datelines_open_the_body_after_a_standfirst(lead: str, place: str) -> None:
    standfirst = "Authorities say order has been restored after a week of unrest in the country."
    parts = parse("Kazakh Protesters Defy Curfew", standfirst, lead + EN1, EN2)
    assert parts.text.split("\n") == [lead + EN1, EN2]
    assert parts.dateline == place


# --- hard-wrapped plain text ---------------------------------------------------------------

WRAPPED = """The regional governor resigned on Tuesday after a week of protests over
water tariffs, which had doubled since the start of the year in most of
the districts along the river.

Residents said the new tariffs had been introduced without any warning
and that many households could no longer pay their bills.

Advertisement

"We are not against reform, but people cannot pay twice as much for the
same water," a 52-year-old teacher said.

The demands were:
- lower tariffs for pensioners and large families in every district now
- a public audit of the utility company's accounts for the last decade

Officials promised a review within 30 days and said the tariffs would be
frozen until then, according to a statement from the regional office."""


def test_hard_wrapped_paragraphs_are_joined() -> None:
    text = parse(WRAPPED).text.split("\n")
    assert text[0].startswith("The regional governor resigned on Tuesday after a week of protests")
    assert text[0].endswith("along the river.")
    assert "people cannot pay twice as much for the same water" in text[2]
    assert text[3:6] == [
        "The demands were:",
        "lower tariffs for pensioners and large families in every district now",
        "a public audit of the utility company's accounts for the last decade",
    ]
    assert len(text) == 7 and "Advertisement" not in text


def test_one_paragraph_a_line_text_is_not_unwrapped() -> None:
    from kzreader.ingest.unwrap import unwrap

    short = "\n".join([TITLE, "", P1, "", P2, "", P3, "", EN1, "", EN2, "", P1.upper()])
    assert unwrap(short) == short
    dump = "\n".join([TITLE, "Reni Erina", "Senin, 17 Januari 2022", P1, P2, P3, EN1, EN2])
    assert unwrap(dump) == dump


def test_long_menu_bar_is_not_the_title() -> None:
    """A menu of many `|`-separated items above the headline is navigation, however long."""
    parts = parse("Beranda | Nasional | Dunia | Ekonomi | Olahraga | Tekno | Otomotif | Foto",
                  TITLE, "Jakarta - " + P1, P2, P3)  # fmt: skip
    assert parts.title == TITLE
