"""The citation line appended to a copied sentence (headless)."""

from __future__ import annotations

from kzreader.model import Article
from kzreader.tui.dates import wib


def citation(article: Article) -> str:
    """`— RMOL, 2022-01-17 06:21 WIB, “Title”` (missing parts left out)."""
    date = wib(article.published)
    if len(date) > 10:
        date += " WIB"
    parts = [article.outlet or "unknown outlet"]
    if date:
        parts.append(date)
    if article.title:
        parts.append(f"“{article.title}”")
    return "— " + ", ".join(parts)


def quote_with_citation(sentence: str, article: Article) -> str:
    """What `y` puts on the clipboard."""
    return f"{sentence.strip()}\n{citation(article)}"
