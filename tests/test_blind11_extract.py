"""One class per blind11 extraction failure, each on our own invented sentences."""

from __future__ import annotations

from kzreader.extract import extract_facts
from kzreader.model import Figure, Quote


def speakers(text: str, language: str = "id") -> list[str | None]:
    facts = extract_facts(text, published="2022-03-01", language=language)
    return [f.speaker for f in facts if isinstance(f, Quote)]


def figures(text: str, language: str = "en") -> list[tuple[str, float]]:
    facts = extract_facts(text, published="2022-03-01", language=language)
    return [(f.text, f.value) for f in facts if isinstance(f, Figure)]


# --- a role written before its owner: `Juru bicara X, Nama Lengkap,` ----------------------


def test_role_anaphora_finds_the_name_apposed_to_a_role_owned_by_someone_else():
    text = (
        "Tokayev memimpin rapat darurat di Astana pada Senin.\n"
        "Juru bicara Tokayev, Serik Balgabayev, pada Selasa menjelaskan bahwa rapat berlangsung "
        "tertutup.\n"
        "“Presiden meminta semua menteri tetap di pos masing-masing,” tulis juru bicara itu "
        "di Telegram."
    )
    assert speakers(text) == ["Serik Balgabayev"]


def test_spokesman_of_a_person_apposed_in_english():
    text = (
        "Lukashenko met his cabinet on Monday.\n"
        "Spokesman Lukashenko, Pavel Grigorenko, later said the meeting had been short.\n"
        "“Nothing was decided today,” the spokesman told reporters."
    )
    assert speakers(text, "en") == ["Pavel Grigorenko"]


def test_a_role_before_a_list_of_names_is_not_moved():
    text = (
        "Presiden Tokayev, Ahmad Sulaiman, dan para menteri bertemu di Astana.\n"
        "“Kita harus tenang,” kata presiden itu."
    )
    assert speakers(text) == ["Kassym-Jomart Tokayev"]


# --- a body referred back to: `kata organisasi itu`, `the group said` -------------------


def test_organisation_anaphora_points_to_the_body_named_with_a_body_noun():
    text = (
        "Lembaga pemantau pemilu Suara Rakyat menyoroti penghitungan suara di Shymkent.\n"
        "Kementerian Dalam Negeri belum memberikan tanggapan.\n"
        "“Kami menemukan selisih di banyak tempat pemungutan suara,” kata organisasi itu "
        "dalam siaran persnya."
    )
    assert speakers(text) == ["Suara Rakyat"]


def test_group_anaphora_with_a_different_body_noun():
    text = (
        "Koalisi nelayan Laut Biru menolak rencana reklamasi.\n"
        "“Kami tidak pernah diajak bicara,” ujar kelompok tersebut."
    )
    assert speakers(text) == ["Laut Biru"]


def test_the_group_said_in_english():
    text = (
        "The press freedom group Open Wire counted eleven arrests.\n"
        "“Reporters were detained while filming,” said the group."
    )
    assert speakers(text, "en") == ["Open Wire"]


# --- a body described, then named after a comma: `kantor …, Akorda,` ----------------------


def test_body_described_then_named_after_a_comma_speaks():
    text = (
        "“Semua jalan menuju bandara sudah dibuka kembali,” demikian pernyataan kantor "
        "wali kota Almaty, Akimat, seperti dikutip dari Interfax."
    )
    assert speakers(text) == ["Akimat"]


def test_weekday_after_a_body_description_is_no_name():
    text = "“Pasokan gas kembali normal,” kata kantor gubernur, Senin."
    assert speakers(text) != ["Senin"]


# --- English participles after a number are not what it counts --------------------------


def test_number_in_a_channel_name_before_a_participle_is_no_figure():
    text = (
        "The toll, announced by the broadcaster Astana 12 quoting the police, rose to "
        "40 people."
    )
    assert figures(text) == [("40 people", 40)]


def test_participle_between_number_and_noun_is_skipped_for_the_unit():
    facts = extract_facts("Police said 14 masked gunmen were held.", published="2022-03-01",
                          language="en")  # fmt: skip
    figs = [f for f in facts if isinstance(f, Figure)]
    assert [(f.text, f.value, f.unit) for f in figs] == [("14 masked gunmen", 14, "gunmen")]


def test_indonesian_words_ending_like_participles_still_count():
    assert figures("Warga menyembelih 12 kambing untuk pesta.", "id") == [("12 kambing", 12)]
