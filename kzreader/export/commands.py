"""`kzreader export` and `kzreader import`: the store's scriptable face.

The lead wires `register(subparsers)` into `kzreader.cli`.
"""

from __future__ import annotations

import argparse
import sys

from kzreader.annotate.errors import StoreError
from kzreader.annotate.store import AnnotationStore, resolve_store_path
from kzreader.export.api import FORMATS, ExportError, render_export, write_export
from kzreader.export.filters import ExportFilter, parse_day
from kzreader.export.importer import ImportFormatError, import_file


def _day(value: str) -> str:
    try:
        return parse_day(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `export` and `import` subcommands."""
    exp = subparsers.add_parser(
        "export",
        help="write annotations as json, jsonl, csv or W3C Web Annotation",
        description="Export annotations with their articles' metadata. Dates filter on "
        "the article's publication day (inclusive).",
    )
    exp.add_argument("--format", choices=sorted(FORMATS), default="json")
    exp.add_argument(
        "--tag", action="append", default=[], metavar="T", help="only this tag (repeatable)"
    )
    exp.add_argument("--outlet", metavar="O", help="only articles of this outlet")
    exp.add_argument("--since", type=_day, metavar="D", help="published on or after D")
    exp.add_argument("--until", type=_day, metavar="D", help="published on or before D")
    exp.add_argument("-o", "--output", metavar="FILE", help="write here (default: stdout)")
    exp.add_argument("--store", metavar="PATH", help="annotation store (default: ./annotations)")
    exp.add_argument("--corpus", nargs="+", metavar="PATH", help="articles (default: seeds)")
    exp.add_argument("--no-cache", action="store_true", help="parse the corpus afresh")
    exp.set_defaults(func=cmd_export)

    imp = subparsers.add_parser(
        "import", help="merge another annotator's JSON export into the store"
    )
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--store", metavar="PATH", help="annotation store (default: ./annotations)")
    imp.set_defaults(func=cmd_import)


def cmd_export(args: argparse.Namespace) -> int:
    from kzreader.corpus import load_corpus

    filters = ExportFilter(
        tags=frozenset(args.tag), outlet=args.outlet, since=args.since, until=args.until
    )
    folder = resolve_store_path(args.store)
    if not folder.is_dir():
        print(f"kzreader: {folder}: no annotation store here (use --store PATH)", file=sys.stderr)
        return 1
    try:
        store = AnnotationStore.open(folder, read_only=True)
    except StoreError as exc:
        print(f"kzreader: {exc}", file=sys.stderr)
        return 1
    corpus = load_corpus(args.corpus or None, cache=not args.no_cache)
    for err in corpus.errors:
        print(f"kzreader: {err}", file=sys.stderr)
    with store:
        try:
            if args.output:
                summary = write_export(store, corpus.articles, args.output, args.format, filters)
            else:
                summary = render_export(store, corpus.articles, args.format, filters)
                sys.stdout.write(summary.text)
        except ExportError as exc:
            print(f"kzreader: {exc}", file=sys.stderr)
            return 1
    where = args.output or "stdout"
    print(
        f"kzreader: exported {summary.annotations} annotations of {summary.articles} "
        f"articles to {where}",
        file=sys.stderr,
    )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    try:
        store = AnnotationStore.open(args.store)
    except StoreError as exc:
        print(f"kzreader: {exc}", file=sys.stderr)
        return 1
    with store:
        if store.read_only:
            print(f"kzreader: {store.notice}; nothing imported", file=sys.stderr)
            return 1
        try:
            report = import_file(store, args.file)
        except (ImportFormatError, StoreError) as exc:
            print(f"kzreader: {exc}", file=sys.stderr)
            return 1
    print(f"imported {args.file}: {report.summary()}")
    for conflict in report.conflicts:
        print(f"  conflict {conflict}")
    return 0
