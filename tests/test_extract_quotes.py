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


# --- a name after a role and a comma ---------------------------------------------------


def test_name_after_role_and_comma_speaks_and_is_the_antecedent():
    text = ("“Semua WNI dalam keadaan baik dan terus kami pantau,” kata Pelaksana Fungsi "
            "Penerangan KBRI Nur-Sultan, Yudha Permana, kepada wartawan, Senin (10/1/2022).\n"
            "Menurut dia, KBRI sudah menyiapkan tempat penampungan.\n"
            "“Kami juga membuka layanan darurat 24 jam,” ujarnya.")
    assert [s for _, s in quotes(text)] == ["Yudha Permana", "Yudha Permana"]


def test_name_after_company_role_and_comma():
    text = ("\"Dampaknya terhadap ekonomi Indonesia relatif kecil,\" kata Kepala Ekonom PT Bank "
            "Central Asia, Hendra Wijaya, Senin (10/1/2022).\n"
            "Ia menambahkan harga minyak dunia bisa naik.\n"
            "\"Kita tetap perlu waspada terhadap gejolak harga energi,\" katanya.")
    assert [s for _, s in quotes(text)] == ["Hendra Wijaya", "Hendra Wijaya"]


def test_rank_is_stripped_from_the_name_after_the_comma():
    text = ("\"Misi kami sudah selesai,\" kata komandan pasukan penjaga perdamaian CSTO, "
            "Jenderal Andrei Serdyukov, kepada wartawan.\n"
            "\"Penarikan pasukan akan selesai dalam sepuluh hari,\" tambahnya.")
    assert [s for _, s in quotes(text)] == ["Andrei Serdyukov", "Andrei Serdyukov"]


def test_dotted_titles_and_initials():
    text = ("\"Semua WNI dalam keadaan aman,\" kata Duta Besar RI untuk Kazakhstan, "
            "M. Fadjroel Rachman, Sabtu (8/1/2022).\n"
            "\"Ini bukan revolusi warna,\" kata pakar hukum internasional, Prof. Dr. Hikmahanto "
            "Juwana.")
    assert [s for _, s in quotes(text)] == ["M. Fadjroel Rachman", "Hikmahanto Juwana"]


def test_weekday_after_the_comma_is_not_a_name():
    text = "\"Situasi sudah terkendali,\" kata Presiden Kassym-Jomart Tokayev, Senin (10/1)."
    assert quotes(text)[0][1] == "Kassym-Jomart Tokayev"


# --- pronouns after someone newly introduced -------------------------------------------


def test_pronoun_binds_to_the_person_introduced_just_before():
    text = ("Presiden Kassym-Jomart Tokayev mengatakan situasi sudah stabil.\n"
            "\"Para teroris sudah dilumpuhkan,\" kata Tokayev.\n"
            "Sementara itu, warga Almaty bernama Aigul Nurlanova mengaku takut keluar rumah.\n"
            "\"Kami tidak punya makanan selama tiga hari,\" ujarnya.")
    assert [s for _, s in quotes(text)] == ["Kassym-Jomart Tokayev", "Aigul Nurlanova"]


def test_pronoun_binds_to_a_subject_set_off_by_commas_or_an_age():
    text = ("\"Kami akan menstabilkan situasi,\" kata Tokayev.\n"
            "Warga Almaty, Aigul Nurlanova, kehilangan tokonya saat kerusuhan.\n"
            "\"Semuanya habis dijarah,\" ujarnya.\n"
            "Seorang ibu rumah tangga, Gulnara (45), tidak bisa membeli roti.\n"
            "\"Toko-toko tutup semua,\" katanya.")
    assert [s for _, s in quotes(text)] == [
        "Kassym-Jomart Tokayev", "Aigul Nurlanova", "Gulnara"]


def test_pronoun_follows_the_subject_not_the_object():
    text = ("\"Kami akan menstabilkan situasi,\" kata Presiden Kassym-Jomart Tokayev.\n"
            "Tokayev juga menelepon Presiden Rusia Vladimir Putin.\n"
            "\"Kami berterima kasih atas bantuan sekutu,\" ujarnya.")
    assert quotes(text)[1][1] == "Kassym-Jomart Tokayev"


# --- institutions ----------------------------------------------------------------------


def test_institution_statements():
    text = ("\"Situasi di Almaty terkendali,\" demikian pernyataan KNB.\n"
            "\"Akses internet dipulihkan secara bertahap,\" demikian pernyataan Kementerian "
            "Pengembangan Digital Kazakhstan.\n"
            "\"Semua pelaku akan dihukum,\" bunyi pernyataan Kantor Kejaksaan Agung Kazakhstan.\n"
            "\"Kami mengecam kekerasan,\" tulis Kementerian Luar Negeri Rusia dalam "
            "pernyataannya.\n"
            "Menurut pernyataan Komite Keamanan Nasional, \"Situasi sudah normal kembali di "
            "seluruh kota.\"\n"
            "Badan Meteorologi dalam keterangan tertulisnya menyatakan, \"Cuaca akan dingin "
            "sepanjang pekan ini di Almaty.\"")
    assert [s for _, s in quotes(text)] == [
        "KNB", "Kementerian Pengembangan Digital Kazakhstan",
        "Kantor Kejaksaan Agung Kazakhstan", "Kementerian Luar Negeri Rusia", "KNB",
        "Badan Meteorologi"]  # fmt: skip


# --- English ---------------------------------------------------------------------------


def test_english_appositive_gives_the_name():
    text = ("\"He has not been seen since Thursday,\" his sister, Aigerim Dauletova, told RFE/RL.\n"
            "\"We are afraid for him,\" she said.\n"
            "\"We have not heard from him,\" Aigerim Dauletova, his sister, told Reuters.")
    assert [s for _, s in quotes(text, "en")] == ["Aigerim Dauletova"] * 3


def test_english_person_beats_the_organisation_in_the_clause():
    text = ("\"The situation is stabilising,\" Interior Ministry spokesman Saltanat Azirbek told "
            "reporters.\n"
            "\"Order has been restored,\" Marat Akhmetov of the Interior Ministry told Reuters.\n"
            "\"We will find them,\" said Sergei Ivanov, a spokesman for the Interior Ministry.\n"
            "\"All roads are open again,\" the Interior Ministry said in a statement.")
    assert [s for _, s in quotes(text, "en")] == [
        "Saltanat Azirbek", "Marat Akhmetov", "Sergei Ivanov", "Interior Ministry"]


def test_english_pronoun_after_an_untitled_speaker():
    text = ("\"We will restore order,\" Tokayev said.\n"
            "Galym Abenov, a taxi driver in Almaty, said he had not worked for a week. \"There "
            "is no fuel and no customers anywhere,\" he said.\n"
            "Saule Bekova, 34, lost her shop in the riots.\n"
            "\"Everything was taken,\" she said.")
    assert [s for _, s in quotes(text, "en")] == [
        "Kassym-Jomart Tokayev", "Galym Abenov", "Saule Bekova"]


def test_a_short_term_the_sentence_runs_past_is_not_a_quote() -> None:
    """`menyebut jika Blinken “paham sejarah”, maka …`: a speech verb before a few quoted
    words does not make them a quote when the writer's sentence carries on after them."""
    text = (
        "Kementerian Luar Negeri Rusia menanggapi komentar Blinken. Kremlin menyebut jika "
        "Blinken “paham sejarah”, maka AS lah yang sering membuat kekacauan.\n"
        'Ia menyebut pasukan dikirim "untuk jangka waktu terbatas" guna menstabilkan situasi.'
    )
    assert [f for f in extract_facts(text, published="2022-01-11") if f.kind == "quote"] == []


def test_a_short_quote_that_closes_its_clause_stays_a_quote() -> None:
    text = 'Presiden Kassym-Jomart Tokayev mengatakan, "Teroris menyerang Almaty," kepada wartawan.'
    (quote,) = [f for f in extract_facts(text, published="2022-01-11") if f.kind == "quote"]
    assert quote.text == "Teroris menyerang Almaty," and quote.speaker == "Kassym-Jomart Tokayev"


def test_role_phrase_pointing_back_resolves_to_the_person_introduced_with_it():
    """`kata pejabat imigrasi itu`: no one holds `pejabat` by name, so the phrase goes to the
    person whose introduction shares its words, not to the last person named."""
    text = ("Kepala Seksi Imigrasi Bandara Almaty, Yerlan Dosmukhamedov, mengatakan antrean "
            "mulai berkurang. Presiden Kassym-Jomart Tokayev meninjau bandara pada sore hari.\n"
            "“Petugas kami bekerja dua shift,” kata pejabat imigrasi itu.")
    assert quotes(text)[0][1] == "Yerlan Dosmukhamedov"
    # a generic `pejabat tersebut` with no shared word goes to the office holder named last
    text = ("Direktur Operasional KBRI, Laila Fitriani, menjelaskan evakuasi.\n"
            "“Semua warga sudah terdata,” ujar pejabat tersebut.")
    assert quotes(text)[0][1] == "Laila Fitriani"
    # with no one to point back to, the role phrase itself is the speaker
    assert quotes("“Bandara dibuka besok,” kata pejabat bandara tersebut.")[0][1] == (
        "pejabat bandara")
    # an indefinite role is no one in particular
    assert quotes("“Bandara dibuka besok,” kata seorang pejabat.")[0][1] is None


# --- blind3 classes ------------------------------------------------------------------


def test_given_name_alone_names_an_untitled_person_again():
    text = ("Warga Aktobe, Bayu Setiawan, sempat bertahan di asrama.\n"
            "Presiden Kassym-Jomart Tokayev berpidato malam itu.\n"
            "Menurut Bayu, listrik di asrama padam sejak sore.\n"
            "“Kami memasak dengan kompor darurat,” ujarnya.")  # fmt: skip
    assert quotes(text) == [("Kami memasak dengan kompor darurat,", "Bayu Setiawan")]


def test_first_name_reuse_confirms_an_untitled_full_name():
    text = ("Keadaan lain dialami Sinta Maharani Lubis, perawat di Shymkent.\n"
            "Presiden Kassym-Jomart Tokayev menolak berunding.\n"
            "Sinta menuturkan, rumah sakit kekurangan obat.\n"
            "“Kami bekerja dua shift sekaligus,” katanya.")  # fmt: skip
    assert quotes(text)[-1] == ("Kami bekerja dua shift sekaligus,", "Sinta Maharani Lubis")


def test_resident_known_only_by_a_given_name_speaks():
    text = ("The analyst Maria Lopez said the crisis was far from over.\n"
            "A taxi driver who gave his name only as Daniyar told AFP the roads were empty. "
            "\"Nobody wants to drive at night,\" he said.")  # fmt: skip
    assert quotes(text, "en") == [("Nobody wants to drive at night,", "Daniyar")]


def test_demonym_in_a_role_is_no_name():
    text = ("\"Every citizen abroad has been reached by phone,\" the ministry's head of consular "
            "affairs for Indonesian nationals, Budi Hartono, told reporters.")  # fmt: skip
    assert quotes(text, "en")[0][1] == "Budi Hartono"


def test_possessive_office_is_the_speaking_body():
    text = ("President Kassym-Jomart Tokayev spoke on Friday. The toll rose to 200, "
            "including \"several dozen members of the security forces,\" according to the "
            "president's office.")  # fmt: skip
    assert quotes(text, "en")[0][1] == "president's office"


def test_according_to_a_role_and_an_apposed_name():
    text = ("Kementerian Energi membela kebijakan itu. Menurut Direktur Jenderal Migas "
            "Kazakhstan, Arman Sultanov, “harga akan dikendalikan selama enam bulan ke depan.” "
            "Pemerintah menyebut subsidi akan dikaji ulang pekan depan.")  # fmt: skip
    assert quotes(text)[0][1] == "Arman Sultanov"


def test_quote_opening_a_sentence_mid_paragraph_is_not_a_fragment():
    text = ("The Almaty-based group Civic Watch said it had counted 40 arrests. "
            "\"Peaceful protesters are being detained alongside looters,\" the group said.")
    assert [q for q, _ in quotes(text, "en")] == [
        "Peaceful protesters are being detained alongside looters,"]


def test_partial_quote_ending_a_sentence_of_reported_speech():
    text = ("Menteri Luar Negeri Inggris Liz Truss sebelumnya mengingatkan bahwa begitu pasukan "
            "asing masuk, “tidak mudah untuk meminta mereka pulang kembali.”")  # fmt: skip
    assert quotes(text) == [("tidak mudah untuk meminta mereka pulang kembali.", "Liz Truss")]


def test_short_partial_quote_stays_a_scare_quote():
    text = "Tokayev mengatakan bahwa kelompok yang menyerang kota itu adalah “teroris asing.”"
    assert quotes(text) == []


def test_unclosed_quote_ends_before_its_attribution():
    text = ("Warga Almaty, Nurlan Abenov, antre sejak subuh.\n"
            "“Bensin habis di tiga SPBU yang saya datangi, kata pengemudi taksi itu.\n"
            "Antrean baru bubar menjelang siang.")  # fmt: skip
    assert quotes(text) == [("Bensin habis di tiga SPBU yang saya datangi,", "Nurlan Abenov")]


def test_pronoun_skips_a_name_in_a_possessive_or_a_comparison():
    text = ("We met Dana Okafor, an economist in Almaty who has tracked the Nazarbayev "
            "family's holdings for years. “The reforms came too late,” she says.\n"
            "Okafor expects the crackdown to last longer than Tokayev admits. “Investors will "
            "wait and see,” she told me.")
    assert [s for _, s in quotes(text, "en")] == ["Dana Okafor", "Dana Okafor"]


def test_pronoun_prefers_the_paragraph_subject_to_a_later_mention():
    text = ("Menteri Luar Negeri Wulan Prasetyo meninjau pameran bersama Presiden Rusia "
            "Vladimir Putin. “Kerja sama dagang kita terus tumbuh,” ujarnya.")
    assert quotes(text) == [("Kerja sama dagang kita terus tumbuh,", "Wulan Prasetyo")]


def test_apposed_person_after_a_role_and_an_organisation_speaks():
    text = ("Ekonom senior Lintas Kapital, Maya Santoso, mengatakan: “Inflasi akan turun "
            "perlahan hingga kuartal ketiga.”")
    assert quotes(text)[0][1] == "Maya Santoso"


def test_apposed_name_ending_in_a_role_word_is_a_person():
    text = ("Seorang pedagang di Pasar Baru, Dedi Hakim, mengaku omzetnya turun separuh. "
            "“Pembeli sepi sejak pekan lalu,” katanya.")
    assert quotes(text) == [("Pembeli sepi sejak pekan lalu,", "Dedi Hakim")]
