"""One class per blind10 failure, each on our own example text (not the blind set's)."""

from __future__ import annotations

from pathlib import Path

from kzreader.ingest.load import split_run_on
from tests.parsing import parse_file

P1 = (
    "AKTOBE, KOMPAS.com - Pemerintah Kota Aktobe menutup tiga jembatan setelah debit Sungai "
    "Ilek naik tajam sejak Selasa pagi, Rabu (2/3/2022)."
)
P2 = (
    "Petugas mengevakuasi warga dari dua desa di tepi sungai dan membuka posko darurat di "
    "gedung sekolah setempat."
)
P3 = "Wali kota meminta warga menjauhi bantaran sungai sampai air surut."



def test_search_engine_cache_banner_is_furniture(tmp_path: Path):
    page = "\n".join([
        "This is Google's cache of https://regional.kompas.com/read/2022/03/02/banjir-aktobe. "
        "It is a snapshot of the page as it appeared on 3 Mar 2022 10:00:00 GMT.",
        "The current page could have changed in the meantime. Learn more.",
        "Full version  Text-only version  View source",
        "Tip: To quickly find your search term on this page, press Ctrl+F.",
        "", "Kompas.com", "Regional", "Banjir Tutup Tiga Jembatan di Aktobe",
        "Kompas.com - 02/03/2022, 09:15 WIB", "Penulis Dewi Lestari | Editor Budi Santoso",
        "", P1, "", P2, "", P3,
    ])  # fmt: skip
    parts = parse_file(tmp_path, "cache.txt", page)
    assert parts.text.split("\n") == [P1, P2, P3]
    assert parts.title == "Banjir Tutup Tiga Jembatan di Aktobe"
    assert parts.published.startswith("2022-03-02")
    assert "cache" not in parts.text and "snapshot" not in parts.text


def test_one_line_article_splits_at_double_spaces(tmp_path: Path):
    filler = " ".join([P2] * 12)
    line = "  ".join([
        "Banjir Tutup Tiga Jembatan di Aktobe", "Oleh Dewi Lestari",
        "Diterbitkan 02 Mar 2022, 09:15 WIB",
        "Liputan6.com, Aktobe - Pemerintah Kota Aktobe menutup tiga jembatan, Rabu (2/3/2022).",
        filler, "Baca Juga", "Warga Aktobe Mengungsi ke Sekolah", P3,
    ])  # fmt: skip
    assert len(line) > 1500
    parts = parse_file(tmp_path, "oneline.txt", line)
    paras = parts.text.split("\n")
    assert paras[0].startswith("Liputan6.com, Aktobe - ")
    assert paras[1:] == [filler, P3]
    assert parts.title == "Banjir Tutup Tiga Jembatan di Aktobe"


def test_run_on_split_is_conservative():
    short = "  ".join([P1, P2, P3, P2])  # double spaces, but a short line
    assert split_run_on(short) == short
    long_few = P2 * 20 + "  " + P3  # long, but only one gap
    assert split_run_on(long_few) == long_few
    many_lines = "\n".join([P1] * 8 + ["  ".join([P2 * 20] * 5)])
    assert split_run_on(many_lines) == many_lines


def test_wire_contributor_line_without_report_is_junk():
    from kzreader.ingest.lines import classify, normalise

    line = classify(normalise("Associated Press writer Ivan Petrov in Bishkek contributed."))
    assert (line.kind, line.reason) == ("junk", "credit")
    prose = "The AP writer said his brother contributed money to the fund and left."
    assert classify(normalise(prose)).kind == "text"

