"""Undo/redo: the session's store operations as before/after pairs."""

from __future__ import annotations

from dataclasses import dataclass

from kzreader.annotate.records import Annotation

KINDS = ("add", "accept", "delete", "update", "retag", "note")


@dataclass(frozen=True, slots=True)
class Change:
    """One store operation: `before` is None for an add, `after` None for a delete."""

    kind: str
    before: Annotation | None
    after: Annotation | None

    @property
    def annotation(self) -> Annotation:
        """The record this change is about (after it, or before a delete)."""
        found = self.after or self.before
        assert found is not None
        return found

    def inverse(self) -> Change:
        return Change(self.kind, self.after, self.before)

    def describe(self) -> str:
        """For the status line: `add claim "Sekitar 2.500 pasukan"`."""
        ann = self.annotation
        snippet = ann.text if len(ann.text) <= 40 else ann.text[:39] + "…"
        return f'{self.kind} {ann.tag} "{snippet}"'


class History:
    """Two stacks of changes; a new change clears what could be redone."""

    def __init__(self, limit: int = 500) -> None:
        self.limit = limit
        self._done: list[Change] = []
        self._undone: list[Change] = []

    @property
    def can_undo(self) -> bool:
        return bool(self._done)

    @property
    def can_redo(self) -> bool:
        return bool(self._undone)

    def record(self, change: Change) -> None:
        self._done.append(change)
        del self._done[: -self.limit]
        self._undone.clear()

    def next_undo(self) -> Change | None:
        return self._done[-1] if self._done else None

    def next_redo(self) -> Change | None:
        return self._undone[-1] if self._undone else None

    def mark_undone(self) -> None:
        self._undone.append(self._done.pop())

    def mark_redone(self) -> None:
        self._done.append(self._undone.pop())

    def clear(self) -> None:
        self._done.clear()
        self._undone.clear()
