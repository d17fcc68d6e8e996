"""Plain-text helpers shared by the reader, annotation and comparison (headless)."""

from kzreader.text.sentences import split_sentences

__all__ = ["split_sentences"]
