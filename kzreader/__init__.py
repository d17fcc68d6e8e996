"""kzreader: a keyboard-first terminal reader and annotator for news corpora."""

__version__ = "0.1.0"
