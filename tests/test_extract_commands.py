"""`kzreader facts`: the subcommand wiring and the plain-text table."""

import argparse

from kzreader.extract import extract_facts
from kzreader.extract.commands import format_article, register
from kzreader.model import Article


def test_register_adds_facts_with_a_handler():
    parser = argparse.ArgumentParser()
    register(parser.add_subparsers())
    args = parser.parse_args(["facts", "a.txt", "b/", "--kind", "quote"])
    assert args.paths == ["a.txt", "b/"] and args.kind == ["quote"] and callable(args.func)


def test_table_lists_each_fact_as_plain_text():
    text = "“Misi sudah selesai sepenuhnya,” kata Tokayev. Sekitar 2.500 pasukan [b]pergi[/b]."
    art = Article(id="x", path="x.txt", text=text,
                  facts=extract_facts(text, published="2022-01-11"))  # fmt: skip
    table = format_article(art, ["quote", "figure"])
    rows = table.splitlines()[3:]
    assert rows[0].startswith("quote") and "Kassym-Jomart Tokayev" in rows[0]
    assert rows[1].startswith("figure") and "2500" in rows[1] and "troops" in rows[1]
    assert "\x1b" not in table and len(rows) == 2
