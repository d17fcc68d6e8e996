"""The W3C Web Annotation export (JSON-LD), https://www.w3.org/TR/annotation-model/.

An `AnnotationCollection` whose page lists one `Annotation` per record: the
target is the article's cleaned text (`urn:kzreader:article:<id>`) with a
TextQuoteSelector (exact/prefix/suffix) and a TextPositionSelector
(start/end, left out for an orphan, whose old offsets no longer hold);
the tag is a `tagging` TextualBody, the note a `commenting` one,
an accepted fact a `describing` one holding its JSON.
"""

from __future__ import annotations

import json
from typing import Any

from kzreader.export.json_export import compact_json, json_object_with_list
from kzreader.export.selection import ExportGroup

CONTEXT = "http://www.w3.org/ns/anno.jsonld"


def article_iri(article_id: str) -> str:
    return f"urn:kzreader:article:{article_id}"


def annotation_jsonld(ann: dict[str, Any], article: dict[str, Any]) -> dict[str, Any]:
    """One record (`Annotation.to_dict()`) as a Web Annotation."""
    bodies: list[dict[str, Any]] = [
        {"type": "TextualBody", "purpose": "tagging", "value": ann["tag"]}
    ]
    if ann["note"]:
        bodies.append(
            {
                "type": "TextualBody",
                "purpose": "commenting",
                "value": ann["note"],
                "format": "text/plain",
            }
        )
    if ann["fact"]:
        bodies.append(
            {
                "type": "TextualBody",
                "purpose": "describing",
                "value": json.dumps(ann["fact"], ensure_ascii=False),
                "format": "application/json",
            }
        )
    selectors: list[dict[str, Any]] = [
        {
            "type": "TextQuoteSelector",
            "exact": ann["text"],
            "prefix": ann["prefix"],
            "suffix": ann["suffix"],
        },
    ]
    if ann["status"] != "orphaned":  # an orphan's old offsets no longer point into the text
        selectors.append({"type": "TextPositionSelector", "start": ann["start"], "end": ann["end"]})
    out: dict[str, Any] = {
        "@context": CONTEXT,
        "id": f"urn:uuid:{ann['id']}",
        "type": "Annotation",
        "motivation": "commenting" if ann["note"] else "tagging",
        "body": bodies,
        "target": {
            "source": {"id": article_iri(ann["article_id"]), "type": "Text"},
            "selector": selectors,
        },
        "creator": {"type": "Person", "name": ann["annotator"] or "unknown"},
        "created": ann["created"],
        "modified": ann["updated"] or ann["created"],
    }
    return out


def _article_items(group: ExportGroup) -> str:
    """An article's annotations, comma-separated on one line (one encoder call)."""
    encoded = compact_json([annotation_jsonld(a, group.article) for a in group.annotations])
    return encoded[1:-1]


def render_w3c(groups: list[ExportGroup], exported: str) -> str:
    """An AnnotationCollection holding one AnnotationPage; an article's annotations a line."""
    items = [_article_items(g) for g in groups]
    total = sum(len(g.annotations) for g in groups)
    page_head = {"type": "AnnotationPage", "startIndex": 0}
    page = json_object_with_list(page_head, "items", items).rstrip("\n")
    collection = json.dumps(
        {
            "@context": CONTEXT,
            "id": f"urn:kzreader:export:{exported}",
            "type": "AnnotationCollection",
            "label": "kzreader annotations",
            "total": total,
            "first": None,
        },
        ensure_ascii=False,
    )
    return collection[: -len("null}")] + page + "}\n"
