"""Calendar and relative dates."""

from kzreader.extract.dates import find_dates, find_relative_dates, infer_published


def values(text, published="2022-01-17", language="id"):
    return [(d.text, d.value) for d in find_dates(text, published=published, language=language)]


def test_indonesian_calendar_dates():
    text = "Minggu (16/1), pada 2 Januari, Rabu (5/1/2022) dan 6 Januari 2022"
    assert values(text) == [
        ("Minggu (16/1)", "2022-01-16"), ("2 Januari", "2022-01-02"),
        ("Rabu (5/1/2022)", "2022-01-05"), ("6 Januari 2022", "2022-01-06"),
    ]  # fmt: skip


def test_english_dates():
    assert values("on Jan. 6 and January 7, 2022", language="en") == [
        ("Jan. 6", "2022-01-06"), ("January 7, 2022", "2022-01-07"),
    ]  # fmt: skip


def test_missing_year_near_new_year_takes_the_year_before():
    assert values("pada 28 Desember", published="2022-01-03") == [("28 Desember", "2021-12-28")]


def test_no_publication_date_uses_a_dated_mention():
    assert values("Kamis (13/1) lalu dan Selasa (11/1/2022)", published=None)[0] == (
        "Kamis (13/1)", "2022-01-13")


def test_month_without_day_is_not_a_date():
    assert values("pada Januari 2022 dan awal 2023") == []


def test_relative_dates_resolve_against_publication():
    text = "kemarin, pekan lalu, Mei lalu dan pada Senin"
    got = [(r.text, r.value) for r in find_relative_dates(text, published="2022-01-17")]
    assert got == [("kemarin", "2022-01-16"), ("pekan lalu", "2022-01-10"),
                   ("Mei lalu", "2021-05"), ("pada Senin", "2022-01-17")]  # fmt: skip
    assert [r.value for r in find_relative_dates("kemarin", published=None)] == [None]


def test_minggu_as_week_is_not_a_weekday():
    assert [r.text for r in find_relative_dates("dua minggu", published="2022-01-17")] == []


def test_infer_published():
    assert infer_published("Hal ini disampaikan Selasa (11/1/2022).") == "2022-01-11"
    assert infer_published("pada Minggu (16/1) saja") is None


def test_weekday_date_after_a_mid_body_video_lead_in():
    """A `Saksikan video berikut ini:` line mid-body used to end the body, so the dates of
    the paragraphs after it were never seen: the body goes on past it."""
    from kzreader.ingest import RawDoc, read_parts

    lines = [
        "Jalur Kereta Almaty Dibuka Lagi Setelah Sepekan Ditutup",
        "Sabtu, 15 Januari 2022 | 08:10 WIB",
        "Almaty - Operator kereta api Kazakhstan membuka lagi jalur Almaty-Shymkent setelah "
        "ditutup sejak Rabu (5/1) karena kerusuhan.",
        "Tonton juga video berikut ini:",
        "[Gambas:Video 20detik]",
        "",
        "Tiket perjalanan pertama sudah habis terjual, sementara jadwal normal baru berlaku "
        "mulai Selasa (18/1) pekan depan.",
    ]
    parts = read_parts(RawDoc(path="x.txt", text="\n".join(lines), fields={}, fmt="text"))
    assert [d.value for d in find_dates(parts.text, published=parts.published)] == [
        "2022-01-05", "2022-01-18"]
