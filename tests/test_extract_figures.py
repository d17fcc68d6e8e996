"""Figures: values, qualifiers, units, measures, and what is not a figure."""

import pytest

from kzreader.extract.figures import find_figures


def figs(text, language="id"):
    return [(f.text, f.value, f.unit, f.qualifier, f.measure)
            for f in find_figures(text, language=language)]  # fmt: skip


def test_seed_style_figures():
    text = ("Sekitar 2.500 pasukan CSTO diterjunkan. Kerusuhan menewaskan lebih dari 160 orang. "
            "Penarikan tidak akan sampai melebihi 10 hari.")  # fmt: skip
    assert figs(text) == [
        ("Sekitar 2.500 pasukan", 2500, "pasukan", "approx", "troops"),
        ("lebih dari 160 orang", 160, "orang", "more_than", "deaths"),
        ("melebihi 10 hari", 10, "hari", "at_most", "duration"),
    ]


def test_number_words_need_a_counted_noun():
    got = figs("aliansi enam negara, pergi dua hari ke depan")
    assert got[0][:3] == ("enam negara", 6, "negara")
    assert [f[1] for f in figs("dua hari ke depan")] == [2]
    assert figs("di Lima, Peru, salah satu pejabat") == []


def test_measure_comes_from_the_clause():
    got = figs("225 orang telah tewas, sementara sekitar 7.000 orang telah ditangkap")
    assert [f[4] for f in got] == ["deaths", "detained"]


def test_bare_number_without_unit():
    assert figs("di antaranya sekitar 5.000 telah diproses") == [
        ("sekitar 5.000", 5000, None, "approx", None)
    ]


def test_money_and_percent():
    got = figs("kerugian Rp 1,2 triliun atau 87 miliar tenge, naik 25 persen dan 50%")
    assert [(f[1], f[4]) for f in got] == [
        (1_200_000_000_000, "money"), (87_000_000_000, "money"), (25, "percent"), (50, "percent"),
    ]  # fmt: skip


def test_ranges_give_two_figures_over_one_span():
    got = list(find_figures("sebanyak 20-30 orang dan antara 5 hingga 12 tahun"))
    assert [(f.value, f.qualifier) for f in got] == [
        (20, "at_least"), (30, "at_most"), (5, "at_least"), (12, "at_most"),
    ]  # fmt: skip
    assert got[0].text == got[1].text == "20-30 orang"
    assert got[2].text == "antara 5 hingga 12 tahun"


@pytest.mark.parametrize(
    "text",
    [
        "wawancara dengan Russia-24", "pandemi COVID-19 dan KTT G20 serta jet F-16",
        "1. Kemenlu Kazakhstan sebut berita itu", "mundur pada awal 2023",
        "Selasa (11/1/2022)", "Pasal 3 ayat 2", "ratusan orang dan puluhan polisi",
        "pukul 10.00 WIB", "pada 2 Januari", "on Jan. 6", "hari pertama", "salah satu",
        "10 hingga 15 Januari", "televisi Khabar 24 melaporkan",
    ],
)  # fmt: skip
def test_not_figures(text):
    assert figs(text) == []


def test_thirty_years_is_a_figure():
    assert figs("dalam 30 tahun terakhir")[0][:3] == ("30 tahun", 30, "tahun")


def test_english_figures():
    got = figs("about 1.5 million people, more than 2,500 troops, a two-week state, "
               "three of the dead", language="en")  # fmt: skip
    assert [(f[1], f[3]) for f in got] == [
        (1_500_000, "approx"), (2500, "more_than"), (2, None), (3, None),
    ]  # fmt: skip


def test_number_word_opening_a_sentence_is_a_count():
    assert [f[1] for f in figs("Dua menantu Nazarbayev dicopot dari jabatannya.")] == [2]
    assert [f[1] for f in figs("Polisi menahan tiga orang. Tiga dilepas lagi.")] == [3, 3]
    assert [f[1] for f in figs("Three were killed in Almaty.", "en")] == [3]
    assert figs("Satu hal yang pasti, situasi sudah tenang.") == []


def test_number_word_before_a_partitive():
    got = figs("Sebanyak 12 orang tewas, dua di antaranya anggota polisi.")
    assert [f[1] for f in got] == [12, 2]


def test_decimal_comma_value_without_a_unit():
    assert [f[1] for f in figs("Kurs tenge melemah menjadi 437,5 per dolar AS.")] == [437.5]
    assert [f[1] for f in figs("Tenge ditutup di level 437,5 pada Senin.")] == [437.5]
    assert [f[1] for f in figs("Harganya kini 437,5.")] == [437.5]
    assert figs("Pasal 3 undang-undang itu") == []


def test_up_to_and_exceeding_qualifiers():
    assert figs("Kerugian ditaksir hingga 30 miliar tenge.")[0][1:4] == (
        30_000_000_000, "tenge", "at_most")
    assert figs("Inflasi melampaui 3 persen.")[0][3] == "more_than"
    assert figs("Jumlah korban melebihi 200 orang.")[0][3] == "more_than"
    assert figs("Misi itu tidak akan melebihi 30 hari.")[0][3] == "at_most"
    assert figs("Tidak ada yang menduga, korban melebihi 200 orang.")[0][3] == "more_than"


def test_qualifier_one_or_two_words_before_its_number():
    """`di bawah level Rp 15.000`: a qualifier still reaches its number across a word or two
    that names the scale (`level`, `angka`) or fills the clause (`ada`, `mencapai`)."""
    got = figs("Saham itu ditutup di bawah level Rp 15.000 per lembar.")
    assert [(f[0], f[1], f[3], f[4]) for f in got] == [
        ("di bawah level Rp 15.000", 15000, "less_than", "money")]
    assert figs("Penumpang tercatat di atas angka 3.000 orang.")[0][:4] == (
        "di atas angka 3.000 orang", 3000, "orang", "more_than")
    assert figs("Setidaknya ada 40 kendaraan rusak.")[0][3] == "at_least"
    assert figs("Inflasi hampir mencapai 7 persen.")[0][3] == "approx"
    assert figs("Indeks bertahan di bawah level 6.500 pada sesi pertama.")[0][1:4] == (
        6500, None, "less_than")
    # with no qualifier a label word still makes a label; money or a share is a value
    assert figs("Siswa kelas 5 dan level 3 mengikuti ujian.") == []
    assert figs("Inflasi di tingkat 4% bulan lalu.")[0][1] == 4


def test_percent_and_number_words_with_any_counted_unit():
    got = figs("Pangsa pasarnya sekitar 27% tahun ini, naik selama tujuh bulan berturut-turut.")
    assert [(f[0], f[1], f[2], f[3]) for f in got] == [
        ("sekitar 27%", 27, "%", "approx"), ("tujuh bulan", 7, "bulan", None)]
    assert [f[1] for f in figs("Sidang ditunda empat pekan, lalu sembilan menit lagi.")] == [4, 9]
    assert [f[1:3] for f in figs("Four hours later the line reopened.", "en")] == [(4, "hours")]


def test_ranges_of_small_numbers():
    """Each form gives two figures over one span: `at_least` low, `at_most` high."""
    for text, span, low, high in [
        ("Listrik hanya menyala 3-4 jam sehari.", "3-4 jam", 3, 4),
        ("Antrean bisa memakan dua-tiga hari.", "dua-tiga hari", 2, 3),
        ("Prosesnya antara 1 dan 2 pekan.", "antara 1 dan 2 pekan", 1, 2),
        ("Penyelidikan butuh satu hingga dua bulan.", "satu hingga dua bulan", 1, 2),
    ]:
        got = figs(text)
        assert [(f[0], f[1], f[3]) for f in got] == [
            (span, low, "at_least"), (span, high, "at_most")], text
    got = figs("Repairs take one to two weeks.", "en")
    assert [(f[1], f[3]) for f in got] == [(1, "at_least"), (2, "at_most")]
    # one number, not a range or a sum of two
    assert [f[1] for f in figs("dua puluh lima orang dan seratus lima polisi")] == [25, 105]
    assert [f[1] for f in figs("twenty-five people", "en")] == [25]
    assert [(f[1], f[3]) for f in figs("The vote was 5 to 4.", "en")] == [(5, None), (4, None)]


def test_number_word_before_a_people_acronym():
    assert figs("KBRI mendata lebih dari seratus WNI dan dua WNA.")[:2] == [
        ("lebih dari seratus WNI", 100, "WNI", "more_than", "people"),
        ("dua WNA", 2, "WNA", None, "people"),
    ]


def test_scale_written_onto_the_digits():
    text = "The insurer booked $1.2bn in claims and a £40m fine; Ana ran the 100m final."
    assert [(t, v) for t, v, *_ in figs(text, "en")] == [
        ("$1.2bn", 1_200_000_000), ("£40m fine", 40_000_000)]  # fmt: skip


def test_number_words_and_a_half():
    assert [(t, v) for t, v, *_ in figs("The siege lasted three and a half months.", "en")] == [
        ("three and a half months", 3.5)]  # fmt: skip
    assert [(t, v) for t, v, *_ in figs("Proyek itu molor dua setengah tahun.")] == [
        ("dua setengah tahun", 2.5)]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Hubungi nomor +62 812 3456 7890 untuk bantuan", "call 020-7946-0958 or write",
        "the bars close from 10 p.m. to 6 a.m. daily", "buka hingga 9pm setiap hari",
    ],
)  # fmt: skip
def test_phone_numbers_and_clock_hours_are_not_figures(text):
    assert figs(text) == []
