"""Command line: `kzreader [PATH...]` opens the reader; subcommands script the core.

kzreader [--store S] [PATH...]          the TUI (a listing when stdout is not a terminal)
kzreader parse [--format json|jsonl] PATH...
kzreader list [PATH...]                 the library as plain text
kzreader facts | export | import | compare | agreement ...
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kzreader import __version__

if TYPE_CHECKING:  # the reader's start-up imports neither: they are imported when used
    from kzreader.corpus import Corpus
    from kzreader.model import LoadError

COMMAND_MODULES = (
    "kzreader.extract.commands",  # facts
    "kzreader.export.commands",  # export, import
    "kzreader.compare.commands",  # compare, agreement
)

COMMANDS = ("parse", "list", "facts", "export", "import", "compare", "agreement")
"""Every subcommand (a test checks it against the parser); any other word is a PATH to open.
Known without building the parser, so `kzreader PATH` starts the reader at once."""


def report_errors(errors: Sequence[LoadError]) -> None:
    """One line per unreadable file on stderr."""
    for err in errors:
        print(f"kzreader: {err}", file=sys.stderr)


def add_corpus_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="files or folders (default: seeds)"
    )
    parser.add_argument("--no-cache", action="store_true", help="parse everything afresh")
    parser.add_argument(
        "--jobs", type=int, default=None, help="worker processes (default: all cores)"
    )


def corpus_from_args(args: argparse.Namespace) -> Corpus:
    """Load the corpus an `add_corpus_options` parser described, reporting bad files."""
    from kzreader.corpus import load_corpus

    corpus = load_corpus(args.paths or None, cache=not args.no_cache, jobs=args.jobs)
    report_errors(corpus.errors)
    for warning in corpus.warnings:
        print(f"kzreader: warning: {warning}", file=sys.stderr)
    return corpus


def cmd_parse(args: argparse.Namespace) -> int:
    corpus = corpus_from_args(args)
    out = sys.stdout
    if args.format == "jsonl":
        for art in corpus.articles:
            out.write(json.dumps(art.to_dict(trace=args.trace), ensure_ascii=False) + "\n")
    else:
        json.dump(
            [a.to_dict(trace=args.trace) for a in corpus.articles],
            out,
            ensure_ascii=False,
            indent=1,
        )
        out.write("\n")
    return 1 if corpus.errors else 0


def library_lines(corpus: Corpus) -> list[str]:
    """The library listing: date, outlet, title, by date."""
    rows = sorted(corpus.articles, key=lambda a: (a.published or "", a.outlet or ""))
    lines = []
    for art in rows:
        date = (art.published or "?")[:16].replace("T", " ")
        mark = "~" if art.published_basis == "inferred" else " "
        outlet = (art.outlet or "?") + (f" via {art.via}" if art.via else "")
        lines.append(f"{date:<16}{mark} {outlet:<22} {art.title or '(untitled)'}")
    return lines


def cmd_list(args: argparse.Namespace) -> int:
    corpus = corpus_from_args(args)
    for line in library_lines(corpus):
        print(line)
    outlets = corpus.outlets
    print(f"{len(corpus.articles)} articles, {len(outlets)} outlets ({', '.join(outlets)})")
    return 1 if corpus.errors else 0


def cmd_open(args: argparse.Namespace) -> int:
    if not sys.stdout.isatty():
        return cmd_list(args)
    from kzreader.preload import Preload

    # the library's rows, read in a child process while this one imports the UI
    preload = None if args.no_cache else Preload(args.paths)
    from kzreader.tui.app import run_app

    return run_app(
        list(args.paths), store=args.store, previewer=preload,
        cache=not args.no_cache, jobs=args.jobs,
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kzreader", description="Read, annotate and compare scraped news corpora."
    )
    parser.add_argument("--version", action="version", version=f"kzreader {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("parse", help="print parsed articles as JSON (see CONTRACT.md)")
    add_corpus_options(p)
    p.add_argument("--format", choices=("json", "jsonl"), default="json")
    p.add_argument("--trace", action="store_true", help="include what the cleaner did per line")
    p.set_defaults(func=cmd_parse)

    p = sub.add_parser("list", help="print the library listing")
    add_corpus_options(p)
    p.set_defaults(func=cmd_list)

    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:  # a part not built yet
            if exc.name and name.startswith(exc.name):
                continue
            raise
        module.register(sub)
    return parser


def build_open_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kzreader", add_help=False)
    add_corpus_options(parser)
    parser.add_argument("--store", default=None, help="annotation store (default: annotations/)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    first = next((a for a in argv if not a.startswith("-")), None)
    if first not in COMMANDS and not ({"-h", "--help", "--version"} & set(argv)):
        args = build_open_parser().parse_args(argv)
        return cmd_open(args)
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
