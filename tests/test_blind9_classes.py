"""One class per blind9 failure, each on our own example text (not the blind set's)."""

from __future__ import annotations

from pathlib import Path

from kzreader.extract.figures import find_figures
from tests.parsing import parse_file

P1 = (
    "Pemerintah Kota Shymkent menutup dua pasar induk setelah harga daging naik tajam sejak "
    "awal pekan, Kamis (3/3/2022)."
)
P2 = (
    "Wali kota mengumumkan lewat akun media sosialnya bahwa pasar akan dibuka kembali setelah "
    "pemeriksaan selesai."
)
P3 = (
    "Menurut dinas perdagangan setempat, pedagang diminta menurunkan harga sebelum pasar dibuka "
    "kembali pada pekan depan."
)



def test_blockquoted_tweet_is_no_body_but_a_quoted_person_is(tmp_path: Path):
    tweet = "\n".join([
        "# Dua Pasar Induk Shymkent Ditutup", "", P1, "", P2, "",
        "> Markets will reopen once inspections are complete. Thank you for your patience.",
        "> — City of Shymkent (@ShymkentCity) March 3, 2022", "", "* * *", "", P3,
    ])  # fmt: skip
    assert parse_file(tmp_path, "tweet.md", tweet).text.split("\n") == [P1, P2, P3]
    linked = "\n".join([
        "# Dua Pasar Induk Shymkent Ditutup", "", P1, "", P2, "",
        "> Pasar dibuka lagi pekan depan. pic.twitter.com/AbC123xyz", "", P3,
    ])  # fmt: skip
    assert parse_file(tmp_path, "linked.md", linked).text.split("\n") == [P1, P2, P3]
    quoted = (
        "Pedagang, kata Aigerim, sudah menurunkan harga sejak kemarin dan pembeli mulai datang "
        "kembali ke pasar."
    )
    person = "\n".join(["# Dua Pasar Induk Shymkent Ditutup", "", P1, "", f"> {quoted}", "", P3])
    assert parse_file(tmp_path, "person.md", person).text.split("\n") == [P1, quoted, P3]


def test_number_word_before_an_office_holder_noun_is_a_figure():
    text = "Presiden melantik tiga gubernur baru, sementara lima menteri tetap menjabat."
    found = [(f.text, f.value, f.unit) for f in find_figures(text)]
    assert found == [("tiga gubernur", 3, "gubernur"), ("lima menteri", 5, "menteri")]


def test_wire_slugs_cut_from_the_title(tmp_path: Path):
    body = (
        "ASTANA, March 3 (Reuters) - Kazakhstan's central bank raised its base rate on Thursday "
        "to curb inflation, it said in a statement."
    )
    for slug in ("UPDATE 3-", "RPT-", "CORRECTED-", "RPT-UPDATE 1-", "EXCLUSIVE-"):
        page = "\n".join([f"{slug}Kazakhstan central bank raises base rate", "", body])
        assert parse_file(tmp_path, "wire.txt", page).title == (
            "Kazakhstan central bank raises base rate"
        ), slug
    page = "\n".join(["UPDATE-FREE plan for Kazakh banks", "", body])
    assert parse_file(tmp_path, "plain.txt", page).title == "UPDATE-FREE plan for Kazakh banks"
