"""Store schema versions and the steps between them.

- v0: the prototype's store — one stock TinyDB JSONStorage file,
  `annotations/annotations.json`, every record in the `_default` table, with
  `id, article_id, tag, start, end, text, note, annotator, created` only.
- v1: one shard per article (`storage.ShardedJSONStorage`), `kzreader-store.json`
  naming the schema, records as `records.RECORD_KEYS`.

`upgrade(record, version)` brings one record up to `SCHEMA_VERSION`; the store
rewrites every shard, then the metadata file (the commit point), so a crash
mid-migration just migrates again on the next open.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kzreader.annotate.errors import StoreError
from kzreader.annotate.records import SCHEMA_VERSION, RecordError, normalise_timestamp

Record = dict[str, Any]

V0_FILE = "annotations.json"
V0_BACKUP = "annotations.v0.json.bak"


def _v0_to_v1(record: Record) -> Record:
    created = normalise_timestamp(record["created"]) if record.get("created") else ""
    out = dict(record)
    out.setdefault("text_hash", "")  # unknown: the next re-anchoring fills it in
    out.setdefault("prefix", "")
    out.setdefault("suffix", "")
    out.setdefault("note", "")
    out.setdefault("annotator", "")
    out.setdefault("status", "anchored")
    out.setdefault("fact", None)
    out["created"] = created
    out["updated"] = normalise_timestamp(record["updated"]) if record.get("updated") else created
    return out


STEPS: dict[int, Callable[[Record], Record]] = {0: _v0_to_v1}
"""`STEPS[n]` turns a schema-n record into a schema-(n+1) record."""


def upgrade(record: Record, version: int) -> Record:
    """`record`, written at schema `version`, as a current record."""
    while version < SCHEMA_VERSION:
        record = STEPS[version](record)
        version += 1
    return record


def read_v0(path: Path) -> dict[str, dict[str, Record]]:
    """The v0 file's records, upgraded and grouped as `{article_id: {doc_id: record}}`."""
    try:
        raw = json.loads(path.read_bytes())
    except OSError as exc:
        raise StoreError(f"{path}: cannot read ({exc.strerror})") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise StoreError(f"{path}: damaged v0 store ({exc}); left untouched") from exc
    table = raw.get("_default") if isinstance(raw, dict) else None
    if not isinstance(table, dict):
        raise StoreError(f"{path}: not a v0 kzreader store (no _default table); left untouched")
    tables: dict[str, dict[str, Record]] = {}
    for number, record in enumerate(table.values(), start=1):
        if not isinstance(record, dict) or not isinstance(record.get("article_id"), str):
            raise StoreError(f"{path}: record {number} has no article_id; left untouched")
        try:
            upgraded = upgrade(record, 0)
        except RecordError as exc:
            raise StoreError(f"{path}: record {number}: {exc}; left untouched") from exc
        docs = tables.setdefault(record["article_id"], {})
        docs[str(len(docs) + 1)] = upgraded
    return tables
