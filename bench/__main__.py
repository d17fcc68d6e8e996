"""`python -m bench`: run every benchmark and print its figures."""

from __future__ import annotations

import importlib
import importlib.util

BENCHES = ("bench_parse", "bench_extract", "bench_tui", "bench_store", "bench_compare")

for name in BENCHES:
    module = f"bench.{name}"
    if importlib.util.find_spec(module) is None:
        continue
    print(f"\n== {name} ==", flush=True)
    importlib.import_module(module).main()
