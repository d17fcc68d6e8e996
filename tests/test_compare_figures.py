"""Figures grouped by measure across outlets, and where outlets disagree."""

from __future__ import annotations

from kzreader.compare.figures import group_figures, same_value
from kzreader.model import Article, Figure


def article(aid: str, outlet: str, published: str, text: str, *figs: tuple) -> Article:
    """An article whose figures are (snippet, value, measure[, qualifier]) found in `text`."""
    facts = []
    for snippet, value, measure, *rest in figs:
        start = text.index(snippet)
        facts.append(
            Figure(
                start=start,
                end=start + len(snippet),
                text=snippet,
                value=value,
                measure=measure,
                qualifier=rest[0] if rest else None,
            )
        )
    return Article(
        id=aid, path=f"{aid}.txt", outlet=outlet, published=published, text=text, facts=tuple(facts)
    )


KOMPAS = article(
    "k1",
    "KompasTV",
    "2022-01-11",
    "Kerusuhan menewaskan lebih dari 160 orang. Sekitar 2.500 pasukan CSTO diterjunkan.",
    ("lebih dari 160 orang", 160, "deaths", "more_than"),
    ("Sekitar 2.500 pasukan", 2500, "troops", "approx"),
)
SINPO = article(
    "s1",
    "SinPo.id",
    "2022-01-12T09:01:00+07:00",
    "Agresi berdarah yang berujung 160 korban jiwa jatuh sebelumnya.",
    ("160 korban jiwa", 160, "deaths"),
)
RMOL = article(
    "r1",
    "RMOL",
    "2022-01-20T06:53:00+07:00",
    "Menteri mengatakan 225 orang telah tewas, sementara sekitar 7.000 orang telah ditangkap.",
    ("225 orang", 225, "deaths"),
    ("sekitar 7.000 orang", 7000, "detained", "approx"),
)


def test_deaths_160_in_kompastv_and_sinpo_disagree_with_225_in_rmol():
    groups = {g.measure: g for g in group_figures([RMOL, SINPO, KOMPAS])}
    deaths = groups["deaths"]
    assert deaths.disagrees
    assert deaths.values == (160, 225)  # earliest report first
    assert deaths.clusters[0].outlets == ("KompasTV", "SinPo.id")
    assert deaths.clusters[1].outlets == ("RMOL",)
    assert deaths.clusters[1].first_day == "2022-01-20"


def test_each_mention_points_at_its_words_in_its_article():
    by_id = {a.id: a for a in (KOMPAS, SINPO, RMOL)}
    for group in group_figures(by_id.values()):
        for m in group.mentions:
            assert by_id[m.article.id].text[m.start : m.end] == m.text
    detained = next(g for g in group_figures([RMOL]) if g.measure == "detained")
    (mention,) = detained.mentions
    assert (mention.value, mention.qualifier, mention.article.outlet) == (7000, "approx", "RMOL")


def test_tallies_come_first_in_a_fixed_order():
    extra = article(
        "x", "IDN Times", "2022-09-15", "dalam 30 tahun terakhir", ("30 tahun", 30, "duration")
    )
    measures = [g.measure for g in group_figures([extra, RMOL, KOMPAS])]
    assert measures == ["deaths", "detained", "troops", "duration"]


def test_values_within_tolerance_are_one_figure():
    other = article(
        "t2", "Antara", "2022-01-12", "sekitar 2.520 pasukan", ("2.520 pasukan", 2520, "troops")
    )
    troops = next(g for g in group_figures([KOMPAS, other]) if g.measure == "troops")
    assert not troops.disagrees
    assert len(troops.clusters) == 1
    strict = next(
        g for g in group_figures([KOMPAS, other], tolerance=0.001) if g.measure == "troops"
    )
    assert strict.disagrees and strict.values == (2500, 2520)


def test_one_article_giving_two_values_is_not_a_disagreement():
    text = "sekitar 7.000 orang ditangkap, sekitar 5.000 dibebaskan"
    one = article(
        "o",
        "RMOL",
        "2022-01-20",
        text,
        ("sekitar 7.000 orang", 7000, "detained"),
        ("sekitar 5.000", 5000, "detained"),
    )
    (detained,) = group_figures([one])
    assert len(detained.clusters) == 2 and not detained.disagrees
    another = article(
        "p", "Tempo", "2022-01-21", "7.000 orang ditangkap", ("7.000 orang", 7000, "detained")
    )
    (detained,) = group_figures([one, another])
    assert detained.disagrees  # Tempo's 7.000 stands against RMOL's 5.000


def test_non_tally_measures_and_unmeasured_figures():
    text = "dua hari ke depan, tidak melebihi 10 hari, dan 5 hal lain"
    a = article(
        "d",
        "KompasTV",
        "2022-01-11",
        text,
        ("dua hari", 2, "duration"),
        ("melebihi 10 hari", 10, "duration"),
    )
    b = article("e", "RMOL", "2022-01-12", "30 tahun", ("30 tahun", 30, "duration"))
    unmeasured = article("f", "RMOL", "2022-01-12", "5 hal", ("5 hal", 5, None))
    (duration,) = group_figures([a, b, unmeasured])
    assert duration.measure == "duration" and not duration.tally
    assert not duration.disagrees and len(duration.clusters) == 3


def test_same_value_is_relative():
    assert same_value(1000, 1040, 0.05)
    assert not same_value(10, 12, 0.05)
    assert same_value(0, 0, 0.05)
