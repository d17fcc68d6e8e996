"""Republished copies linked, the original identified, without comparing every pair."""

from __future__ import annotations

import random

from kzreader.compare.syndication import candidate_pairs, find_syndicated, fingerprint
from kzreader.model import Article

BODY = "\n".join(
    [
        "Situasi Kazakhstan setelah kerusuhan massal yang mematikan, bisa dikatakan normal.",
        "Menteri Luar Negeri Kazakhstan Mukhtar Tileuberdi mengatakan semua itu berkat CSTO.",
        "Meski situasinya telah normal dan terkendali, aparat keamanan tetap berjaga dan siaga.",
        "Menteri mengatakan 225 orang telah tewas, sementara sekitar 7.000 orang ditangkap.",
        "Tileuberdi dalam waktu dekat akan mengunjungi Wina dan Jenewa dalam tur mini.",
    ]
)
OTHER = "\n".join(
    [
        "Pasukan penjaga perdamaian CSTO akan meninggalkan Kazakhstan dua hari ke depan.",
        "Sekitar 2.500 pasukan CSTO diterjunkan ke Kazakhstan untuk memulihkan ketertiban.",
        "Demonstrasi tersebut dipicu oleh kenaikan harga LPG, bahan bakar utama warga.",
    ]
)


def art(aid, text, outlet="RMOL", via=None, published=None) -> Article:
    return Article(id=aid, path=aid, text=text, outlet=outlet, via=via, published=published)


def test_a_copy_with_another_sites_header_and_footer_is_linked_to_its_original():
    original = art("orig", BODY, published="2022-01-20T06:53:00+07:00")
    copy = art(
        "copy",
        "Dimensy.id - Portal berita terkini dan terpercaya untuk pembaca setia kami.\n"
        + BODY
        + "\nIkuti kami di media sosial untuk kabar terbaru setiap hari dari seluruh dunia.",
        via="Dimensy.id",
        published="2022-01-20T08:00:00+07:00",
    )
    unrelated = art("other", OTHER, outlet="KompasTV", published="2022-01-11")
    (group,) = find_syndicated([copy, unrelated, original])
    assert group.original.id == "orig"
    assert group.basis == "stated source"
    (link,) = group.copies
    assert link.article.id == "copy" and link.article.label == "RMOL via Dimensy.id"
    assert link.share == 1.0


def test_the_earliest_is_the_original_when_no_copy_names_its_source():
    late = art(
        "late", BODY.replace("normal.", "normal sekali."), outlet="Tempo", published="2022-01-21"
    )
    early = art("early", BODY, outlet="Antara", published="2022-01-19")
    (group,) = find_syndicated([late, early])
    assert (group.original.id, group.basis) == ("early", "earliest published")
    assert 0.6 <= group.copies[0].share < 1.0


def test_sharing_a_sentence_or_two_is_not_a_copy():
    mixed = "\n".join([*OTHER.split("\n"), BODY.split("\n")[0]])
    assert find_syndicated([art("a", BODY), art("b", mixed)]) == []


def test_stock_phrases_propose_no_copies():
    stock = "Simak berita terkini lainnya hanya di portal berita kesayangan anda."
    texts = [f"{stock}\nArtikel nomor {i} berisi kalimat unik yang berbeda." for i in range(5)]
    prints = [fingerprint(t) for t in texts]
    assert candidate_pairs(prints, max_df=10)  # the stock line could link everything
    assert candidate_pairs(prints, max_df=4) == set()  # ... unless it is too common to count
    assert find_syndicated([art(str(i), t) for i, t in enumerate(texts)], max_df=10) == []


def test_copies_are_found_among_articles_mixing_the_same_stock_sentences():
    # 600 articles of 6 sentences out of 30: every sentence is in ~120 articles (> MAX_DF)
    sentences = [f"Kalimat stok nomor {i} muncul di banyak sekali artikel." for i in range(30)]
    rng = random.Random(3)
    articles = [art(f"a{i}", "\n".join(rng.sample(sentences, 6))) for i in range(600)]
    header = "Dimensy.id - portal berita kesayangan anda semua."
    articles.append(art("copy", f"{header}\n{articles[7].text}", via="Dimensy.id"))
    groups = find_syndicated(articles)
    linked = {(g.original.id, c.article.id) for g in groups for c in g.copies}
    assert ("a7", "copy") in linked
    (group,) = [g for g in groups if g.original.id == "a7"]
    assert [(c.article.id, c.share) for c in group.copies] == [("copy", 1.0)]
    # articles sharing a few stock sentences do not chain into one big group
    assert max(len(g.copies) for g in groups) < 10


def test_fingerprint_ignores_case_spacing_and_sentence_marks():
    a = fingerprint("Menteri mengatakan 225 orang telah tewas. Situasi kini sudah normal kembali.")
    b = fingerprint(
        "“menteri  MENGATAKAN 225 orang telah tewas!”\nSituasi kini sudah normal kembali"
    )
    assert a.keys() == b.keys() and len(a) == 2
    assert fingerprint("Baca juga: empat kata") == {}  # too short to tell anything
