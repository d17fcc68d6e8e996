"""Limits shared by the reader and the parse cache."""

MAX_BYTES = 20_000_000
"""Largest file read as an article; a larger one is refused unread (no article is 20 MB)."""
