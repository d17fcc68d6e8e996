"""Test helper: a text written to a file, read back through load → clean → metadata."""

from __future__ import annotations

from pathlib import Path

from kzreader.ingest import ArticleParts, read_documents, read_parts

# Two body paragraphs of our own (an invented flood in Aktobe) for layout tests.
ID1 = (
    "Pemerintah Kota Aktobe menutup tiga jembatan setelah debit Sungai Ilek naik tajam sejak "
    "Selasa pagi, Rabu (2/3/2022)."
)
ID2 = (
    "Petugas mengevakuasi warga dari dua desa di tepi sungai dan membuka posko darurat di "
    "gedung sekolah setempat."
)


def parse_file(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> ArticleParts:
    """The parts of the first article in `text`, saved as `tmp_path / name`."""
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return read_parts(read_documents(path)[0])
