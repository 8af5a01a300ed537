"""Download and unpack pinned sdists from PyPI into bench/.cache (benchmarks only; tests never download)."""

from __future__ import annotations

import subprocess
import sys
import tarfile
from pathlib import Path

CACHE = Path(__file__).parent / ".cache"


def sdist(name: str, version: str) -> Path:
    """The unpacked source tree of ``name==version``."""
    target = CACHE / f"{name}-{version}"
    if target.is_dir():
        return target
    CACHE.mkdir(exist_ok=True)
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:", "-d", str(CACHE), f"{name}=={version}"],
        check=True,
    )
    wanted = f"{name.lower()}-{version}".replace("_", "-")
    archive = next(p for p in CACHE.glob("*.tar.gz") if p.name.lower().replace("_", "-").startswith(wanted))
    with tarfile.open(archive) as tar:
        tar.extractall(CACHE, filter="data") if sys.version_info >= (3, 12) else tar.extractall(CACHE)  # noqa: S202
    unpacked = next(p for p in CACHE.iterdir() if p.is_dir() and p.name.lower().replace("_", "-") == wanted)
    if unpacked != target:
        unpacked.rename(target)
    return target
