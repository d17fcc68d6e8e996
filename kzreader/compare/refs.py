"""Pointers back into the corpus that every comparison row carries.

A screen jumps from a row to its passage with `article.id` plus `start`/`end`
(offsets into that article's cleaned text).
"""

from __future__ import annotations

from dataclasses import dataclass

from kzreader.model import Article

UNKNOWN_OUTLET = "?"
"""How an article whose outlet could not be read is grouped and shown."""


@dataclass(frozen=True, slots=True)
class ArticleRef:
    """Who published an article and when: enough to label a row and open it."""

    id: str
    outlet: str
    via: str | None = None
    published: str | None = None  # ISO, as in Article.published
    title: str | None = None

    @classmethod
    def of(cls, article: Article) -> ArticleRef:
        return cls(
            id=article.id,
            outlet=article.outlet or UNKNOWN_OUTLET,
            via=article.via,
            published=article.published,
            title=article.title,
        )

    @property
    def day(self) -> str | None:
        """The publication date (`2022-01-17`), without the time."""
        return self.published[:10] if self.published else None

    @property
    def label(self) -> str:
        """`RMOL`, or `RMOL via Dimensy.id` for a republished copy."""
        return f"{self.outlet} via {self.via}" if self.via else self.outlet


@dataclass(frozen=True, slots=True)
class Passage:
    """A span of one article's cleaned text."""

    article: ArticleRef
    start: int
    end: int
    text: str
