"""One class per blind6 failure, each on our own example text (not the blind set's)."""

from __future__ import annotations

from kzreader.extract.figures import find_figures
from kzreader.ingest.html import extract_html
from kzreader.ingest.layout import read_layout
from kzreader.ingest.lines import classify, normalise
from kzreader.ingest.metadata import find_published

BODY = (
    "Para pejabat menyebut situasi di ibu kota berangsur tenang setelah pasukan ditarik "
    "dari jalan-jalan utama kota."
)


def kind(text: str) -> str:
    return classify(normalise(text)).kind


def test_newsletter_intro_above_rule_is_not_body():
    text = "\n".join([
        "Buletin Harian Kabar", "Edisi Selasa, 11 Januari 2022", "",
        "Hai, Pembaca Setia,", "",
        "Selamat pagi. Ini rangkuman berita pilihan kami untuk menemani kopi pagi Anda hari ini.",
        "", "Salam hangat,", "Tim Redaksi", "", "-" * 40, "DUNIA", "",
        "Pemerintah Kazakhstan Cabut Status Darurat di Almaty", "",
        "Senin, 10 Januari 2022 08:30 WIB", "Reporter: Sinta Maharani", "",
        f"TEMPO.CO, Jakarta - {BODY}", "", BODY.replace("Para", "Semua"), "",
        "Baca selengkapnya di tempo.co >>", "", "Berita lainnya hari ini:",
        "Harga emas naik dua persen pada perdagangan pekan ini.",
    ])
    layout = read_layout(text)
    assert layout.title == "Pemerintah Kazakhstan Cabut Status Darurat di Almaty"
    assert layout.lead is not None and layout.lead.place == "Jakarta"
    body = [ln.text for ln in layout.lines[layout.start : layout.stop] if ln.kind == "text"]
    assert body[0].startswith("TEMPO.CO, Jakarta") and len(body) == 2
    assert find_published(layout, {}, "id") == "2022-01-10T08:30:00+07:00"


def test_mail_header_is_no_headline_and_keeps_only_the_day():
    text = "\n".join([
        "From: Wire Desk Alerts", "To: desk@example.com", "Subject: [FLASH] Kazakh update",
        "Date: Mon, 10 Jan 2022 03:12:45 +0000", "", "Kazakh parliament backs new prime minister",
        "", f"NUR-SULTAN, Jan 10 (Reuters) - {BODY}",
    ])
    layout = read_layout(text)
    assert layout.title == "Kazakh parliament backs new prime minister"
    assert find_published(layout, {}, "en") == "2022-01-10"


def test_wire_credit_trailer_is_junk():
    assert kind("(Reporting by Ana Lee in Almaty; Editing by Tom Smith)") == "junk"
    assert kind("(Additional reporting by Bo Chen; Writing by Ana Lee)") == "junk"


def test_page_header_credit_and_time_without_meta_tags():
    page = (
        "<html><head><title>X</title></head><body><div id='a'><h1>Warga Aceh di Almaty "
        "Selamat</h1><div class='credit'>Penulis: <a href='/p/x'>Mawar Lestari</a> | "
        "Editor: <a>Budi Santoso</a></div><div><time>Senin, 10 Januari 2022 09:15 WIB</time>"
        "</div>" + "".join(f"<p>{BODY} Kalimat {i}.</p>" for i in range(6)) + "</div></body></html>"
    )
    _, fields = extract_html(page)
    assert fields["author"] == "Mawar Lestari"
    assert fields["date"].startswith("Senin, 10 Januari 2022 09:15")


def test_print_widget_and_saved_copy_stamp():
    assert kind("Klik untuk mencetak | Tutup") == "junk"
    assert kind("Print this page | Close") == "junk"
    text = "\n".join(["Diakses: 14/01/2022 21:40", "", "JUDUL BERITA DALAM HURUF BESAR SEMUA",
                      "Kamis, 13 Jan 2022 18:00 WIB", "", f"Jakarta - {BODY}"])
    assert find_published(read_layout(text), {}, "id") == "2022-01-13T18:00:00+07:00"


def test_number_word_after_a_full_month_and_full_stop():
    text = "Pasukan pulang paling lambat 20 Januari.\nTiga hari kemudian, bandara dibuka."
    assert [f.text for f in find_figures(text)] == ["Tiga hari"]
    assert [f.text for f in find_figures("Mereka tiba pada Jan. 5 malam.")] == []


def test_the_two_named_things_are_no_count():
    en = "Trade between the two nations grew. The ministers met for the two weeks of talks."
    assert [f.text for f in find_figures(en, language="en")] == ["two weeks"]


def test_related_news_embedded_tweet_and_desk_byline():
    assert kind("Related news: Minister urges calm in Central Asia") == "junk"
    assert kind("We mourn the victims today. pic.twitter.com/AbC123xyz") == "junk"
    assert kind("— Kementerian Luar Negeri (@Kemlu_RI) January 9, 2022") == "junk"
    assert kind("Tim Redaksi - detikNews") == "junk"
