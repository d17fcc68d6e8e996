"""Fact extraction: figures, quotes with speakers, dates, sources and entities.

`extract_facts` is what the pipeline calls; each fact kind has its own module.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from kzreader.extract.dates import find_dates, find_relative_dates, infer_published
from kzreader.extract.entities import find_entities, find_mentions
from kzreader.extract.figures import find_figures
from kzreader.extract.quotes import find_quote_spans, find_quotes
from kzreader.extract.sources import find_sources
from kzreader.extract.speakers import Cast
from kzreader.model import Fact

__all__ = ["extract_facts", "infer_published"]


def extract_facts(
    text: str,
    *,
    published: str | None,
    language: str = "id",
    problems: list[str] | None = None,
) -> tuple[Fact, ...]:
    """Every fact in the cleaned `text`, sorted by start offset.

    With a `problems` list, an extractor that fails (a bug meeting an input it
    did not expect) loses only its own facts: why goes into `problems` and the
    article keeps the rest. Without one, the error propagates (tests want it).
    """

    def guard(what: str, find: Callable[[], Iterable[Any]]) -> list[Any]:
        try:
            return list(find())
        except Exception as exc:
            if problems is None:
                raise
            problems.append(f"{what} not extracted ({type(exc).__name__}: {exc!r})")
            return []

    spans = guard("quotes", lambda: find_quote_spans(text))
    quoted = [(q.start, q.end) for q in spans]
    mentions = guard("people and organisations", lambda: find_mentions(text))
    try:
        cast = Cast(text, mentions, quoted)
    except Exception as exc:
        if problems is None:
            raise
        problems.append(f"speakers not resolved ({type(exc).__name__}: {exc!r})")
        cast = Cast(text, [], [])
    dates = guard("dates", lambda: find_dates(text, published=published, language=language))
    taken = [(d.start, d.end) for d in dates]
    facts: list[Fact] = [
        *guard("figures", lambda: find_figures(text, language=language)),
        *guard("quotes", lambda: find_quotes(text, spans, cast)),
        *dates,
        *guard("relative dates",
               lambda: find_relative_dates(text, published=published, taken=taken)),
        *guard("sources", lambda: find_sources(text)),
        *guard("entities", lambda: find_entities(text, mentions, cast.people)),
    ]
    facts.sort(key=lambda f: (f.start, f.end))
    return tuple(facts)
