"""The cache folder on disk, shared by the module facts (``facts.py``) and the linted files'
results (``results.py``).

Entries are plain JSON read back as data, never code. Writes are atomic (a temporary file in
the folder, then ``os.replace``), so concurrent ``flake8 -j N`` workers never see half an entry;
nothing is read or written through a symbolic link, and nothing is written outside the folder.
The folder carries its own ``.gitignore`` (``*``), so it is never committed by accident. Every
failure is silent: the cache is an optimization, never required (a read-only checkout works).
"""

from __future__ import annotations

import json
import os
import stat
import tempfile
from pathlib import Path
from typing import Any

#: the cache folder's name at the project root (``--medicaid-cache-dir`` puts it elsewhere)
CACHE_DIR = ".medicaid_scope_cache"


def cache_folder(root: Path | None, cache: bool, cache_dir: str) -> Path | None:
    """Where the cache lives: ``cache_dir`` when given, else ``.medicaid_scope_cache`` at the project
    root; None when the configuration keeps nothing on disk or there is no project root."""
    if not cache:
        return None
    if cache_dir:
        return Path(cache_dir)
    return root / CACHE_DIR if root is not None else None


def read_entry(folder: Path | None, name: str) -> Any:
    """The JSON value of entry ``name`` (None when absent, unreadable, not JSON, or not a plain file)."""
    if folder is None:
        return None
    entry = folder / name
    try:
        if folder.is_symlink() or not stat.S_ISREG(os.lstat(entry).st_mode):
            return None  # never read through a link, a pipe or anything but a plain file
        return json.loads(entry.read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError, RecursionError):
        return None


def write_entry(folder: Path | None, name: str, value: Any) -> None:
    """Write entry ``name`` atomically (nothing when the folder cannot be prepared)."""
    if folder is None or "/" in name or os.sep in name or name.startswith("."):
        return
    try:
        if not _prepare(folder):
            return
        text = json.dumps(value, separators=(",", ":"))
        handle, temp = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(text)
            os.replace(temp, folder / name)
        except OSError:
            try:
                os.unlink(temp)
            except OSError:
                pass
    except (OSError, ValueError):
        return


def folder_identity(folder: Path | None) -> str | None:
    """Which folder this is on this machine (device and inode): part of every entry's name, so an
    entry is only ever read from the folder it was written in; a folder committed to a repository,
    copied or restored elsewhere is a new folder whose old entries are never trusted. None when the
    folder does not exist (or is a link)."""
    if folder is None:
        return None
    try:
        info = os.lstat(folder)
    except OSError:
        return None
    if not stat.S_ISDIR(info.st_mode):
        return None
    return f"{info.st_dev}:{info.st_ino}"


def prepare(folder: Path | None) -> bool:
    """Create the cache folder (with its ``.gitignore``) if it is not there; False when it cannot be."""
    if folder is None:
        return False
    try:
        return _prepare(folder)
    except OSError:
        return False


def _prepare(folder: Path) -> bool:
    """Create the cache folder (with its ``.gitignore``); False when it is a link or not a folder."""
    if folder.is_symlink():
        return False
    if not folder.exists():
        folder.mkdir(parents=True, exist_ok=True)
    if not folder.is_dir() or folder.is_symlink():
        return False
    ignore = folder / ".gitignore"
    if not ignore.exists() and not ignore.is_symlink():
        ignore.write_text("# created by flake8-medicaid-scope; safe to delete\n*\n", encoding="utf-8")
    return True
