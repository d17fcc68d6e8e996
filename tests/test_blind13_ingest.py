"""One class per blind13 ingest failure, each on our own example text (not the blind set's)."""

from __future__ import annotations

from pathlib import Path

from tests.parsing import ID1, ID2, parse_file

EN1 = (
    "AKTOBE, Kazakhstan (AP) — Authorities closed three bridges on Tuesday after the Ilek "
    "river rose sharply, the regional emergency department said."
)
EN2 = (
    "Rescuers moved 240 residents from two villages on the river bank and set up a shelter "
    "in a local school, officials said."
)


def test_a_note_above_the_headline_is_not_the_title(tmp_path: Path):
    mail = "\n".join([
        "---------- Forwarded message ---------",
        "From: Dewi Lestari <dewi@example.org>",
        "Date: Fri, Mar 4, 2022 at 9:12 AM",
        "Subject: flood story for the timeline",
        "To: <desk@example.org>", "", "",
        "Hi all, pasted from the wire below for the March 2 entry. The count of evacuees "
        "differs from the one we logged earlier.",
        "-D", "",
        "Floods close three bridges in Aktobe", "",
        "By NADIA KUSUMA", "March 2, 2022", "",
        EN1, "", EN2, "",
        "--", "Dewi Lestari", "Research Assistant, Eurasia Desk", "Tel. +62 21 555 0100",
    ])  # fmt: skip
    parts = parse_file(tmp_path, "fwd.txt", mail)
    assert parts.title == "Floods close three bridges in Aktobe"
    assert parts.authors == ["Nadia Kusuma"]  # not the signature's `Research Assistant`
    assert parts.text.split("\n") == [EN1, EN2]


def test_a_credit_label_over_its_name(tmp_path: Path):
    page = "\n".join([
        "Dunia", "Banjir Tutup Tiga Jembatan di Aktobe", "",
        "Reporter:", "Dewi Lestari", "",
        "Editor:", "Budi Santoso", "",
        "Rabu, 2 Maret 2022 08:15 WIB", "",
        "TEMPO.CO, Jakarta - " + ID1, "", ID2,
    ])  # fmt: skip
    parts = parse_file(tmp_path, "tempo.txt", page)
    assert parts.authors == ["Dewi Lestari"]  # the reporter, not the editor
    assert parts.text.split("\n") == ["TEMPO.CO, Jakarta - " + ID1, ID2]
