"""Fact extraction: figures, quotes with speakers, dates, sources and entities.

`extract_facts` is what the pipeline calls; each fact kind has its own module.
"""

from __future__ import annotations

from kzreader.extract.dates import find_dates, find_relative_dates, infer_published
from kzreader.extract.entities import find_entities, find_mentions
from kzreader.extract.figures import find_figures
from kzreader.extract.quotes import find_quote_spans, find_quotes
from kzreader.extract.sources import find_sources
from kzreader.extract.speakers import Cast
from kzreader.model import Fact

__all__ = ["extract_facts", "infer_published"]


def extract_facts(text: str, *, published: str | None, language: str = "id") -> tuple[Fact, ...]:
    """Every fact in the cleaned `text`, sorted by start offset."""
    spans = find_quote_spans(text)
    quoted = [(q.start, q.end) for q in spans]
    mentions = find_mentions(text)
    cast = Cast(text, mentions, quoted)
    dates = list(find_dates(text, published=published, language=language))
    facts: list[Fact] = [
        *find_figures(text, language=language),
        *find_quotes(text, spans, cast),
        *dates,
        *find_relative_dates(text, published=published, taken=[(d.start, d.end) for d in dates]),
        *find_sources(text),
        *find_entities(text, mentions, cast.people),
    ]
    facts.sort(key=lambda f: (f.start, f.end))
    return tuple(facts)
