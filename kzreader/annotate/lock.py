"""One writer per store: an advisory lock on `<store>/kzreader.lock`.

The lock is a kernel `flock` on the file, so it vanishes with its process: a
lock left by a dead (even SIGKILLed) kzreader is simply taken over. The file
holds the owner's pid and host, to tell a second kzreader who has the store.
Where `flock` is missing, the pid in the file decides: a dead pid is stale.
"""

from __future__ import annotations

import contextlib
import os
import socket
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

LOCK_NAME = "kzreader.lock"


def pid_alive(pid: int) -> bool:
    """Whether a process with this pid exists (on this host)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class StoreLock:
    """The writer's lock on a store folder; `acquire()` says whether we got it."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_NAME
        self._fd: int | None = None
        self.reason: str = ""
        """Why `acquire()` failed, e.g. `in use by pid 4242 on host`."""

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        if self._fd is not None:
            return True
        if fcntl is None:  # pragma: no cover - Windows
            return self._acquire_by_pid()
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            self.reason = f"cannot create {LOCK_NAME} ({exc.strerror})"
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self.reason = "in use by " + _describe(_read_owner(fd))
            os.close(fd)
            return False
        os.ftruncate(fd, 0)
        os.pwrite(fd, _owner_line().encode(), 0)
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
        os.close(fd)  # closing drops the flock

    def _acquire_by_pid(self) -> bool:  # pragma: no cover - Windows
        for _ in range(2):
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                fd = os.open(self.path, os.O_RDONLY)
                owner = _read_owner(fd)
                os.close(fd)
                pid = _owner_pid(owner)
                if pid is not None and pid_alive(pid):
                    self.reason = "in use by " + _describe(owner)
                    return False
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(self.path)
                continue
            os.write(fd, _owner_line().encode())
            self._fd = fd
            return True
        self.reason = "in use by another process"
        return False


def _owner_line() -> str:
    return f"{os.getpid()} {socket.gethostname()}\n"


def _read_owner(fd: int) -> str:
    try:
        return os.pread(fd, 200, 0).decode("utf-8", "replace").strip()
    except OSError:
        return ""


def _owner_pid(owner: str) -> int | None:
    head = owner.split(" ", 1)[0]
    return int(head) if head.isdigit() else None


def _describe(owner: str) -> str:
    pid = _owner_pid(owner)
    if pid is None:
        return "another process"
    host = owner.split(" ", 1)[1] if " " in owner else ""
    return f"pid {pid}" + (f" on {host}" if host else "")
