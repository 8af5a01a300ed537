"""The persistent cache of linted files' results.

The analysis of one file is a pure function of its source, the configuration (and the day,
which decides the policy period in force), the working folder (which names other modules in
messages) and what it read of the project: the text of every module it loaded, and where each
dotted name it looked up resolved (or that it did not resolve). An entry keeps the findings
with all of that: it is used only when the source, the key and every one of those facts are
the same today (each module's content hash, each lookup's answer), so an edit of the file, of
any module it reached, or a module added where an import used to resolve nowhere, is never
served stale. A result the time budget or a bound cut short (MCD901) or an internal error
(MCD900) is never kept: the next run tries again.

One entry per linted file and configuration (``r-<hash>.json``, overwritten when the file
changes), in the cache folder of ``store.py``; entries are validated field by field on read,
and one that is corrupt, truncated or foreign is ignored and rebuilt, never trusted.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import re
import sys
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .config import Config
from .findings import Finding, Step
from .store import cache_folder, folder_identity, prepare, read_entry, write_entry

if TYPE_CHECKING:
    from .flow.project import Project

#: the version of the entries and of how they are checked: part of every key
SCHEMA = 2
#: configuration fields that cannot change a finding (where the cache is, how long a file may take:
#: a result cut short by the budget is never kept)
_NOT_RESULTS = frozenset({"cache", "cache_dir", "time_budget", "_policy"})
_CODE = re.compile(r"MCD\d{3}\Z")


def config_key(config: Config) -> str:
    """What of the configuration (and the plugin version and the day's policy period) decides results."""
    from . import __version__

    parts = [__version__, str(SCHEMA), _code_digest(), _runtime(), os.getcwd(), config.period.start.isoformat()]
    for item in dataclasses.fields(config):
        if item.name not in _NOT_RESULTS:
            parts.append(f"{item.name}={getattr(config, item.name)!r}")
    if config.policy_path:
        parts.append(_digest_of(Path(config.policy_path)) or "unreadable")
    return hashlib.sha256("\x00".join(parts).encode()).hexdigest()


@lru_cache(maxsize=1)
def _runtime() -> str:
    """The interpreter and parser: what one Python accepts, another may not (``type X = int``)."""
    from importlib import metadata

    try:
        libcst = metadata.version("libcst")
    except metadata.PackageNotFoundError:
        libcst = "?"
    return f"{sys.implementation.name} {sys.version} libcst {libcst}"


@lru_cache(maxsize=1)
def _code_digest() -> str:
    """The content of the plugin's own code and data: an edited checkout (an editable install whose
    version did not change) never reads what the previous code found."""
    package = Path(__file__).parent
    digest = hashlib.sha256()
    for path in sorted([*package.rglob("*.py"), *package.rglob("*.json")]):
        if "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(package)).encode() + b"\x00")
            digest.update(_digest_of(path).encode() if path.is_file() else b"-")  # type: ignore[union-attr]
    return digest.hexdigest()


def _digest_of(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


class ResultsCache:
    """Findings of linted files, on disk in ``folder``."""

    def __init__(self, folder: Path | None, config: Config) -> None:
        self.folder = folder
        self.key = config_key(config)

    def _name(self, filename: str) -> str | None:
        """The entry of ``filename`` (by its real path), in this cache folder (by its identity: an entry
        is never read from a folder it was not written in, so a committed or copied folder is ignored);
        None when the folder does not exist."""
        identity = folder_identity(self.folder)
        if identity is None:
            return None
        where = hashlib.sha256(f"{self.key}\x00{identity}\x00{os.path.realpath(filename)}".encode()).hexdigest()
        return f"r-{where[:40]}.json"

    def get(self, filename: str, source: str, project: "Project") -> list[Finding] | None:
        """The findings kept for ``filename`` with this ``source``, when nothing they depend on changed."""
        from .flow.project import package_of

        name = self._name(filename)
        if name is None:
            return None
        raw = read_entry(self.folder, name)
        if not _valid(raw) or raw["key"] != self.key or raw["source"] != _text_digest(source):
            return None
        if [str(r) for r in project.roots] != raw["roots"] or package_of(filename) != raw["package"]:
            return None
        for path, digest, package in raw["modules"]:
            if _digest_of(Path(path)) != digest or package_of(path) != package:
                return None
        for dotted, where in raw["lookups"]:
            if dotted.startswith("$"):
                # $DJANGO_SETTINGS_MODULE: the settings module the project names (Project.settings_module)
                named = project.settings_module(dotted[1:])
                found = project.module_path(named) if named is not None else None
            else:
                found = project.module_path(dotted)
            if (str(found) if found is not None else None) != where:
                return None
        return [_finding(item) for item in raw["findings"]]

    def put(self, filename: str, source: str, project: "Project", found: list[Finding]) -> None:
        """Keep ``found`` for ``filename``, with what the analysis read of the project."""
        from .flow.project import package_of

        if any(f.code in ("MCD900", "MCD901") for f in found) or project.out_of_time():
            return
        own = Path(filename).resolve()
        modules: list[list[Any]] = []
        for path in project.analyses:
            if path != own:
                digest = project.digests.get(path)  # the bytes the analysis read, not what is there now
                if digest is None:
                    return  # a module known only by an earlier read: nothing certain to keep
                modules.append([str(path), digest, package_of(str(path))])
        lookups = [[dotted, str(where) if where is not None else None] for dotted, where in project.lookups.items()]
        entry = {
            "schema": SCHEMA, "key": self.key, "source": _text_digest(source), "roots": [str(r) for r in project.roots],
            "package": package_of(filename), "modules": modules, "lookups": lookups, "findings": [_plain(f) for f in found],
        }
        prepare(self.folder)
        name = self._name(filename)
        if name is not None:
            write_entry(self.folder, name, entry)


def _text_digest(source: str) -> str:
    return hashlib.sha256(source.encode("utf-8", errors="surrogatepass")).hexdigest()


def _plain(f: Finding) -> list[Any]:
    return [f.line, f.col, f.code, f.message, [[s.line, s.col, s.text, s.path] for s in f.trace]]


def _finding(item: list[Any]) -> Finding:
    line, col, code, message, trace = item
    return Finding(line, col, code, message, tuple(Step(*step) for step in trace))


def _valid(raw: Any) -> bool:
    """The entry has exactly the shape ``put`` writes (anything else is rebuilt, never trusted)."""
    if not isinstance(raw, dict) or raw.get("schema") != SCHEMA:
        return False
    if not all(isinstance(raw.get(k), str) for k in ("key", "source")) or not isinstance(raw.get("package"), (str, type(None))):
        return False
    roots, modules, lookups, findings = (raw.get(k) for k in ("roots", "modules", "lookups", "findings"))
    if not isinstance(roots, list) or not all(isinstance(r, str) for r in roots):
        return False
    if not isinstance(modules, list) or not all(_module_shape(m) for m in modules):
        return False
    if not isinstance(lookups, list) or not all(_pair(m, str, (str, type(None))) for m in lookups):
        return False
    return isinstance(findings, list) and all(_finding_shape(f) for f in findings)


def _module_shape(item: Any) -> bool:
    return isinstance(item, list) and len(item) == 3 and isinstance(item[0], str) and isinstance(item[1], str) and isinstance(item[2], (str, type(None)))


def _pair(item: Any, first: type, second: Any) -> bool:
    return isinstance(item, list) and len(item) == 2 and isinstance(item[0], first) and isinstance(item[1], second)


def _position(line: Any, col: Any) -> bool:
    return type(line) is int and type(col) is int and line >= 1 and col >= 0


def _finding_shape(item: Any) -> bool:
    if not isinstance(item, list) or len(item) != 5:
        return False
    line, col, code, message, trace = item
    if not _position(line, col) or not isinstance(code, str) or not _CODE.match(code) or not isinstance(message, str):
        return False
    if not message.startswith(code) or not isinstance(trace, list):
        return False
    return all(_step_shape(s) for s in trace)


def _step_shape(step: Any) -> bool:
    if not isinstance(step, list) or len(step) != 4:
        return False
    line, col, text, path = step
    return type(line) is int and type(col) is int and line >= 0 and col >= 0 and isinstance(text, str) and isinstance(path, str)


#: one cache per project root and Config object (its key reads the policy file once, as the Config does)
_caches: dict[tuple[Path | None, int], tuple[Config, ResultsCache]] = {}


def results_cache(root: Path | None, config: Config) -> ResultsCache | None:
    """The results cache of a project (None when the configuration keeps nothing on disk)."""
    if not config.cache:
        return None
    key = (root, id(config))
    kept = _caches.get(key)
    if kept is None or kept[0] is not config:
        if len(_caches) > 64:
            _caches.clear()
        kept = _caches[key] = (config, ResultsCache(cache_folder(root, config.cache, config.cache_dir), config))
    return kept[1]
