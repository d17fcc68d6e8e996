"""`kzreader facts PATH...`: a plain-text table of each article's facts."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable

from kzreader.model import Article, Fact

COLUMNS = ("kind", "at", "text", "value / speaker", "detail")
WIDTHS = (9, 11, 48, 26, 30)


def _cell(value: object, width: int) -> str:
    text = " ".join(str(value if value is not None else "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def describe(fact: Fact) -> tuple[str, str]:
    """(value or speaker, detail) columns for one fact."""
    d = fact.to_dict()
    kind = d["kind"]
    if kind == "figure":
        detail = " ".join(x for x in (d["unit"], d["qualifier"], d["measure"]) if x)
        return str(d["value"]), detail
    if kind == "quote":
        return d["speaker"] or "?", d["cue"] or ""
    if kind in ("date", "relative_date"):
        return d["value"] or "?", "relative" if kind == "relative_date" else ""
    if kind == "entity":
        return d["name"], " ".join(x for x in (d["type"], d["role"]) if x)
    return d.get("name", ""), ""


def format_article(article: Article, kinds: Iterable[str] | None = None) -> str:
    """One article's header and fact table, as plain text."""
    wanted = set(kinds) if kinds else None
    lines = [f"== {article.path}", f"   {article.title or '(no title)'} | "
             f"{article.outlet or '?'} | {article.published or '?'} | "
             f"sources: {', '.join(article.sources) or '-'}"]  # fmt: skip
    lines.append("  ".join(c.ljust(w) for c, w in zip(COLUMNS, WIDTHS, strict=True)).rstrip())
    for fact in article.facts:
        if wanted and fact.kind not in wanted:
            continue
        value, detail = describe(fact)
        row = (fact.kind, f"{fact.start}-{fact.end}", fact.text, value, detail)
        lines.append("  ".join(_cell(c, w).ljust(w) for c, w in zip(row, WIDTHS, strict=True))
                     .rstrip())  # fmt: skip
    return "\n".join(lines)


def handle(args: argparse.Namespace) -> int:
    """Print the fact tables; exit 1 when a file could not be read."""
    from kzreader.corpus import load_corpus

    corpus = load_corpus(args.paths)
    kinds = args.kind or None
    for article in corpus.articles:
        print(format_article(article, kinds))
        print()
    for error in corpus.errors:
        print(f"kzreader facts: {error}", file=sys.stderr)
    return 1 if corpus.errors else 0


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `facts` subcommand."""
    p = subparsers.add_parser("facts", help="print the facts found in each article")
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    p.add_argument("--kind", action="append", choices=["figure", "quote", "date",
                   "relative_date", "entity", "source"], help="only these kinds (repeatable)")
    p.set_defaults(func=handle)
