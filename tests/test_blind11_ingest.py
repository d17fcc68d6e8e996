"""One class per blind11 ingest failure, each on our own example text (not the blind set's)."""

from __future__ import annotations

from pathlib import Path

from kzreader.ingest.unwrap import menu_bar, unwrap
from tests.parsing import parse_file

LEAD = (
    "Jakarta - Pemerintah Kota Aktobe menutup tiga jembatan setelah debit Sungai Ilek naik "
    "tajam sejak Selasa pagi, menurut keterangan dinas setempat."
)
P2 = (
    "Petugas mengevakuasi 240 warga dari dua desa di tepi sungai dan membuka posko darurat "
    "di gedung sekolah setempat."
)
P3 = (
    '"Kami minta warga menjauhi bantaran sungai sampai air benar-benar surut," kata wali '
    "kota dalam jumpa pers."
)


def test_forwarded_newsletter_keeps_the_story_not_the_mail(tmp_path: Path):
    mail = "\n".join([
        "Bu Sari,", "",
        "Tolong dicek angka 240 ini, di laporan kita tertulis 215 orang per Senin.", "",
        "Terima kasih,", "Budi", "",
        "---------- Forwarded message ---------",
        "From: Kabar Pagi <kabar@example.com>",
        "Date: Fri, Mar 4, 2022 at 5:30 AM",
        "Subject: [Kabar Pagi] Banjir di Aktobe dan berita lain",
        "To: <budi@example.com>", "", "",
        "detikNews Pagi | Jumat, 4 Maret 2022", "View this email in your browser", "",
        "Banjir Tutup Tiga Jembatan di Aktobe, Ratusan Warga Mengungsi", "",
        "Dewi Lestari - detikNews", "Kamis, 03 Mar 2022 16:20 WIB", "",
        LEAD, "", P2, "",
        "Simak juga 'Detik-detik Jembatan Aktobe Ditutup':", "[Gambas:Video 20detik]", "",
        P3, "", "(dwl/bsn)", "",
        "Anda menerima email ini karena berlangganan newsletter kami.",
        "Berhenti berlangganan: https://example.com/unsubscribe",
    ])  # fmt: skip
    parts = parse_file(tmp_path, "forward.txt", mail)
    assert parts.text.split("\n") == [LEAD, P2, P3]
    assert parts.title == "Banjir Tutup Tiga Jembatan di Aktobe, Ratusan Warga Mengungsi"
    assert parts.published == "2022-03-03T16:20:00+07:00"  # not the mail's nor the issue's
    assert parts.authors == ["Dewi Lestari"]
    assert parts.dateline == "Jakarta"


def test_forwarded_mail_date_stands_in_when_the_story_has_none(tmp_path: Path):
    mail = "\n".join([
        "FYI, see below.", "",
        "-----Original Message-----",
        "From: Desk Alerts <alerts@example.com>",
        "Sent: Thursday, March 3, 2022 9:12 PM",
        "Date: 3 Maret 2022",
        "Subject: Banjir Aktobe",
        "", LEAD, "", P2, "", P3,
    ])  # fmt: skip
    parts = parse_file(tmp_path, "original.txt", mail)
    assert parts.text.split("\n") == [LEAD, P2, P3]
    assert parts.published == "2022-03-03"
    assert "FYI" not in parts.text


def test_bbc_image_labels_and_two_line_byline(tmp_path: Path):
    body1 = (
        "Banjir besar melanda Aktobe untuk pertama kalinya dalam dua dekade, memaksa ratusan "
        "warga meninggalkan rumah mereka."
    )
    body2 = (
        "Pemerintah daerah mengatakan tiga jembatan ditutup sampai ketinggian air turun ke "
        "batas aman."
    )
    page = "\n".join([
        "---", 'title: "Mengapa Aktobe kebanjiran?"', "author:", '  - "[[BBC News Indonesia]]"',
        "created: 2022-03-09", "---", "",
        "# Mengapa Aktobe kebanjiran?", "",
        "Aigerim Nurlanovna", "", "BBC News, Aktobe", "", "4 Maret 2022", "",
        "![Jembatan terendam](https://example.com/img/bridge.jpg)", "",
        "Sumber gambar, Getty Images", "",
        "Keterangan gambar, Jembatan utama kota terendam sejak Selasa, 1 Maret 2022.", "",
        body1, "", "## Jembatan ditutup", "", body2, "",
        "Image source, Reuters", "", "Image caption, A flooded street in the city centre.", "",
        P3,
    ])  # fmt: skip
    parts = parse_file(tmp_path, "bbc.md", page)
    assert parts.text.split("\n") == [body1, "Jembatan ditutup", body2, P3]
    assert parts.authors == ["Aigerim Nurlanovna"]
    assert parts.via is None  # `BBC News` in the byline is the writer's desk, no republisher
    assert parts.published == "2022-03-04"


def test_aggregator_page_is_the_via_and_its_fold_is_junk(tmp_path: Path):
    lead = (
        "AKTOBE, March 3 (Reuters) - Floods closed three bridges in the Kazakh city of Aktobe "
        "on Thursday, officials said, as the Ilek river rose sharply."
    )
    more = (
        "Rescuers moved 240 residents from two riverside villages to a school, the city "
        "administration said in a statement."
    )
    last = '"We ask people to stay away from the riverbanks," the mayor told reporters.'
    page = "\n".join([
        "Yahoo News", "", "Home", "World", "Sign in", "",
        "Floods close three bridges in Kazakh city of Aktobe", "",
        "By Aigerim Nurlanovna", "", "March 3, 2022·2 min read", "",
        lead, "", more, "", "Story continues", "", last, "",
        "(Reporting by Aigerim Nurlanovna; Editing by John Doe)",
    ])  # fmt: skip
    parts = parse_file(tmp_path, "yahoo.txt", page)
    assert parts.text.split("\n") == [lead, more, last]
    assert parts.outlet == "Reuters"
    assert parts.via == "Yahoo News"


def test_aggregator_site_field_does_not_own_the_wire_story(tmp_path: Path):
    html = (
        "<html><head><title>Floods hit Aktobe - Yahoo News</title>"
        '<meta property="og:site_name" content="Yahoo News"></head><body><article>'
        "<h1>Floods hit Aktobe</h1><p>Aktobe (AFP) - Floods closed three bridges in the Kazakh "
        "city of Aktobe on Thursday as the Ilek river rose sharply overnight.</p>"
        "<p>Rescuers moved 240 residents from two riverside villages to a school, the city "
        "said.</p><div><button>Story continues</button></div>"
        "<p>The mayor asked people to stay away from the riverbanks until the water fell.</p>"
        "</article></body></html>"
    )
    parts = parse_file(tmp_path, "yahoo.html", html)
    assert parts.outlet == "AFP"
    assert parts.via == "Yahoo News"
    assert "Story continues" not in parts.text


WRAPPED = """TribunKaltim.com
Home  News  Balikpapan  Kaltim  Internasional  Video  Sport
TribunKaltim.com » Internasional

Banjir Besar Landa Kota Aktobe di Kazakhstan, Tiga Jembatan Ditutup dan
Ratusan Warga Mengungsi

Kamis, 3 Maret 2022 16:20 WITA

Penulis: Dewi Lestari

TRIBUNNEWS.COM, AKTOBE - Pemerintah Kota Aktobe menutup tiga jembatan
setelah debit Sungai Ilek naik tajam sejak Selasa pagi, menurut dinas
setempat yang memantau ketinggian air.

Petugas mengevakuasi 240 warga dari dua desa di tepi sungai dan membuka
posko darurat di gedung sekolah setempat pada Rabu malam.

Halaman 1 2 Selanjutnya

Baca selanjutnya

Wali kota meminta warga menjauhi bantaran sungai sampai air benar-benar
surut dan mengikuti arahan petugas di lapangan.

Sebelumnya Halaman 1 2 Selanjutnya

Dinas cuaca memperkirakan hujan deras masih akan turun hingga akhir pekan
di wilayah utara Kazakhstan, termasuk di sekitar Aktobe.

Sebelumnya Halaman 1 2
"""


def test_hard_wrapped_page_title_and_pager(tmp_path: Path):
    parts = parse_file(tmp_path, "wrapped.txt", WRAPPED)
    assert parts.title == (
        "Banjir Besar Landa Kota Aktobe di Kazakhstan, Tiga Jembatan Ditutup dan "
        "Ratusan Warga Mengungsi"
    )
    paras = parts.text.split("\n")
    assert len(paras) == 4
    assert paras[0].startswith("TRIBUNNEWS.COM, AKTOBE - ")
    assert not any("Halaman" in p or "selanjutnya" in p.lower() for p in paras)


def test_menu_bar_is_not_joined_to_the_next_line():
    assert menu_bar("Home  News  Balikpapan  Kaltim  Internasional")
    assert not menu_bar("Pemerintah kota menutup jembatan.  Warga mengungsi ke sekolah.")
    assert not menu_bar("Home News Balikpapan")
    out = unwrap(WRAPPED).split("\n")
    assert "TribunKaltim.com » Internasional" in out
