"""Metadata: dates, authors, outlet and via, section, dateline, sources, language."""

from __future__ import annotations

from pathlib import Path

import pytest

from kzreader.ingest import RawDoc, read_documents, read_parts
from kzreader.ingest.dates import parse_field, parse_stated
from kzreader.ingest.language import detect_language

P1 = "Pasukan penjaga perdamaian CSTO akan meninggalkan Kazakhstan dua hari ke depan, kata Tokayev."
P2 = "Tokayev menyebut proses penarikan pasukan tidak akan sampai melebihi 10 hari ke depan."
EN = "Russia sent paratroopers into Kazakhstan on Thursday to help quell a countrywide uprising."
SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def parse(*lines: str, **fields: str):
    return read_parts(RawDoc(path="x.txt", text="\n".join(lines), fields=dict(fields), fmt="text"))


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("SENIN, 17 JANUARI 2022 | 06:21 WIB | LAPORAN: RENI ERINA", "2022-01-17T06:21:00+07:00"),
        ("• Kamis, 20 Januari 2022, 06:53 WIB", "2022-01-20T06:53:00+07:00"),
        ("CNN Indonesia | Minggu, 09/01/2022 19:45 WIB", "2022-01-09T19:45:00+07:00"),
        ("Kompas.com - 12/01/2022, 10:15 WIB", "2022-01-12T10:15:00+07:00"),
        ("Sabtu, 15 Januari 2022 21:40 WITA", "2022-01-15T21:40:00+08:00"),
        ("3 Mei 2022 pukul 10.00 WIT", "2022-05-03T10:00:00+09:00"),
        ("Diterbitkan 09 Agu 2022, 10:05 WIB", "2022-08-09T10:05:00+07:00"),
        ("January 6, 2022 11:47 AM UTC", "2022-01-06T11:47:00+00:00"),
        ("Updated 2:05 PM GMT, January 9, 2022", "2022-01-09T14:05:00+00:00"),
        ("Jakarta • Tue, January 11, 2022", "2022-01-11"),
        ("Rabu, 12 Desember 2021", "2021-12-12"),
    ],
)
def test_stated_dates(line: str, iso: str) -> None:
    assert parse_stated(line) == iso


def test_time_without_zone_takes_the_default() -> None:
    assert parse_stated("12 Januari 2022 09:01", default_zone=7) == "2022-01-12T09:01:00+07:00"
    assert parse_stated("12 Januari 2022 09:01") == "2022-01-12T09:01:00"


def test_iso_fields() -> None:
    assert parse_field("2022-01-09T10:32:00Z") == "2022-01-09T10:32:00+00:00"
    assert parse_field("2022-01-13") == "2022-01-13"
    assert parse_field("Senin 10 Jan 2022 17:42 WIB") == "2022-01-10T17:42:00+07:00"
    assert parse_field("kemarin") is None


def test_published_from_header_not_from_updated_line() -> None:
    parts = parse("Judul Yang Cukup Panjang Sekali", "Diterbitkan 09 Jan 2022, 10:05 WIB",
                  "Diperbarui 09 Jan 2022, 11:20 WIB", P1, P2)  # fmt: skip
    assert parts.published == "2022-01-09T10:05:00+07:00" and parts.published_basis == "stated"


def test_no_stated_date_leaves_published_to_inference() -> None:
    parts = parse("NURSULTAN, KOMPAS.TV - " + P1, P2)
    assert parts.published is None and parts.published_basis is None


def test_authors_in_natural_case_editors_excluded() -> None:
    assert parse("LAPORAN: RENI ERINA", P1, P2).authors == ["Reni Erina"]
    assert parse("Penulis: Irawati Kusumadewi", "Editor: Teguh Pribadi", P1, P2).authors == [
        "Irawati Kusumadewi"
    ]
    assert parse("By DANIYAR SULTANOV and Peter Halloran", EN, EN + " Again.").authors == [
        "Daniyar Sultanov", "Peter Halloran"
    ]  # fmt: skip
    assert parse("Rep: Nurul Aini Lubis/ Red: Gilang Ramadhan", P1, P2).authors == [
        "Nurul Aini Lubis"
    ]


def test_author_forms_without_a_label() -> None:
    assert parse("Rita Wulandari - detikNews", P1, P2).authors == ["Rita Wulandari"]
    assert parse("Dian Maharani (The Jakarta Post)", EN, EN + " More.").authors == ["Dian Maharani"]
    footer = parse("Jakarta, IDN Times - " + P1, P2, "Brahm Photo Verified Writer Brahm",
                   "Topik:", "• Vanny El Rahman")  # fmt: skip
    assert footer.authors == ["Brahm"]


def test_author_field_wins_and_is_split() -> None:
    assert parse(P1, P2, author="Aliya Nurlanovna; Peter Halloran").authors == [
        "Aliya Nurlanovna", "Peter Halloran"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("lead", "outlet", "place"),
    [
        ("NURSULTAN, KOMPAS.TV - ", "KompasTV", "Nursultan"),
        ("Jakarta, IDN Times - ", "IDN Times", "Jakarta"),
        ("Almaty (ANTARA) - ", "Antara", "Almaty"),
        ("TEMPO.CO, Jakarta - ", "Tempo", "Jakarta"),
        ("Liputan6.com, Almaty - ", "Liputan6.com", "Almaty"),
        ("Jakarta, CNN Indonesia -- ", "CNN Indonesia", "Jakarta"),
        ("KOMPAS.com - ", "Kompas.com", None),
        ("SinPo.id - ", "SinPo.id", None),
        ("ALMATY, Jan 6 (Reuters) - ", "Reuters", "Almaty"),
        ("ALMATY, Kazakhstan (AP) — ", "Associated Press", "Almaty"),
        ("REPUBLIKA.CO.ID, NUR-SULTAN -- ", "Republika", "Nur-Sultan"),
        ("BANDUNG, BERITABARU.CO.ID - ", "BERITABARU.CO.ID", "Bandung"),
    ],
)
def test_dateline_forms(lead: str, outlet: str, place: str | None) -> None:
    parts = parse("Sebuah Judul Yang Cukup Panjang", lead + P1, P2)
    assert (parts.outlet, parts.dateline) == (outlet, place)
    assert parts.text.startswith(lead.strip())


def test_place_only_dateline_with_outlet_from_byline() -> None:
    header = ["detikNews", "Internasional", "Judul Berita Yang Panjang"]
    byline = ["Rita Wulandari - detikNews", "Kamis, 06 Jan 2022 14:32 WIB"]
    parts = parse(*header, *byline, "Almaty - " + P1, P2)
    assert (parts.outlet, parts.dateline) == ("detikcom", "Almaty")
    assert parts.section == "Internasional"
    assert parts.published == "2022-01-06T14:32:00+07:00"


def test_rmol_layout_identifies_outlet_named_nowhere() -> None:
    parts = read_parts(read_documents(SEEDS / "000_4b6972fb77c412ea.txt")[0])
    assert (parts.outlet, parts.via, parts.section) == ("RMOL", None, "Dunia")
    assert parts.published == "2022-01-17T06:21:00+07:00"


def test_republished_article_has_via() -> None:
    parts = read_parts(read_documents(SEEDS / "002_5fddb913b5fd6b1b.txt")[0])
    assert (parts.outlet, parts.via, parts.authors) == ("RMOL", "Dimensy.id", ["Reni Erina"])


def test_idn_times_seed_metadata() -> None:
    parts = read_parts(read_documents(SEEDS / "003_13b1d207fc942444.txt")[0])
    assert parts.title == "Kazakhstan Bantah Kabar Akan Keluar dari CSTO"
    assert (parts.authors, parts.published, parts.dateline) == (["Brahm"], None, "Jakarta")


def test_untitled_seed_has_no_title() -> None:
    parts = read_parts(read_documents(SEEDS / "001_53b09ad841259d56.txt")[0])
    assert parts.title is None and parts.sources == ["Associated Press"]


def test_outlet_from_record_fields() -> None:
    assert parse(P1, P2, outlet="SINDOnews.com").outlet == "SINDOnews"
    assert parse(P1, P2, hostname="www.okezone.com").outlet == "Okezone"
    assert parse(P1, P2, outlet="Example News").outlet == "Example News"


def test_sources_from_trailer_lines() -> None:
    assert parse("KOMPAS.com - " + P1, P2, "Sumber: Reuters, Al Jazeera").sources == [
        "Reuters", "Al Jazeera"
    ]  # fmt: skip
    assert parse("TEMPO.CO, Jakarta - " + P1, P2, "REUTERS | AL JAZEERA").sources == [
        "Reuters", "Al Jazeera"
    ]  # fmt: skip


def test_language() -> None:
    assert detect_language(P1 + " " + P2) == "id"
    assert detect_language(EN + " The troops were deployed by the alliance.") == "en"
    assert parse(EN, EN + " And again.").language == "en"
    assert parse(P1, P2).language == "id"


def test_record_publication_keys_and_crawl_times() -> None:
    from kzreader.ingest.records import record_fields

    fields = record_fields({"judul": "Judul", "tanggal_terbit": "Senin 10 Jan 2022 14:00 WIB",
                            "diambil_pada": "2022-01-10T09:00:00Z"})  # fmt: skip
    assert fields["date"] == "Senin 10 Jan 2022 14:00 WIB"
    # a crawl or scrape time is never the publication date, even when a date stem matches
    assert "date" not in record_fields({"title": "T", "crawl_date": "2022-01-10T09:00:00Z"})
    assert "date" not in record_fields({"title": "T", "scrapedTimestamp": "2022-01-10"})
    assert record_fields({"title": "T", "pubDateUtc": "2022-01-10"})["date"] == "2022-01-10"


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Wire Service |21.03.2022 - 09:15 GMT+3 | Update: 21.03.2022 - 11:40 GMT+3",
         "2022-03-21T09:15:00+03:00"),
        ("07.04.2022 14:30 UTC-5", "2022-04-07T14:30:00-05:00"),
        ("09:10 04.02.2022 (diperbarui: 17:55 04.02.2022)", "2022-02-04T09:10:00"),
    ],
)  # fmt: skip
def test_dotted_dates_gmt_offsets_and_an_update_after_the_date(line: str, iso: str) -> None:
    assert parse_stated(line) == iso


def test_date_line_with_update_after_the_published_date_is_the_published_date() -> None:
    dated = "09:10 04.02.2022 (diperbarui: 17:55 04.02.2022)"
    parts = parse("Judul Berita Tentang Kazakhstan Hari Ini", dated, "", P1, P2)
    assert parts.published == "2022-02-04T09:10:00+07:00"


def test_lone_name_beside_the_date_line_is_the_author() -> None:
    parts = parse(
        "Home Internasional", "Judul Berita Tentang Kazakhstan Hari Ini", "Ratih Kusumawardani",
        "Senin, 14 Februari 2022 - 08:30:00 WIB", "", P1, P2,
    )  # fmt: skip
    assert parts.authors == ["Ratih Kusumawardani"]


def test_markdown_masthead_link_names_the_outlet() -> None:
    parts = parse(
        "[Caspian Notes](https://caspiannotes.example.org)", "",
        "# A Long Headline About the Steppe",
        "", "*By Jane Roe*", "", EN, "", EN.replace("Thursday", "Friday"),
    )  # fmt: skip
    assert parts.outlet == "Caspian Notes"
    assert parts.title == "A Long Headline About the Steppe"
    assert parts.authors == ["Jane Roe"]
