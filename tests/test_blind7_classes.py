"""One class per blind7 failure, each on our own example text (not the blind set's)."""

from __future__ import annotations

import json
from pathlib import Path

from kzreader.extract import extract_facts
from kzreader.extract.figures import find_figures
from kzreader.extract.numbers import number_value
from kzreader.ingest.lines import classify, normalise
from kzreader.model import Quote
from tests.parsing import ID1, ID2, parse_file

EN1 = (
    "Flood water closed three bridges in Aktobe on Wednesday after the Ilek river rose "
    "sharply overnight, officials said."
)
EN2 = "Rescue teams moved residents of two riverside villages into a school gym for the night."



def quotes(text: str, language: str = "en") -> list[tuple[str, str | None]]:
    facts = extract_facts(text, published="2022-03-01", language=language)
    return [(f.text, f.speaker) for f in facts if isinstance(f, Quote)]


def test_researchers_notes_heading_ends_the_body_and_source_line_names_outlet(tmp_path: Path):
    note = "\n".join([
        "# Banjir Tutup Jembatan di Aktobe", "", "*Source: Tempo, 2 Mar 2022*", "", ID1, "", ID2,
        "", "Dapatkan update berita terkini setiap hari dari Tempo.", "",
        "## Catatan", "", "- Bandingkan angka korban dengan laporan lain, jangan dikutip.",
        "- TODO: cek nama desa di peta.",
    ])  # fmt: skip
    parts = parse_file(tmp_path, "note.md", note)
    assert parts.text.split("\n") == [ID1, ID2]
    assert parts.outlet == "Tempo"
    assert parts.published == "2022-03-02"


def test_notes_word_only_stops_as_a_markdown_heading():
    assert classify(normalise("## Notes")).kind == "stop"
    assert classify(normalise("Notes")).kind != "stop"


def test_campaign_tag_and_unlabelled_source_line():
    tag = "Artikel ini merupakan bagian dari Hijau Bersama Media"
    assert classify(normalise(tag)).kind == "junk"
    line = classify(normalise("Sumber Reuters, TASS"))
    assert (line.kind, line.sources) == ("source", ["Reuters", "TASS"])
    assert classify(normalise("Sumber itu tidak mau disebut namanya.")).kind == "text"


def test_credit_label_in_its_own_block(tmp_path: Path):
    page = (
        "<html><body><h1>Banjir Tutup Jembatan di Aktobe</h1>"
        "<div>Kamis, 03/03/2022, 08:10 WIB</div>"
        "<div class='credit'><h6>Penulis</h6> <a href='/a/1'>Dewi Anggraini</a>, "
        "<a href='/a/2'>Bayu Pratama</a></div><div><h6>Editor</h6> <a>Rina Wulandari</a></div>"
        f"<p>{ID1}</p><p>{ID2}</p></body></html>"
    )
    assert parse_file(tmp_path, "p.html", page).authors == ["Dewi Anggraini", "Bayu Pratama"]


def test_newspaper_page_running_wire_copy_is_the_newspapers(tmp_path: Path):
    ld = {"@type": "NewsArticle", "headline": "Floods close bridges in Aktobe",
          "datePublished": "2022-03-02T10:00:00+07:00",
          "publisher": {"@type": "Organization", "name": "The Jakarta Post"}}  # fmt: skip
    page = (
        f'<html lang="en"><head><script type="application/ld+json">{json.dumps(ld)}</script>'
        "</head><body><h1>Floods close bridges in Aktobe</h1>"
        f"<p>AKTOBE, March 2 (Reuters) - {EN1}</p><p>{EN2}</p></body></html>"
    )
    parts = parse_file(tmp_path, "p.html", page)
    assert (parts.outlet, parts.via) == ("The Jakarta Post", None)


def test_site_suffix_off_a_records_page_title(tmp_path: Path):
    record = {"page_title": "Banjir Tutup Jembatan di Aktobe | Nasional Tempo.co",
              "content": f"{ID1}\n\n{ID2}"}  # fmt: skip
    parts = parse_file(tmp_path, "r.json", json.dumps(record))
    assert parts.title == "Banjir Tutup Jembatan di Aktobe"


def test_sentence_initial_range_and_qualifier():
    text = "The river rose overnight. Between 30 and 40 Kazakh rescuers joined the effort."
    found = [(f.text, f.value, f.qualifier) for f in find_figures(text, language="en")]
    assert found == [("Between 30 and 40", 30, "at_least"), ("Between 30 and 40", 40, "at_most")]


def test_decimal_times_scale_word_is_a_whole_number():
    assert number_value("4,1", scale="triliun") == 4_100_000_000_000
    assert number_value("8,2", scale="triliun") == 8_200_000_000_000
    assert number_value("0,1") == 0.1


def test_name_in_a_relative_clause_is_no_speaker_for_a_later_pronoun():
    text = (
        "President Kassym-Jomart Tokayev, who last week sacked his adviser Karim Massimov over "
        "the delays, has said the floods were the worst in decades.\n"
        "“We will rebuild every bridge before winter,” he told reporters."
    )
    assert quotes(text)[0][1] == "Kassym-Jomart Tokayev"  # not the sacked adviser


def test_secretariat_is_a_speaking_body():
    text = "“Bantuan akan tiba besok,” demikian pernyataan Sekretariat ASEAN di Jakarta."
    assert quotes(text, "id")[0][1] == "Sekretariat ASEAN"
