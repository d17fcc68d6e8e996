"""The core is headless: nothing outside kzreader/tui imports textual or rich."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT

PROBE = """
import importlib, json, pkgutil, sys
import kzreader
names = [m.name for m in pkgutil.walk_packages(kzreader.__path__, "kzreader.")
         if not m.name.startswith("kzreader.tui") and not m.name.endswith("__main__")]
for name in names:
    importlib.import_module(name)
print(json.dumps({"modules": names, "ui": sorted(m for m in sys.modules
      if m.split(".")[0] in ("textual", "rich"))}))
"""


def test_core_modules_never_import_textual_or_rich() -> None:
    proc = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    found = json.loads(proc.stdout)
    assert "kzreader.pipeline" in found["modules"] and "kzreader.cli" in found["modules"]
    assert found["ui"] == []
