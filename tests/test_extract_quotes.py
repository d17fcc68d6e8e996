"""Quotes and their speakers, through `extract_facts`."""

from kzreader.extract import extract_facts
from kzreader.model import Quote


def quotes(text, language="id"):
    facts = extract_facts(text, published="2022-01-12", language=language)
    return [(f.text, f.speaker) for f in facts if isinstance(f, Quote)]


def test_surname_resolves_to_the_introduced_full_name():
    text = ("Hal ini disampaikan oleh Presiden Kazakhstan Kassym-Jomart Tokayev.\n"
            "“Misi utama sudah berhasil diselesaikan,” kata Tokayev dalam rapat parlemen.")
    assert quotes(text) == [("Misi utama sudah berhasil diselesaikan,", "Kassym-Jomart Tokayev")]


def test_role_and_place_words_are_stripped_from_the_speaker():
    text = ("“Tidak ada provokasi yang terdeteksi di area penjagaan,” kata Wakil Komandan Pasukan "
            "Khusus Belarusia Sergey Andreev kepada Associated Press.")
    assert quotes(text)[0][1] == "Sergey Andreev"


def test_nested_straight_quote_closes_the_curly_one_before_attribution():
    text = ("“Kelompok militan digunakan untuk menyerang dalam \"sebuah tindakan agresi,\" ujar "
            "Presiden Rusia Vladimir Putin, dikutip dari Xinhua News.")
    assert quotes(text) == [
        ('Kelompok militan digunakan untuk menyerang dalam "sebuah tindakan agresi,',
         "Vladimir Putin")]  # fmt: skip


def test_role_noun_finds_the_person_introduced_with_it():
    text = ("Presiden Rusia, Vladimir Putin menuding ada campur tangan asing.\n"
            "\"Dari mana datangnya para komplotan bersenjata itu?\" tanya sang presiden.")
    assert quotes(text)[0][1] == "Vladimir Putin"


def test_pronoun_skips_names_inside_quotes():
    text = ("Menteri Luar Negeri Kazakhstan Mukhtar Tileuberdi mengatakan situasi normal.\n"
            "“Saya memiliki kontak dengan Menteri Luar Negeri Wang Yi. Mereka siap membantu,” "
            "ujarnya.")
    assert quotes(text)[0][1] == "Mukhtar Tileuberdi"


def test_attribution_on_the_previous_paragraph():
    text = ("Menteri Luar Negeri Erlan Sadykov hadir.\nSadykov mengatakan serangan itu kudeta.\n"
            "Saat ditanya soal itu, dia berkata:\n"
            "“Ya, sangat tidak menyenangkan untuk mengetahui hal ini. Makanya kami minta bantuan.”")
    assert quotes(text)[0][1] == "Erlan Sadykov"


def test_an_institution_can_speak():
    text = ("Keterangan itu disampaikan oleh Kementerian Luar Negeri Kazakhstan.\n"
            "\"Informasi yang tersebar di media sosial kemarin adalah sebuah karangan fiksi,\" "
            "paparnya.")
    assert quotes(text)[0][1] == "Kementerian Luar Negeri Kazakhstan"


def test_scare_quotes_are_not_quotes():
    text = ("Blinken menyebut, sekalinya Rusia berada di “rumahmu”, akan sulit menyuruh mereka "
            "pergi. Tokayev meminta CSTO mengirim “penjaga perdamaian” pada 5 Januari.")
    assert quotes(text) == []


def test_unclosed_quote_runs_to_paragraph_end_and_takes_the_sequels_speaker():
    text = ("Presiden Kassym-Jomart Tokayev berpidato.\n"
            "\"Saya yakin sudah saatnya mereka membayar utang kepada rakyat. Itu saja.\n"
            "\"Perusahaan besar wajib menyetor kontribusi tahunan,\" lanjut Tokayev.")
    got = quotes(text)
    assert got[0] == ("Saya yakin sudah saatnya mereka membayar utang kepada rakyat. Itu saja.",
                      "Kassym-Jomart Tokayev")  # fmt: skip
    assert got[1][1] == "Kassym-Jomart Tokayev"


def test_english_subject_before_verb():
    text = ("\"The peacekeeping forces will be deployed for a limited period,\" Armenian Prime "
            "Minister Nikol Pashinyan, who chairs the alliance, said in a statement.\n"
            "\"We are watching closely,\" he said.")
    assert quotes(text, "en") == [
        ("The peacekeeping forces will be deployed for a limited period,", "Nikol Pashinyan"),
        ("We are watching closely,", "Nikol Pashinyan"),
    ]


def test_quote_offsets_cover_the_words_inside_the_marks():
    text = "“Kami tidak berjanji apa-apa,” tegas menteri itu."
    (q,) = [f for f in extract_facts(text, published=None) if isinstance(f, Quote)]
    assert text[q.start : q.end] == q.text == "Kami tidak berjanji apa-apa,"
    assert q.cue.startswith("tegas")
