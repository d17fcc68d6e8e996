"""Failure classes found by the blind5 set, each on an example text of its own."""

from __future__ import annotations

from pathlib import Path

from kzreader.extract import extract_facts
from kzreader.extract.figures import find_figures
from kzreader.ingest import RawDoc, read_parts
from kzreader.ingest.dates import parse_stated
from kzreader.model import Quote
from tests.parsing import parse_file

EN1 = "The river flooded three villages overnight and rescue crews were still searching on Monday."
EN2 = "Officials said the water level had fallen by the evening, though roads remained closed."
ID1 = "Banjir merendam tiga desa di tepi sungai sejak Senin malam dan warga mulai mengungsi."
ID2 = "Petugas gabungan masih mencari dua warga yang dilaporkan hilang terseret arus sungai."



def parse(*lines: str):
    return read_parts(RawDoc(path="x.txt", text="\n".join(lines), fields={}, fmt="text"))


def figures(text: str, language: str = "en") -> list[tuple[str, float | int]]:
    return [(f.text, f.value) for f in find_figures(text, language=language)]


def quotes(text: str, language: str = "en") -> list[tuple[str, str | None]]:
    facts = extract_facts(text, published="2022-03-01", language=language)
    return [(f.text, f.speaker) for f in facts if isinstance(f, Quote)]


# --- Markdown export: front matter, pipe table, footnotes, credited block quote ------------


MARKDOWN = """---
title: "Floods on the Lower Ural"
date: 2022-03-01
author: Prof. Dana Ermekova
publisher: River Basin Watch
tags: [floods, Atyrau]
---

# Floods on the Lower Ural

*Analysis | 1 March 2022 | 4 min read*

{EN1}

| District | Villages flooded |
|---|---:|
| Makhambet | 3 |
| Inder | 7 |

*Table 2. Flooded villages by district.*

{EN2}[^2]

[^2]: Regional akimat, statement of 1 March 2022.
"""


def test_markdown_front_matter_is_metadata_and_table_is_not_body(tmp_path: Path) -> None:
    parts = parse_file(tmp_path, "floods.md", MARKDOWN.format(EN1=EN1, EN2=EN2))
    assert parts.title == "Floods on the Lower Ural"
    assert parts.outlet == "River Basin Watch"
    assert parts.authors == ["Dana Ermekova"]  # the academic title is not the name
    assert parts.published == "2022-03-01"
    assert parts.dateline is None  # `Analysis | 1 March 2022` names a genre, not a place
    assert parts.text.split("\n") == [EN1, EN2]  # table, caption, footnote, marker gone


def test_front_matter_needs_key_value_lines(tmp_path: Path) -> None:
    parts = parse_file(tmp_path, "rule.md", f"---\n\n{EN1}\n\n{EN2}\n")
    assert parts.text.split("\n") == [EN1, EN2]


def test_block_quote_credited_on_the_line_below() -> None:
    text = ("“Nobody expected the dam to hold for a second week.”\n"
            "— Serik Omarov, a hydrologist in Atyrau\n" + EN2)  # fmt: skip
    assert quotes(text) == [("Nobody expected the dam to hold for a second week.", "Serik Omarov")]


# --- citizen blog: author card, widgets, disclaimer ------------------------------------------


def test_blog_author_card_and_widgets() -> None:
    parts = parse(
        "Beranda   Lingkungan", "", "Sinta Maharani", "Sinta Maharani",
        "Guru SD, suka menanam cabai dan menulis cerita tentang kampung halaman.",
        "Terverifikasi", "Ikuti", "", "Banjir Datang Lagi di Kampung Kami", "",
        "3 Maret 2022   08:10  Diperbarui: 4 Maret 2022   09:00", "   Dilihat : 95 kali", "",
        ID1, "", ID2, "",
        "Kompasiana adalah platform blog. Konten ini menjadi tanggung jawab bloger dan tidak "
        "mewakili pandangan redaksi Kompas.", "", "Beri Nilai", "Tanggapi", "Laporkan Konten",
    )  # fmt: skip
    assert parts.authors == ["Sinta Maharani"]
    assert parts.title == "Banjir Datang Lagi di Kampung Kami"
    assert parts.published is not None and parts.published.startswith("2022-03-03")
    assert parts.text.split("\n") == [ID1, ID2]


# --- wire text: dotted ISO date, separators, contributor line, number word + `who` ------------


def test_year_first_dotted_date_line() -> None:
    assert parse_stated("2022.03.01") == "2022-03-01"
    assert parse_stated("2022/03/01 14:05") == "2022-03-01T14:05:00"
    parts = parse("Floods close roads", "By Marat Iskakov", "2022.03.01", "", EN1, "", EN2)
    assert parts.published == "2022-03-01"


def test_separator_lines_and_contributor_trailer() -> None:
    parts = parse(
        "Floods close roads", "", EN1, "", "___", "", EN2, "", "=====",
        "Reuters writer Ivan Petrov in Moscow contributed to this report.",
    )  # fmt: skip
    assert parts.text.split("\n") == [EN1, EN2]


def test_number_word_before_who_is_a_count() -> None:
    assert ("two", 2) in figures("Nine people drowned, including two who tried to cross.")


# --- saved page: byline links, promos ------------------------------------------------------


def test_every_rel_author_link_is_an_author(tmp_path: Path) -> None:
    page = (
        '<!DOCTYPE html><html lang="en"><head><title>Floods</title></head><body><article>'
        '<h1>Floods close roads in Atyrau</h1><div>By <a rel="author" href="/a/1">Marat Iskakov'
        '</a> and <a rel="author" href="/a/2">Lena Sokolova</a></div>'
        f"<p>{EN1}</p><p>{EN2}</p></article></body></html>"
    )  # fmt: skip
    assert parse_file(tmp_path, "p.html", page).authors == ["Marat Iskakov", "Lena Sokolova"]


def test_newsletter_promo_goes_but_a_telegram_channel_in_the_story_stays() -> None:
    story = "The ministry later deleted the post from its Telegram channel without explanation."
    parts = parse("Floods close roads", "", EN1, "",
                  "Get the week's top stories with the Steppe Brief newsletter.", "",
                  story, "", "Join our Telegram channel for breaking news")  # fmt: skip
    assert parts.text.split("\n") == [EN1, story]


# --- one-line credits, regional outlets, elliptical lists -----------------------------------


def test_labelled_credits_on_one_line() -> None:
    credits = "Penulis: Rudi Hartono   Editor: Nia Sari"
    parts = parse("Banjir Datang Lagi", "", ID1, "", ID2, "", credits)
    assert parts.authors == ["Rudi Hartono"]


def test_regional_outlet_lead_is_no_dateline() -> None:
    parts = parse("Banjir Datang Lagi", "", f"SUARA MERDEKA - {ID1}", "", ID2)
    assert (parts.outlet, parts.dateline) == ("Suara Merdeka", None)


def test_name_number_pairs_in_a_list_are_counts() -> None:
    text = "Atyrau mengirim 40 perahu, Makhambet 12, Inder 9, sementara France 24 melaporkan."
    assert [v for _, v in figures(text, "id")] == [40, 12, 9]


# --- CMS record: figure captions; `satu periode` ---------------------------------------------


def test_cms_body_figure_caption_is_dropped(tmp_path: Path) -> None:
    record = {
        "headline": "Banjir Datang Lagi", "published_at": "2022-03-01T08:00:00+07:00",
        "body_html": f"<p>{ID1}</p><figure><img src='a.jpg'><figcaption>Warga mengungsi. "
                     f"Foto: Akimat via REUTERS</figcaption></figure><p>{ID2}</p>",
    }  # fmt: skip
    import json

    parts = parse_file(tmp_path, "r.json", json.dumps([record]))
    assert parts.text.split("\n") == [ID1, ID2]


def test_one_term_of_office_is_a_figure() -> None:
    assert ("satu periode", 1) in figures("Masa jabatan dibatasi satu periode saja.", "id")
    assert not figures("Mereka dipanggil satu per satu.", "id")


# --- Pikiran Rakyat: `*/`, asides before the verb, coordinator roles ------------------------


def test_script_comment_closer_glued_to_the_last_paragraph() -> None:
    parts = parse("Banjir Datang Lagi", "", ID1, "", ID2 + " */", "", "Sumber: Antara")
    assert parts.text.split("\n") == [ID1, ID2]


def test_institution_with_an_aside_before_the_verb_is_the_speaker() -> None:
    text = ("Kementerian Luar Negeri RI, dalam keterangan yang dikutip dari Antara, menyatakan "
            "“terus memantau situasi banjir dan menyiapkan bantuan bagi warga.”")  # fmt: skip
    assert quotes(text, "id")[0][1] == "Kementerian Luar Negeri RI"


def test_coordinator_role_then_name_after_the_comma() -> None:
    text = ("“Semua warga sudah dievakuasi,” kata Koordinator Posko dan Logistik BPBD Atyrau, "
            "Rina Kartika Sari, kepada wartawan.")  # fmt: skip
    assert quotes(text, "id")[0][1] == "Rina Kartika Sari"
