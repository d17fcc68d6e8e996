"""CLI: `kzreader compare [--format text|json] PATH...` and `kzreader agreement A B`."""

from __future__ import annotations

import argparse
import json
import sys

from kzreader.cli import add_corpus_options, corpus_from_args, report_errors
from kzreader.compare.agreement import compare_annotators, render_agreement
from kzreader.compare.figures import DEFAULT_TOLERANCE
from kzreader.compare.records import AnnotationSet, RecordsError, load_annotations
from kzreader.compare.report import build_report, render_text
from kzreader.corpus import load_corpus


def _print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


def cmd_compare(args: argparse.Namespace) -> int:
    corpus = corpus_from_args(args)
    report = build_report(corpus.articles, tolerance=args.tolerance)
    if args.format == "json":
        _print_json(report.to_dict())
    else:
        sys.stdout.write(render_text(report))
    return 1 if corpus.errors else 0


def _corpus_texts(args: argparse.Namespace, sets: list[AnnotationSet]) -> dict[str, str]:
    """Texts of the shared articles the exports do not carry, from the corpus."""

    wanted = set.intersection(*(set(s.articles) for s in sets))
    wanted -= {i for s in sets for i in s.texts}
    if not wanted:
        return {}
    corpus = load_corpus(args.corpus or None, cache=not args.no_cache)
    report_errors(corpus.errors)
    return {a.id: a.text for a in corpus.articles if a.id in wanted}


def cmd_agreement(args: argparse.Namespace) -> int:
    names = args.annotators or (None, None)
    try:
        sets = [
            load_annotations(p, annotator=n) for p, n in zip((args.a, args.b), names, strict=True)
        ]
    except RecordsError as exc:
        print(f"kzreader: {exc}", file=sys.stderr)
        return 2
    for s in sets:
        if len(s.annotators) > 1:
            print(
                f"kzreader: {s.name} holds several annotators ({', '.join(s.annotators)}):"
                " choose with --annotators A_NAME B_NAME",
                file=sys.stderr,
            )
            return 2
    report = compare_annotators(sets[0], sets[1], _corpus_texts(args, sets))
    if args.format == "json":
        _print_json(report.to_dict())
    else:
        sys.stdout.write(render_agreement(report))
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add `compare` and `agreement` to the kzreader command line."""
    p = subparsers.add_parser(
        "compare", help="figures, speakers, sources, timeline and copies across outlets"
    )
    add_corpus_options(p)
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument(
        "--tolerance",
        type=float,
        default=DEFAULT_TOLERANCE,
        help=f"relative difference under which two values agree (default {DEFAULT_TOLERANCE})",
    )
    p.set_defaults(func=cmd_compare)

    p = subparsers.add_parser("agreement", help="span F1 and sentence kappa between two annotators")
    p.add_argument("a", metavar="A", help="annotator A: a JSON export or a store (file or folder)")
    p.add_argument("b", metavar="B", help="annotator B: a JSON export or a store")
    p.add_argument(
        "--annotators",
        nargs=2,
        metavar=("A_NAME", "B_NAME"),
        help="keep only these annotators' work (e.g. both in one store)",
    )
    p.add_argument(
        "--corpus",
        nargs="+",
        metavar="PATH",
        help="where the annotated articles are (default: seeds), for sentence boundaries",
    )
    p.add_argument("--no-cache", action="store_true", help="parse the corpus afresh")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=cmd_agreement)
