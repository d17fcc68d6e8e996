"""A fixed corpus for the reader's tests: six articles with facts and line traces.

Snapshots use it instead of the live pipeline, whose output is still changing.
Fact offsets are computed by finding their text, so they always match `text`.
"""

from __future__ import annotations

from kzreader.corpus import Corpus
from kzreader.model import (
    Article,
    DateMention,
    Entity,
    Fact,
    Figure,
    LineTrace,
    LoadError,
    Quote,
    RelativeDate,
    SourceCite,
)

HOSTILE = (
    "Teks ini memuat [bold]markup[/bold], penutup liar [/b] dan [link=https://x]tautan[/link]. "
    "Juga urutan ESC \x1b[31mmerah\x1b[0m, OSC \x1b]8;;http://x\x07klik\x1b]8;;\x07, "
    "BEL\x07, NUL\x00, DEL\x7f dan C1 \x9b31m di tengah kalimat."
)


def _at(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def figure(text: str, needle: str, value: float, unit: str, measure: str | None = None,
           qualifier: str | None = None) -> Figure:
    s, e = _at(text, needle)
    return Figure(start=s, end=e, text=needle, value=value, unit=unit, qualifier=qualifier,
                  measure=measure)


def quote(text: str, words: str, speaker: str | None) -> Quote:
    s, e = _at(text, words)
    return Quote(start=s, end=e, text=words, speaker=speaker)


def date(text: str, needle: str, value: str) -> DateMention:
    s, e = _at(text, needle)
    return DateMention(start=s, end=e, text=needle, value=value)


def entity(text: str, needle: str, etype: str, role: str | None = None) -> Entity:
    s, e = _at(text, needle)
    return Entity(start=s, end=e, text=needle, type=etype, name=needle, role=role)


def source(text: str, needle: str) -> SourceCite:
    s, e = _at(text, needle)
    return SourceCite(start=s, end=e, text=needle, name=needle)


def _trace(head: list[str], text: str, tail: list[str]) -> tuple[LineTrace, ...]:
    lines = [LineTrace(line, False, reason) for line, reason in head]
    lines += [LineTrace(p, True) for p in text.split("\n")]
    lines += [LineTrace(line, False, reason) for line, reason in tail]
    return tuple(lines)


def _article(n: int, text: str, facts: list[Fact], **meta: object) -> Article:
    head = [("Berita", "menu"), ("Pasukan CSTO bersiap menaiki pesawat militer/Net", "caption")]
    tail = [("Baca Juga: Tokayev Copot Kepala Intelijen", "baca juga"), ("Populer", "footer")]
    return Article(
        id=f"fx{n:02d}",
        path=f"fixtures/{n:03d}.txt",
        text=text,
        facts=tuple(sorted(facts, key=lambda f: f.start)),
        trace=_trace(head, text, tail),
        **meta,  # type: ignore[arg-type]
    )


def corpus_articles() -> list[Article]:
    """The fixture articles, in file order (not date order)."""
    t1 = (
        "Pengerahan Pasukan Penjaga Perdamaian CSTO ke Kazakhstan masih dipermasalahkan "
        "oleh negara-negara Barat.\n"
        "Ketua Dewan Federasi Rusia, Valentina Matvienko, menilai sikap itu sinis. "
        "\"Kami memiliki perbatasan terpanjang dengan Kazakhstan,\" kata Matvienko, "
        "Minggu (16/1), seperti dikutip dari Sputnik.\n"
        "Aksi protes meletus di Almaty pada 2 Januari. Sedikitnya 225 orang tewas dan "
        "lebih dari 9.900 orang ditahan.\n"
        "\"CSTO akan selalu membela diri,\" katanya."
    )
    a1 = _article(
        1, t1,
        [
            quote(t1, "Kami memiliki perbatasan terpanjang dengan Kazakhstan,",
                  "Valentina Matvienko"),
            quote(t1, "CSTO akan selalu membela diri,", "Valentina Matvienko"),
            date(t1, "Minggu (16/1)", "2022-01-16"),
            date(t1, "2 Januari", "2022-01-02"),
            figure(t1, "Sedikitnya 225 orang", 225, "orang", "deaths", "at_least"),
            figure(t1, "lebih dari 9.900 orang", 9900, "orang", "detained", "more_than"),
            source(t1, "Sputnik"),
            entity(t1, "Valentina Matvienko", "person", "Ketua Dewan Federasi Rusia"),
            entity(t1, "Almaty", "place"),
            entity(t1, "CSTO", "org"),
        ],
        title="Diplomat: Negara-negara Barat Begitu Sinis Memandang Pengerahan Pasukan CSTO",
        outlet="RMOL", authors=("Reni Erina",), published="2022-01-17T06:21:00+07:00",
        published_basis="stated", section="Dunia", sources=("Sputnik", "Reuters"),
    )
    t2 = (
        "Presiden Kazakhstan Kassym-Jomart Tokayev menyatakan misi CSTO selesai. "
        "Sekitar 2.500 pasukan mulai ditarik pada Kamis (13/1).\n"
        "\"Misi utama telah berhasil diselesaikan,\" ujar Tokayev seperti dilansir "
        "Associated Press.\n"
        "Kementerian Kesehatan mencatat 160 orang meninggal dunia. Pasukan terakhir "
        "pulang dalam dua hari."
    )
    a2 = _article(
        2, t2,
        [
            figure(t2, "Sekitar 2.500 pasukan", 2500, "pasukan", "troops", "approx"),
            date(t2, "Kamis (13/1)", "2022-01-13"),
            quote(t2, "Misi utama telah berhasil diselesaikan,", "Kassym-Jomart Tokayev"),
            source(t2, "Associated Press"),
            figure(t2, "160 orang", 160, "orang", "deaths"),
            figure(t2, "dua hari", 2, "hari", "duration"),
            entity(t2, "Kassym-Jomart Tokayev", "person", "Presiden Kazakhstan"),
            entity(t2, "Kementerian Kesehatan", "org"),
        ],
        title="Tokayev: Misi CSTO di Kazakhstan Selesai, Pasukan Mulai Ditarik",
        outlet="KompasTV", via="Dimensy.id", authors=("Vyara Lestari",),
        published="2022-01-13T19:05:00+07:00", published_basis="stated", section="Internasional",
        dateline="Nursultan", sources=("Associated Press",),
    )
    t3 = (
        "Kerusuhan di Kazakhstan menewaskan 160 orang, kata pemerintah pada Minggu (16/1).\n"
        "Lebih dari 12.000 orang ditangkap sejak awal Januari. Kemarin, pemerintah mencabut "
        "status darurat di sebagian wilayah."
    )
    s_rel, e_rel = _at(t3, "Kemarin")
    a3 = _article(
        3, t3,
        [
            figure(t3, "160 orang", 160, "orang", "deaths"),
            date(t3, "Minggu (16/1)", "2022-01-16"),
            figure(t3, "Lebih dari 12.000 orang", 12000, "orang", "detained", "more_than"),
            RelativeDate(start=s_rel, end=e_rel, text="Kemarin", value="2022-01-15"),
        ],
        title="Korban Tewas Kerusuhan Kazakhstan Jadi 160 Orang",
        outlet="SinPo.id", authors=(), published="2022-01-16", published_basis="inferred",
        section=None, sources=(),
    )
    t4 = (
        "Jen Psaki mengatakan Washington memantau dengan cermat pengiriman pasukan. "
        "\"Kami memiliki pertanyaan tentang sifat permintaan ini,\" kata Psaki, "
        "dikutip dari Reuters.\n"
        "Pada Jumat (14/1) pasukan mulai meninggalkan Kazakhstan."
    )
    a4 = _article(
        4, t4,
        [
            quote(t4, "Kami memiliki pertanyaan tentang sifat permintaan ini,", "Jen Psaki"),
            source(t4, "Reuters"),
            date(t4, "Jumat (14/1)", "2022-01-14"),
            entity(t4, "Jen Psaki", "person", "sekretaris pers Gedung Putih"),
            entity(t4, "Washington", "place"),
        ],
        title="Gedung Putih Pertanyakan Pengiriman Pasukan CSTO ke Kazakhstan",
        outlet="IDN Times", authors=("Rahmah N", "Vanny El Rahman"),
        published="2022-01-07T09:30:00+08:00", published_basis="stated", section="News",
        dateline="Jakarta", sources=("Reuters",),
    )
    t5 = HOSTILE + "\nSekitar 3.000 pasukan Rusia dikirim ke Almaty."
    a5 = _article(
        5, t5,
        [
            figure(t5, "Sekitar 3.000 pasukan", 3000, "pasukan", "troops", "approx"),
            entity(t5, "Almaty", "place"),
        ],
        title="Judul [bold]aneh[/b] \x1b[31mberwarna\x1b[0m [link=https://x]klik[/link]",
        outlet="Dimensy.id", authors=("[i]Redaksi[/i]",), published="2022-01-08",
        published_basis="stated", section="[red]Dunia[/red]", sources=("[b]Reuters",),
    )
    t6 = (
        "Harga gas cair di Zhanaozen naik dua kali lipat pada awal tahun. "
        "Warga turun ke jalan pada 2 Januari 2022.\n"
        "Protes menyebar ke Almaty dan kota-kota lain dalam tiga hari."
    )
    a6 = _article(
        6, t6,
        [
            date(t6, "2 Januari 2022", "2022-01-02"),
            figure(t6, "tiga hari", 3, "hari", "duration"),
            entity(t6, "Zhanaozen", "place"),
            entity(t6, "Almaty", "place"),
        ],
        title="Kronologi Protes Kazakhstan: Dari Harga Gas ke Kerusuhan",
        outlet="RMOL", authors=("Reni Erina",), published="2022-01-05T14:00:00+07:00",
        published_basis="stated", section="Dunia",
    )
    return [a1, a2, a3, a4, a5, a6]


def fixture_corpus() -> Corpus:
    """The fixture articles and one unreadable file."""
    return Corpus(
        articles=corpus_articles(),
        errors=[LoadError("fixtures/broken.bin", "binary file, not an article")],
    )
