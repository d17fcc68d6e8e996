"""One class per blind8 failure, each on our own example text (not the blind set's)."""

from __future__ import annotations

from pathlib import Path

from kzreader.ingest.frontmatter import front_matter, front_matter_lines
from tests.parsing import ID1, ID2, parse_file

ID3 = (
    "Menurut dinas setempat, air mulai surut pada Kamis malam, tetapi sekolah di dua desa itu "
    "tetap diliburkan sampai akhir pekan."
)



def test_comments_section_and_read_next_teaser_end_the_body(tmp_path: Path):
    page = "\n".join([
        "Banjir Tutup Jembatan di Aktobe", "", ID1, "", ID2, "",
        "Komentar (2)", "", "rina_88", "03/03/2022 08:12", "Semoga cepat surut, kasihan warga.",
        "Balas", "", "pak.darto", "03/03/2022 09:40",
        "Jembatan itu memang sudah tua dan warga sudah lama meminta pemerintah kota untuk "
        "memperbaikinya sebelum musim hujan tiba.", "Balas",
    ])  # fmt: skip
    assert parse_file(tmp_path, "komentar.txt", page).text.split("\n") == [ID1, ID2]
    teaser = "\n".join([
        "Banjir Tutup Jembatan di Aktobe", "", ID1, "", ID2, "",
        "Baca berikutnya", "Warga Aktobe Bangun Tanggul Darurat dari Karung Pasir", "",
        "Komentar", "", "pak.darto", "03/03/2022 09:40",
        "Jembatan itu memang sudah tua dan warga sudah lama meminta pemerintah kota untuk "
        "memperbaikinya sebelum musim hujan tiba.",
    ])  # fmt: skip
    assert parse_file(tmp_path, "berikutnya.txt", teaser).text.split("\n") == [ID1, ID2]


def test_related_heading_with_a_blank_line_before_its_headlines(tmp_path: Path):
    page = "\n".join([
        "Banjir Tutup Jembatan di Aktobe", "", ID1, "", ID2, "", "Baca Juga", "",
        "Sungai Ural Meluap, Dua Desa Terendam", "5 Fakta Banjir Musim Semi di Kazakhstan", "",
        ID3,
    ])  # fmt: skip
    assert parse_file(tmp_path, "bacajuga.txt", page).text.split("\n") == [ID1, ID2, ID3]


def test_read_later_export_header_gives_title_not_save_date(tmp_path: Path):
    export = "\n".join([
        "Title: Banjir Tutup Jembatan di Aktobe", "URL: https://example.com/read/1/banjir",
        "Saved: 2022-03-20", "Author: Sari Wulandari", "Word count: 120", "", "---", "",
        "Banjir Tutup Jembatan di Aktobe", "Rabu, 2 Maret 2022 10:15 WIB", "", ID1, "", ID2,
    ])  # fmt: skip
    assert front_matter_lines(export.split("\n")) == 7
    assert front_matter(export)["title"] == "Banjir Tutup Jembatan di Aktobe"
    parts = parse_file(tmp_path, "readlater.txt", export)
    assert parts.title == "Banjir Tutup Jembatan di Aktobe"
    assert parts.published == "2022-03-02T10:15:00+07:00"
    assert parts.text.split("\n") == [ID1, ID2]
    # `Key: value` lines with no closing rule are no header
    assert front_matter_lines(["Title: x", "Author: y", "", ID1]) == 0


def test_clipping_header_with_piped_fields_gives_outlet_and_date(tmp_path: Path):
    clip = "\n".join([
        "MEDIA: Tempo.co | TANGGAL: 02/03/2022 | HALAMAN: Online", "ISU: Bencana",
        "KLIPING NO: 0101/III/2022 | ANALIS: tim-1", "==========", "",
        "Banjir Tutup Jembatan di Aktobe", "", ID1, "", ID2,
    ])  # fmt: skip
    fields = front_matter(clip)
    assert fields["outlet"] == "Tempo.co" and fields["date"] == "02/03/2022"
    parts = parse_file(tmp_path, "kliping.txt", clip)
    assert parts.title == "Banjir Tutup Jembatan di Aktobe"
    assert parts.published == "2022-03-02"
    assert parts.text.split("\n") == [ID1, ID2]
