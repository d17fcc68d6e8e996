"""Library rows read ahead by a child process while the reader starts up.

Listing a 10k-article corpus from the parse cache (`corpus.load_summaries`)
costs about 0.1 s of Python and 10k `stat` calls. Run in a thread beside
Textual's start-up it takes four times as long: each `stat` gives up the GIL
and waits to get it back. So, where the system can fork and before any thread
exists, a child does it on the other core while this process imports and
mounts the UI, and sends the rows back through a pipe. Anywhere else the rows
are read when asked for, in the asking thread.
"""

from __future__ import annotations

import marshal
import os
import select
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported after the fork: the child starts before the model is loaded
    from kzreader.model import ArticleSummary


class Preload:
    """`Preload(paths)` starts reading; calling it returns the `ArticleSummary`s."""

    def __init__(self, paths: Sequence[str | Path] | None = None) -> None:
        self.paths = list(paths) if paths else None
        self._fd: int | None = None
        self._pid: int | None = None
        if hasattr(os, "fork") and threading.active_count() == 1:  # forking threads is unsafe
            self._fork()

    def _fork(self) -> None:
        try:
            read_end, write_end = os.pipe()
            pid = os.fork()
        except OSError:
            return
        if pid == 0:  # the child: never returns
            status = 1
            try:
                os.close(read_end)
                from kzreader.corpus import summary_rows

                data = marshal.dumps(summary_rows(self.paths))
                with os.fdopen(write_end, "wb") as out:
                    out.write(data)
                status = 0
            finally:
                os._exit(status)  # no atexit handlers, no flushing the parent's buffers
        os.close(write_end)
        self._fd, self._pid = read_end, pid

    def ready(self, wait: float = 0.0) -> bool:
        """True when calling now will not wait: the child is done (or is within `wait`
        seconds). False when there is no child (reading would be the whole job)."""
        if self._fd is None:
            return False
        readable, _, _ = select.select([self._fd], [], [], wait)
        return bool(readable)

    def __call__(self, paths: Sequence[str | Path] | None = None) -> list[ArticleSummary]:
        """The rows (empty when the cache knows none of the files). Call it once."""
        fd, pid = self._fd, self._pid
        if fd is None or pid is None:
            return _read(self.paths if paths is None else paths)
        self._fd = self._pid = None
        try:
            with os.fdopen(fd, "rb") as pipe:
                data = pipe.read()
        finally:
            os.waitpid(pid, 0)
        if not data:  # the child failed: the full load still runs and says why
            return []
        from kzreader.model import ArticleSummary

        return [ArticleSummary(*row) for row in marshal.loads(data)]


def _read(paths: Sequence[str | Path] | None) -> list[ArticleSummary]:
    from kzreader.corpus import load_summaries

    return load_summaries(paths)
