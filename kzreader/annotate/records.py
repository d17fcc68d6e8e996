"""The annotation record: one tagged span of an article's cleaned text.

An `Annotation` is what the store keeps (as a TinyDB document) and what the
JSON export carries under each article. Offsets point into the cleaned text;
`text`, `prefix` and `suffix` let the span be found again when that text
changes (see `anchoring`).
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

SCHEMA_VERSION = 1
"""Version of the record layout; `migrations` upgrades older stores to it."""

CONTEXT_CHARS = 32
"""Characters of prefix and suffix kept around the annotated text."""

DEFAULT_TAGS = ("claim", "quote", "figure")
STATUSES = ("anchored", "orphaned")

RECORD_KEYS = (
    "id",
    "article_id",
    "text_hash",
    "tag",
    "start",
    "end",
    "text",
    "prefix",
    "suffix",
    "note",
    "annotator",
    "created",
    "updated",
    "status",
    "fact",
)


class RecordError(ValueError):
    """A record that is not a valid annotation (the message says why)."""


def utc_now() -> str:
    """Now, as UTC ISO 8601 with millisecond precision and a `Z`."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def normalise_timestamp(value: str) -> str:
    """Any ISO 8601 timestamp as UTC with a `Z` (naive times are taken as UTC)."""
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except (TypeError, ValueError) as exc:
        raise RecordError(f"not an ISO 8601 timestamp: {value!r}") from exc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def timestamp_key(value: str) -> datetime:
    """A comparable moment for an ISO timestamp (for "newer wins")."""
    return datetime.fromisoformat(normalise_timestamp(value).replace("Z", "+00:00"))


def text_hash(text: str) -> str:
    """Fingerprint of an article's cleaned text, to notice when it changed."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


def context(text: str, start: int, end: int) -> tuple[str, str]:
    """The `CONTEXT_CHARS` characters before `start` and after `end`."""
    return text[max(0, start - CONTEXT_CHARS) : start], text[end : end + CONTEXT_CHARS]


def clean_tag(tag: str) -> str:
    """A tag as stored: stripped, one line, not empty."""
    tag = " ".join(str(tag).split())
    if not tag:
        raise RecordError("a tag cannot be empty")
    return tag


@dataclass(frozen=True, slots=True, kw_only=True)
class Annotation:
    """One annotation: a tagged span, its context, who made it and when."""

    id: str
    article_id: str
    text_hash: str
    tag: str
    start: int
    end: int
    text: str
    prefix: str = ""
    suffix: str = ""
    note: str = ""
    annotator: str = ""
    created: str = ""
    updated: str = ""
    status: str = "anchored"
    fact: dict[str, Any] | None = None

    @property
    def orphaned(self) -> bool:
        return self.status == "orphaned"

    def to_dict(self) -> dict[str, Any]:
        """The stored / exported form (keys in `RECORD_KEYS` order)."""
        return {
            "id": self.id,
            "article_id": self.article_id,
            "text_hash": self.text_hash,
            "tag": self.tag,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "prefix": self.prefix,
            "suffix": self.suffix,
            "note": self.note,
            "annotator": self.annotator,
            "created": self.created,
            "updated": self.updated,
            "status": self.status,
            "fact": None if self.fact is None else dict(self.fact),
        }

    def with_changes(self, **changes: Any) -> Annotation:
        """A copy with `changes` applied and `updated` set to now."""
        return replace(self, **changes, updated=utc_now())

    @classmethod
    def from_dict(cls, data: Any) -> Annotation:
        """Validate a stored or imported record; `RecordError` says what is wrong."""
        if not isinstance(data, dict):
            raise RecordError("an annotation must be a JSON object")
        missing = [k for k in ("id", "article_id", "tag", "start", "end", "text") if k not in data]
        if missing:
            raise RecordError(f"annotation lacks {', '.join(missing)}")
        for key in ("id", "article_id", "tag", "text"):
            if not isinstance(data[key], str):
                raise RecordError(f"annotation {key} must be a string")
        for key in ("start", "end"):
            if not isinstance(data[key], int) or isinstance(data[key], bool) or data[key] < 0:
                raise RecordError(f"annotation {key} must be a non-negative integer")
        if data["end"] < data["start"]:
            raise RecordError(f"annotation {data['id']}: end is before start")
        status = data.get("status") or "anchored"
        if status not in STATUSES:
            raise RecordError(f"annotation {data['id']}: unknown status {status!r}")
        fact = data.get("fact")
        if fact is not None and not isinstance(fact, dict):
            raise RecordError(f"annotation {data['id']}: fact must be an object or null")
        strings = {}
        for key in ("text_hash", "prefix", "suffix", "note", "annotator"):
            value = data.get(key) or ""
            if not isinstance(value, str):
                raise RecordError(f"annotation {data['id']}: {key} must be a string")
            strings[key] = value
        created = normalise_timestamp(data["created"]) if data.get("created") else ""
        updated = normalise_timestamp(data["updated"]) if data.get("updated") else created
        return cls(
            id=data["id"],
            article_id=data["article_id"],
            tag=clean_tag(data["tag"]),
            start=data["start"],
            end=data["end"],
            text=data["text"],
            created=created,
            updated=updated,
            status=status,
            fact=dict(fact) if fact is not None else None,
            **strings,
        )


def new_annotation(
    *,
    article_id: str,
    article_text: str,
    start: int,
    end: int,
    tag: str,
    annotator: str,
    note: str = "",
    fact: dict[str, Any] | None = None,
) -> Annotation:
    """A fresh annotation of `article_text[start:end]`, with context and timestamps."""
    if not 0 <= start < end <= len(article_text):
        raise RecordError(
            f"span {start}..{end} is not inside the article text (length {len(article_text)})"
        )
    prefix, suffix = context(article_text, start, end)
    now = utc_now()
    return Annotation(
        id=str(uuid.uuid4()),
        article_id=article_id,
        text_hash=text_hash(article_text),
        tag=clean_tag(tag),
        start=start,
        end=end,
        text=article_text[start:end],
        prefix=prefix,
        suffix=suffix,
        note=note,
        annotator=annotator,
        created=now,
        updated=now,
        fact=fact,
    )
