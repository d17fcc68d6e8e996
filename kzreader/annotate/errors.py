"""Errors the annotation store raises; each message is one line for the user."""

from __future__ import annotations


class StoreError(Exception):
    """The store could not be opened or changed; the message names the file and why."""


class ReadOnlyStoreError(StoreError):
    """A change was asked of a store opened read-only."""
