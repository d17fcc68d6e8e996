"""One class per blind12 ingest failure, each on our own example text (not the blind set's)."""

from __future__ import annotations

from pathlib import Path

from kzreader.ingest.outlets import outlet_table
from kzreader.ingest.unwrap import unwrap
from tests.parsing import ID1, ID2, parse_file

EN1 = (
    "Authorities in Aktobe closed three bridges on Tuesday after the Ilek river rose sharply, "
    "the regional emergency department said in a statement."
)
EN2 = (
    "Rescuers moved 240 residents from two villages on the river bank and set up a shelter "
    "in a local school, officials said."
)
EN3 = (
    '"We ask people to stay away from the river until the water has gone down," the mayor '
    "told reporters."
)


def test_dek_above_caption_and_date_line_is_header(tmp_path: Path):
    page = "\n".join([
        "News|Floods", "",
        "Floods close three bridges in Aktobe", "",
        "Hundreds of residents leave their homes as the Ilek river keeps rising.", "",
        "Rescuers wade through a flooded street in Aktobe [Reuters]", "",
        "Published On 2 Mar 2022", "2 Mar 2022", "",
        "Al Jazeera and news agencies", "",
        "Save articles to read later and create your own reading list.", "",
        EN1, "", EN2, "", "Advertisement", "", EN3,
    ])  # fmt: skip
    parts = parse_file(tmp_path, "page.txt", page)
    assert parts.text.split("\n") == [EN1, EN2, EN3]
    assert parts.published == "2022-03-02"
    assert parts.title == "Floods close three bridges in Aktobe"


def test_dek_above_a_byline_is_header(tmp_path: Path):
    page = "\n".join([
        "# Banjir Tutup Tiga Jembatan di Aktobe", "",
        "*Ratusan warga mengungsi karena debit Sungai Ilek terus naik sejak awal pekan.*", "",
        "Oleh [DEWI LESTARI](https://example.com/penulis/dewi)", "",
        ID1, "", ID2,
    ])  # fmt: skip
    parts = parse_file(tmp_path, "clip.md", page)
    assert parts.text.split("\n") == [ID1, ID2]


def test_share_widget_line_and_paywall_notice_are_not_body(tmp_path: Path):
    page = "\n".join([
        "Jakarta - " + ID1, "",
        "Share: Facebook Twitter WhatsApp Telegram Copy Link", "",
        ID2, "",
        "Artikel ini khusus untuk pelanggan.", "",
        "Dapatkan akses tanpa batas ke seluruh artikel dan nikmati pengalaman membaca.", "",
        "**Paket Digital Premium** — Rp 50.000/bulan",
    ])  # fmt: skip
    parts = parse_file(tmp_path, "paywall.txt", page)
    assert parts.text.split("\n") == ["Jakarta - " + ID1, ID2]


def test_a_line_repeating_an_images_alt_text_is_its_caption(tmp_path: Path):
    alt = "Petugas berjaga di jembatan Sungai Ilek yang ditutup, Selasa (1/3/2022)."
    page = "\n".join([
        "# Banjir Tutup Tiga Jembatan di Aktobe", "",
        "2 Maret 2022 15:20 WIB", "",
        f"![{alt}](https://example.com/foto.jpg)", "",
        "ANTARA/FOTOGRAFER", "",
        alt, "",
        "AKTOBE, RABU — " + ID1, "", ID2,
    ])  # fmt: skip
    parts = parse_file(tmp_path, "foto.md", page)
    assert alt not in parts.text
    assert parts.text.split("\n")[1] == ID2


def test_front_matter_wiki_links_and_a_date_only_field_take_the_page_time(tmp_path: Path):
    page = "\n".join([
        "---", 'title: "Banjir Tutup Tiga Jembatan di Aktobe"',
        "author:", '  - "[[Dewi Lestari]]"', '  - "[[penulis/budi-santoso|Budi Santoso]]"',
        "published: 2022-03-02", "created: 2023-02-14", "---", "",
        "# Banjir Tutup Tiga Jembatan di Aktobe", "",
        "2 Maret 2022 15:20 WIB · 5 menit baca", "",
        ID1, "", ID2,
    ])  # fmt: skip
    parts = parse_file(tmp_path, "clip.md", page)
    assert parts.authors == ["Dewi Lestari", "Budi Santoso"]
    assert parts.published == "2022-03-02T15:20:00+07:00"


def test_a_date_only_field_wins_over_a_header_date_of_another_day(tmp_path: Path):
    page = "\n".join([
        "---", "title: Banjir Aktobe", "published: 2022-03-02", "---", "",
        "Diperbarui 5 Maret 2022 09:00 WIB", "", ID1, "", ID2,
    ])  # fmt: skip
    assert parse_file(tmp_path, "clip.md", page).published == "2022-03-02"


def test_kompas_id_is_not_kompas_com():
    table = outlet_table()
    assert table.lookup("https://www.kompas.id/baca/x").name == "Kompas.id"
    assert table.lookup("Harian Kompas").name == "Kompas.id"
    assert table.lookup("kompas.com").name == "Kompas.com"


# --- text from a printed page (PDF to text) -------------------------------------------------

PRINTED = """HARIAN CONTOH | RABU, 2 MARET 2022                  DAERAH | 7

BENCANA

Banjir Tutup
Tiga Jembatan
di Aktobe

DEWI LESTARI
dewi@harian-contoh.example

Pemerintah Kota Aktobe menutup tiga jembatan setelah debit
Sungai Ilek naik tajam. Petugas mengevakuasi warga dari dua
desa di tepi sungai dan membuka posko darurat di gedung se-
kolah. Jalan-jalan di pusat kota tergenang sejak Selasa pagi,
dan Wali Kota Aktobe meminta warga tetap waspada sepanjang
hari, demikian kata juru bicara Presiden Kazakhstan Kassym-
Jomart Tokayev kepada wartawan di ibu kota pada Rabu malam.

Menurut dinas setempat, ketinggian air mencapai dua meter di
beberapa titik dan arus sungai masih sangat deras sehingga
perahu karet tidak dapat menjangkau rumah-rumah warga yang

7 | harian-contoh.example                    RABU, 2 MARET 2022
8 | DAERAH                      RABU, 2 MARET 2022 | HARIAN CONTOH

berada paling dekat dengan bantaran sungai. Evakuasi dilan-
jutkan setelah arus melemah menjelang siang hari pada Rabu.
"""


def test_printed_page_is_read_as_paragraphs(tmp_path: Path):
    parts = parse_file(tmp_path, "cetak.txt", PRINTED)
    paragraphs = parts.text.split("\n")
    assert parts.title == "Banjir Tutup Tiga Jembatan di Aktobe"
    assert parts.authors == ["Dewi Lestari"]
    assert len(paragraphs) == 2
    assert "gedung sekolah." in paragraphs[0]  # a syllable hyphen at the break goes
    assert "Jalan-jalan" in paragraphs[0] and "Kassym-Jomart" in paragraphs[0]
    # the paragraph cut by the page break is one again; the running lines are not in it
    assert "rumah-rumah warga yang berada paling dekat" in paragraphs[1]
    assert "dilanjutkan setelah" in paragraphs[1]
    assert "HARIAN CONTOH" not in parts.text and "harian-contoh" not in parts.text


def test_hyphen_at_a_break_stays_in_a_compound():
    wrapped = "\n".join([
        "The convoy left the base before dawn and drove towards Russia-",
        "led positions near the airport, where troops from the bloc had",
        "taken over guard duty from the police after two days of heavy",
        "fighting. Officials called it a well-planned and orderly hand-",
        "over that had been agreed with the government and its allies.",
        "", "A second column of trucks followed later in the morning with",
        "supplies for the soldiers and the first of the new peace-",
        "keeping units, which had been flown in from Moscow overnight.",
    ])  # fmt: skip
    out = unwrap(wrapped + "\n\nThe well-planned peace-keeping units.")
    assert "Russia-led" in out  # after a capitalised word
    assert "peace-keeping" in out  # written with its hyphen elsewhere in the text
    assert "handover" in out  # written nowhere else: a break at a syllable


def test_a_lone_wide_caption_does_not_set_the_wrap_width():
    body = [
        "Pemerintah Kota Aktobe menutup tiga jembatan setelah debit",
        "Sungai Ilek naik tajam. Petugas mengevakuasi warga dari dua",
        "desa di tepi sungai dan membuka posko darurat di gedung milik",
        "pemerintah daerah yang berada di pusat kota sejak Selasa pagi.",
    ]
    caption = "SIAGA: Petugas berjaga di jembatan Sungai Ilek yang ditutup sejak Selasa"
    text = "\n".join([*body, "", *body, "", caption, "pagi (1/3)."])
    out = unwrap(text).split("\n")
    assert out[0] == " ".join(body)  # wrapped at 60, not at the caption's 73
