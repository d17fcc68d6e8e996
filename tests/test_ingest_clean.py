"""Cleaning rules, each on a small realistic snippet: what the reader keeps and drops."""

from __future__ import annotations

from kzreader.ingest import RawDoc, read_parts

LEAD = (
    "NURSULTAN, KOMPAS.TV - Pasukan penjaga perdamaian CSTO akan meninggalkan Kazakhstan "
    "dua hari ke depan, kata Presiden Kassym-Jomart Tokayev."
)
P2 = "Tokayev menyebut proses penarikan pasukan tidak akan sampai melebihi 10 hari ke depan."
P3 = "Sekitar 2.500 pasukan CSTO diterjunkan ke Kazakhstan untuk memulihkan ketertiban umum."


def parse(*lines: str):
    return read_parts(RawDoc(path="x.txt", text="\n".join(lines), fields={}, fmt="text"))


def paragraphs(*lines: str) -> list[str]:
    return parse(*lines).text.split("\n")


def test_lines_above_dateline_lead_are_header() -> None:
    parts = parse("Dunia", "Judul Berita Yang Cukup Panjang", "Subjudul tanpa titik", LEAD, P2)
    assert parts.text.split("\n") == [LEAD, P2]
    assert parts.title == "Judul Berita Yang Cukup Panjang"


def test_baca_juga_lines_dropped() -> None:
    assert paragraphs(LEAD, "Baca Juga: Demo Berdarah di Kazakhstan", P2) == [LEAD, P2]
    assert paragraphs(LEAD, "Read also: Russian troops leave", P2) == [LEAD, P2]


def test_related_block_under_a_heading_dropped() -> None:
    got = paragraphs(LEAD, "", "Baca Juga", "Kazakhstan Tangkap Mantan Kepala Intelijen",
                     "Putin: Kerusuhan Kazakhstan Upaya Revolusi Warna", "", P2)  # fmt: skip
    assert got == [LEAD, P2]


def test_ads_share_and_embeds_dropped() -> None:
    got = paragraphs(LEAD, "ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT",
                     "[Gambas:Video CNN]", "Bagikan:", "Halaman selanjutnya", P2)  # fmt: skip
    assert got == [LEAD, P2]


def test_captions_with_credits_dropped() -> None:
    for caption in (
        "Pasukan CSTO di Kota Almaty saat kerusuhan/Net",
        "Rusuh Kazakhastan tewaskan 160 orang dan 8 ribu warga ditahan/AP",
        "Suasana Almaty usai kerusuhan pekan lalu. (AFP/ABDUAZIZ MADYAROV)",
        "Foto: Pasukan terjun payung Rusia menaiki pesawat militer",
        "Tokayev di parlemen. [AKORDA PRESS SERVICE via REUTERS]",
    ):
        assert paragraphs(LEAD, caption, P2) == [LEAD, P2], caption


def test_body_parenthesis_with_slash_is_not_a_caption() -> None:
    para = (
        "Dewan Keamanan Kolektif Organisasi Perjanjian Keamanan "
        "(Collective Security Treaty Organization/CSTO)."
    )
    assert paragraphs(LEAD, para) == [LEAD, para]


def test_caption_glued_to_repeated_title_dropped() -> None:
    got = paragraphs(
        "Kazakhstan Bantah Kabar Akan Keluar dari CSTO", LEAD, P2,
        "Kazakhstan Bantah Kabar Akan Keluar dari CSTOPresiden Kazakhstan, Kassym-Jomart Tokayev."
        " (twitter.com/TokayevKZ)",
        P3,
    )  # fmt: skip
    assert got == [LEAD, P2, P3]


def test_repeated_title_with_odd_spacing_dropped() -> None:
    title = "Beijing Siap Kerahkan Bantuan Militer, Tapi Kami Hanya Memilih CSTO"
    parts = parse(title, "LAPORAN: RENI ERINA", title.replace(", ", ",  "), P2, P3)
    assert parts.title == title and parts.text.split("\n") == [P2, P3]


def test_duplicated_paragraph_keeps_the_first() -> None:
    parts = parse(LEAD, P2, "", P2, P3)
    assert parts.text.split("\n") == [LEAD, P2, P3]
    assert [t.reason for t in parts.trace if not t.kept] == ["blank", "duplicate"]


def test_in_body_subheadings_stay() -> None:
    sub = "2. Tokayev akui hubungan Rusia-Kazakhstan tidak sehat"
    assert paragraphs(LEAD, sub, P2) == [LEAD, sub, P2]


def test_inline_logo_junk_and_glued_outlet_name_removed() -> None:
    got = paragraphs(LEAD, "rmol news logo " + P2, P3[:-1] + " organisasi tersebut.sinpo")
    assert got == [LEAD, P2, P3[:-1] + " organisasi tersebut."]


def test_html_tags_in_text_files_removed() -> None:
    parts = parse("LAPORAN: <a href='https://rmol.id/about/x'>RENI ERINA</a>", P2, P3)
    assert parts.text.split("\n") == [P2, P3] and parts.authors == ["Reni Erina"]


def test_footer_lists_end_the_body() -> None:
    got = paragraphs(LEAD, P2, "Populer", "Mantan Jubir KPK Lolos Tiga Besar Calon Direktur",
                     "Rabu, 24 Desember 2025 | 07:26", P3)  # fmt: skip
    assert got == [LEAD, P2]


def test_signoff_initials_and_editor_end_the_body() -> None:
    assert paragraphs(LEAD, P2, "(isa/bac)", P3) == [LEAD, P2]
    assert paragraphs(LEAD, P2, "Pewarta: Maria Ratnasari", "Editor: Bayu", P3) == [LEAD, P2]


def test_promo_and_disclaimer_lines_dropped() -> None:
    promo = "Temukan berita-berita hangat terpercaya dari Kantor Berita di Google News."
    disclaimer = "IDN Times Community adalah media yang menyediakan platform untuk menulis."
    got = paragraphs(LEAD, P2, promo, disclaimer)
    assert got == [LEAD, P2]


def test_short_trailing_lines_after_last_paragraph_dropped() -> None:
    assert paragraphs(LEAD, P2, "kazakhstan", "csto", "kerusuhan kazakhstan") == [LEAD, P2]


def test_without_dateline_body_starts_after_byline() -> None:
    parts = parse(
        "Berita", "Pasukan bersiap menaiki pesawat militer, 6 Januari 2022/Net", "Dunia",
        "Diplomat: Negara Barat Begitu Sinis Memandang CSTO",
        "SENIN, 17 JANUARI 2022 | 06:21 WIB | LAPORAN: RENI ERINA", "", P2, P3,
    )  # fmt: skip
    assert parts.text.split("\n") == [P2, P3]
    assert parts.title == "Diplomat: Negara Barat Begitu Sinis Memandang CSTO"


def test_lost_curly_quote_repaired() -> None:
    parts = parse('Presiden Rusia Tuding Kekuatan Asing Di Balik ?Agresi" Kazakhastan', LEAD)
    assert parts.title == "Presiden Rusia Tuding Kekuatan Asing Di Balik “Agresi” Kazakhastan"


def test_trace_has_one_entry_per_raw_line_in_order() -> None:
    raw = ["Judul Berita Yang Cukup Panjang", "", LEAD, "Baca juga: X", P2, "Komentar:"]
    parts = parse(*raw)
    assert [t.line for t in parts.trace] == raw
    assert [t.kept for t in parts.trace] == [False, False, True, False, True, False]
    assert [t.reason for t in parts.trace] == ["title", "blank", "", "related", "", "footer"]


def test_text_is_never_markup_nor_control() -> None:
    parts = parse(
        LEAD, "Kata [bold]dia[/bold] <b>tegas</b> tentang pasukan yang ditarik dari sana hari ini."
    )
    assert "[bold]dia[/bold] tegas" in parts.text


def test_pagination_and_scroll_prompts_mid_body_dropped() -> None:
    got = paragraphs(LEAD, "Halaman 1 2 3 Selanjutnya", P2, "Scroll ke bawah untuk melanjutkan",
                     "Page 1 2 Next", "Scroll down to keep reading", P3)  # fmt: skip
    assert got == [LEAD, P2, P3]


def test_bare_related_label_takes_the_headline_below_it() -> None:
    got = paragraphs(LEAD, "Baca Juga :", "Rusia Kirim Pasukan Terjun Payung ke Almaty", "", P2)
    assert got == [LEAD, P2]


def test_headline_with_a_glued_caption_under_an_outlet_section_masthead() -> None:
    parts = parse(
        "Kompas.com Internasional",
        "Antrean BBM Mengular di Almaty Usai Harga NaikSejumlah kendaraan antre di SPBU Almaty."
        " (AFP/RUSLAN PRYANIKOV)",
        LEAD, P2,
    )  # fmt: skip
    assert parts.title == "Antrean BBM Mengular di Almaty Usai Harga Naik"
    assert parts.text.split("\n") == [LEAD, P2]


EN_A = "Officials in the capital said the curfew would be lifted by the end of the week."
EN_B = "Shops reopened on the main avenue, and queues formed again outside the cash machines."
EN_C = "Analysts said the government would face pressure to raise wages before the spring session."


def test_markdown_newsletter_body_bullets_footnotes_and_widgets() -> None:
    text = paragraphs(
        "# Notes From the Steppe: What the Week Changed", "", "### A subtitle that is a standfirst",
        "", "*By Jane Roe*", "", "Published Feb 3, 2022 · 5 min read", "",
        "[Subscribe](https://x.example.org/subscribe) · [Share](https://x.example.org/p/a)", "",
        "---", "", EN_A, "", "Three things changed:", "", "- " + EN_B, "- " + EN_C, "",
        EN_C.replace("spring", "autumn")[:-1] + ".[1]", "", "## What comes next", "",
        EN_A.replace("week", "month"),
        "", "*Thanks for reading Notes! Subscribe for free to receive new posts.*", "",
        "[Leave a comment](https://x.example.org/p/a/comments)", "", "---", "",
        "[1] Compiled from ministry briefings between February 1 and February 3.", "",
        "Share · Like · Restack",
    )  # fmt: skip
    assert text == [
        EN_A, "Three things changed:", EN_B, EN_C, EN_C.replace("spring", "autumn"),
        "What comes next", EN_A.replace("week", "month"),
    ]  # fmt: skip


def test_pull_quote_repeating_a_nearby_paragraph_dropped() -> None:
    body = "Markets fell sharply. Nobody expected the central bank to act so soon. Traders lost."
    pull = "> Nobody expected the central bank to act so soon."
    text = paragraphs(LEAD, "", body, "", pull, "", P2)
    assert text == [LEAD, body, P2]


def test_lower_case_domain_lead_opens_the_body_under_a_standfirst() -> None:
    standfirst = "Sebuah ringkasan panjang tentang krisis di Kazakhstan pada awal tahun ini."
    lead = "katadata.co.id - " + P2
    parts = parse(
        "katadata.co.id", "Ekonomi | Politik | Dunia | Riset",
        "Harga Gas Memicu Krisis Politik Besar",
        "Senin, 14 Februari 2022", standfirst, lead, "", P3,
    )  # fmt: skip
    assert parts.text.split("\n") == [lead, P3]
    assert parts.title == "Harga Gas Memicu Krisis Politik Besar"


def test_related_labels_pagination_and_glued_widget() -> None:
    text = paragraphs(
        LEAD, "Menarik Dibaca: Harga Emas Naik Lagi Pekan Ini", "Halaman : 1 2 3 Selanjutnya",
        P2 + " Simak Berita dan Artikel lainnya di Google News", "", "Tag: kazakhstan",
    )  # fmt: skip
    assert text == [LEAD, P2]


def test_donation_appeal_under_the_story_ends_the_body() -> None:
    text = paragraphs(
        EN_A, "", EN_B, "", "A Message from The Steppe Herald:", "Dear readers,",
        "Independent reporting has never been harder. Your support keeps us going. Give today.",
        "Continue",
    )  # fmt: skip
    assert text == [EN_A, EN_B]


def test_photo_block_of_a_pasted_page_dropped() -> None:
    text = paragraphs(
        EN_A, "", "Image", "Shoppers queue outside a bank in the old town on Monday.",
        "Credit...Jane Roe/Wire Photos", "", EN_B, "", "Continue reading the main story", "", EN_C,
    )  # fmt: skip
    assert text == [EN_A, EN_B, EN_C]
