"""Getting annotations out (json, jsonl, csv, W3C Web Annotation) and back in (import)."""

from kzreader.export.api import FORMATS, ExportSummary, export_annotations, write_export
from kzreader.export.filters import ExportFilter
from kzreader.export.importer import MergeReport, import_file, merge, read_export

__all__ = [
    "FORMATS",
    "ExportFilter",
    "ExportSummary",
    "MergeReport",
    "export_annotations",
    "import_file",
    "merge",
    "read_export",
    "write_export",
]
