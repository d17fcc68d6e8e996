"""Annotations: the record, the durable TinyDB store, re-anchoring, undo/redo."""

from kzreader.annotate.errors import ReadOnlyStoreError, StoreError
from kzreader.annotate.history import Change
from kzreader.annotate.records import Annotation, RecordError
from kzreader.annotate.store import AnnotationStore, ReanchorReport, resolve_store_path

__all__ = [
    "Annotation",
    "AnnotationStore",
    "Change",
    "ReadOnlyStoreError",
    "ReanchorReport",
    "RecordError",
    "StoreError",
    "resolve_store_path",
]
