"""Plain data shared by every stage: Article and the fact kinds.

Everything here is immutable and headless. Offsets (`start`, `end`) are Python
string indices into `Article.text`, end excluded.
"""

from __future__ import annotations

import marshal
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field, fields
from operator import attrgetter
from typing import Any, ClassVar, Generic, TypeVar, overload

T = TypeVar("T")

PIPELINE_VERSION = "1"
"""Part of the parse-cache key (with a hash of the pipeline's sources: see fingerprint.py)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Fact:
    """A span of the cleaned text that says something checkable."""

    kind: ClassVar[str] = "fact"
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        """The CONTRACT.md form: `kind` first, then the fields."""
        return {"kind": self.kind, **asdict(self)}


@dataclass(frozen=True, slots=True, kw_only=True)
class Figure(Fact):
    """A number with what it counts: `sekitar 2.500 pasukan`."""

    kind: ClassVar[str] = "figure"
    value: float | int
    unit: str | None = None
    qualifier: str | None = None  # approx | more_than | less_than | at_least | at_most
    measure: str | None = None  # deaths | detained | injured | troops | money | duration | ...


@dataclass(frozen=True, slots=True, kw_only=True)
class Quote(Fact):
    """Words inside quotation marks, with who said them.

    `text` is the quoted words without the marks; `start`/`end` cover them.
    """

    kind: ClassVar[str] = "quote"
    speaker: str | None = None
    cue: str | None = None  # the attribution words, e.g. "kata Tokayev"


@dataclass(frozen=True, slots=True, kw_only=True)
class DateMention(Fact):
    """A calendar date in the body, resolved to ISO (`2022-01-16`)."""

    kind: ClassVar[str] = "date"
    value: str


@dataclass(frozen=True, slots=True, kw_only=True)
class RelativeDate(Fact):
    """`kemarin`, `pekan lalu`: resolved against the publication date."""

    kind: ClassVar[str] = "relative_date"
    value: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Entity(Fact):
    """A person, organisation or place, with its canonical name and role."""

    kind: ClassVar[str] = "entity"
    type: str  # person | org | place
    name: str
    role: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceCite(Fact):
    """An agency or medium the article cites: `dikutip dari Reuters`."""

    kind: ClassVar[str] = "source"
    name: str


FACT_KINDS: dict[str, type[Fact]] = {
    cls.kind: cls for cls in (Figure, Quote, DateMention, RelativeDate, Entity, SourceCite)
}


_FIELD_NAMES: dict[str, tuple[str, ...]] = {
    kind: tuple(f.name for f in fields(cls)) for kind, cls in FACT_KINDS.items()
}


def fact_from_dict(data: dict[str, Any]) -> Fact:
    """Inverse of `Fact.to_dict`."""
    values = dict(data)
    cls = FACT_KINDS[values.pop("kind")]
    return cls(**values)


_ROW_GETTERS: dict[str, attrgetter] = {
    kind: attrgetter("kind", *names) for kind, names in _FIELD_NAMES.items()
}
"""Per kind, one C-level getter for `(kind, *fields)` (two or more names: always a tuple)."""


def fact_to_row(fact: Fact) -> tuple[Any, ...]:
    """A compact, marshal-able form: `(kind, field values in declaration order)`."""
    return _ROW_GETTERS[fact.kind](fact)


def fact_from_row(row: Sequence[Any]) -> Fact:
    """Inverse of `fact_to_row`."""
    kind = row[0]
    return FACT_KINDS[kind](**dict(zip(_FIELD_NAMES[kind], row[1:], strict=True)))


class LazySeq(Sequence[T], Generic[T]):
    """An immutable sequence decoded from plain rows on first use.

    The parse cache hands Articles their facts and line trace in this form, so
    a warm load of 10,000 articles does not build 300,000 objects up front.
    """

    __slots__ = ("_decode", "_items", "_rows")

    def __init__(self, rows: Sequence[Any] | bytes, decode: Callable[[Any], T]) -> None:
        self._rows: Sequence[Any] | bytes | None = rows
        self._decode = decode
        self._items: tuple[T, ...] | None = None

    def _raw_rows(self) -> Sequence[Any]:
        if isinstance(self._rows, bytes):  # still marshalled, as the cache stores it
            self._rows = marshal.loads(self._rows)
        return self._rows or ()

    def _all(self) -> tuple[T, ...]:
        if self._items is None:
            self._items = tuple(map(self._decode, self._raw_rows()))
            self._rows = None
        return self._items

    def select(self, kind: str) -> tuple[T, ...]:
        """Items whose row starts with `kind`, decoding only those."""
        if self._items is None:
            return tuple(self._decode(row) for row in self._raw_rows() if row[0] == kind)
        return tuple(item for item in self._items if getattr(item, "kind", None) == kind)

    def rows(self, to_row: Callable[[T], Any]) -> Sequence[Any]:
        """The plain rows: as given while nothing is decoded, else rebuilt with `to_row`."""
        if self._items is None:
            return self._raw_rows()
        return [to_row(item) for item in self._items]

    def kinds(self) -> Iterator[str]:
        """The first element of each row (a fact's kind) without building objects."""
        if self._items is None:
            return (row[0] for row in self._raw_rows())
        return (getattr(item, "kind", "") for item in self._items)

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[T, ...]: ...
    def __getitem__(self, index: int | slice) -> T | tuple[T, ...]:
        return self._all()[index]

    def __len__(self) -> int:
        return len(self._raw_rows()) if self._items is None else len(self._items)

    def __iter__(self) -> Iterator[T]:
        return iter(self._all())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LazySeq):
            other = other._all()
        return isinstance(other, tuple) and self._all() == other

    def __hash__(self) -> int:
        return hash(self._all())

    def __reduce__(self) -> tuple[Any, ...]:
        return (tuple, (self._all(),))

    def __repr__(self) -> str:
        return f"LazySeq({self._all()!r})"


@dataclass(frozen=True, slots=True)
class LineTrace:
    """What the cleaner did with one raw line, for the raw view."""

    line: str
    kept: bool
    reason: str = ""  # why it was dropped ("baca juga", "caption", "duplicate", ...)


def trace_from_row(row: Sequence[Any]) -> LineTrace:
    """A `LineTrace` from its row `(line, kept, reason)`."""
    return LineTrace(*row)


def trace_of_rows(rows: list[tuple[str, bool, str]]) -> LazySeq[LineTrace]:
    """A line trace kept as plain rows until someone reads it (the raw view): a
    parse that only saves it to the cache never builds the objects."""
    return LazySeq(rows, trace_from_row)


def trace_rows(trace: Sequence[LineTrace]) -> Sequence[tuple[str, bool, str]]:
    """The rows `(line, kept, reason)` of a trace, without decoding one kept as rows."""
    if isinstance(trace, LazySeq):
        return trace.rows(_trace_row)
    return [_trace_row(t) for t in trace]


_trace_row = attrgetter("line", "kept", "reason")


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """One cleaned article: metadata, body text and the facts found in it."""

    id: str
    path: str
    title: str | None = None
    outlet: str | None = None
    via: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    published_basis: str | None = None  # stated | inferred
    section: str | None = None
    dateline: str | None = None
    language: str = "id"
    sources: tuple[str, ...] = ()
    text: str = ""
    facts: Sequence[Fact] = ()
    trace: Sequence[LineTrace] = field(default=(), repr=False, compare=False)

    @property
    def paragraphs(self) -> list[str]:
        return self.text.split("\n") if self.text else []

    def facts_of(self, kind: str) -> list[Fact]:
        """Facts of one kind; cached facts of other kinds stay undecoded."""
        if isinstance(self.facts, LazySeq):
            return list(self.facts.select(kind))
        return [f for f in self.facts if f.kind == kind]

    def fact_counts(self) -> Counter[str]:
        """How many facts of each kind (cheap: no decoding of cached facts)."""
        if isinstance(self.facts, LazySeq):
            return Counter(self.facts.kinds())
        return Counter(f.kind for f in self.facts)

    def to_dict(self, *, trace: bool = False) -> dict[str, Any]:
        """The CONTRACT.md object (plus `trace` when asked)."""
        out: dict[str, Any] = {
            "id": self.id,
            "path": self.path,
            "title": self.title,
            "outlet": self.outlet,
            "via": self.via,
            "authors": list(self.authors),
            "published": self.published,
            "published_basis": self.published_basis,
            "section": self.section,
            "dateline": self.dateline,
            "language": self.language,
            "sources": list(self.sources),
            "text": self.text,
            "facts": [f.to_dict() for f in self.facts],
        }
        if trace:
            out["trace"] = [[t.line, t.kept, t.reason] for t in self.trace]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        return cls(
            id=data["id"],
            path=data["path"],
            title=data.get("title"),
            outlet=data.get("outlet"),
            via=data.get("via"),
            authors=tuple(data.get("authors") or ()),
            published=data.get("published"),
            published_basis=data.get("published_basis"),
            section=data.get("section"),
            dateline=data.get("dateline"),
            language=data.get("language") or "id",
            sources=tuple(data.get("sources") or ()),
            text=data.get("text") or "",
            facts=tuple(fact_from_dict(f) for f in data.get("facts") or ()),
            trace=tuple(LineTrace(*t) for t in data.get("trace") or ()),
        )


@dataclass(slots=True)
class ArticleSummary:
    """What the library lists of an article: no text, no facts, so it loads at once.

    The reader paints the library from these (kept in the parse cache beside each
    Article) while the full Articles decode in the background. Not frozen, unlike
    the rest of the model: a frozen dataclass is built seven times slower, and the
    reader builds 10,000 of these before its first frame. Treat them as read-only.
    """

    id: str
    path: str
    title: str | None = None
    outlet: str | None = None
    via: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    published_basis: str | None = None
    counts: tuple[tuple[str, int], ...] = ()  # (fact kind, how many)

    ROW: ClassVar[tuple[str, ...]] = (
        "id", "title", "outlet", "via", "authors", "published", "published_basis",
    )
    """The Article fields a summary keeps (besides `path` and the fact counts)."""

    @classmethod
    def of(cls, article: Article) -> ArticleSummary:
        fields_ = {name: getattr(article, name) for name in cls.ROW}
        return cls(**fields_, path=article.path, counts=tuple(article.fact_counts().items()))

    def fact_counts(self) -> Counter[str]:
        return Counter(dict(self.counts))


@dataclass(frozen=True, slots=True)
class LoadError:
    """A file that could not be read, and why (one line, for the user)."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"
