"""The cheap text pre-check: can this file produce a finding at all?

A file whose text holds no enforcement signal (an enforcement host, an
enforcement token as a whole word, the pragma, a configured sink) cannot
produce a finding in single-module analysis, so it is never parsed. The
cross-module analysis widens this check with the names a module imports.
"""

from __future__ import annotations

import ast
import os
import re
from pathlib import Path
from functools import lru_cache

from typing import TYPE_CHECKING, Iterable

from .config import Config
from .words import name_words

if TYPE_CHECKING:
    from .facts import FactsCache
    from .flow.project import Project

# After a token: not glued to more letters, except at a camelCase boundary, before a version (``ICEv2``) or as an
# acronym's plural (``DHSs``): the boundaries the word splitter (``words.WORD``) cuts at.
_RIGHT = r"(?:(?![A-Za-z])|(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Z])(?=[a-z][0-9])|(?<=[A-Z])(?=s(?![a-z])))"


def _token_alternatives(token: str) -> list[str]:
    """The token as a whole word in its three spellings (ice, Ice, ICE).

    Each alternative starts with the literal, so the regex engine scans for its
    first letters; the left boundary is a look-behind placed after it: a
    lower-case form must not follow a letter, a capitalized or upper-case form
    must not follow a capital (``sendToIce`` matches, ``NOTICE`` does not).
    """
    lower, title, upper = token, token.capitalize(), token.upper()
    return [
        re.escape(lower) + f"(?<![A-Za-z]{re.escape(lower)})",
        re.escape(title) + f"(?<![A-Z]{re.escape(title)})",
        re.escape(upper) + f"(?<![A-Z]{re.escape(upper)})",
    ]


def host_literal(pattern: str) -> str:
    """The fixed part of a host pattern that any matching host contains."""
    parts = [p for p in re.split(r"[*?]+", pattern) if p]
    return max(parts, key=len).strip(".").lower() if parts else ""


@lru_cache(maxsize=16)
def _compiled(config: Config) -> tuple[re.Pattern[str] | None, tuple[str, ...], tuple[str, ...]]:
    alternatives = [alt for token in config.enforcement_tokens for alt in _token_alternatives(token)]
    tokens = re.compile("(?:" + "|".join(alternatives) + ")" + _RIGHT) if alternatives else None
    hosts = tuple(sorted({h for h in map(host_literal, config.enforcement_hosts) if h}))
    literals = tuple(sorted({s.rsplit(".", 1)[-1] for s in config.sinks} | set(config.export_dirs)))
    return tokens, hosts, literals


_PRAGMA = re.compile("medicaid-scope", re.IGNORECASE)


@lru_cache(maxsize=16)
def _glued(config: Config) -> re.Pattern[str] | None:
    """The one spelling the fast pattern rejects but the word splitter accepts: a capitalized token
    right after capitals (``SOAPIceGateway`` splits into soap, ice, gateway)."""
    titles = sorted((t.capitalize() for t in config.enforcement_tokens), key=len, reverse=True)
    return re.compile("(?<=[A-Z])(?:" + "|".join(re.escape(t) for t in titles) + ")") if titles else None


@lru_cache(maxsize=16)
def _titles(config: Config) -> tuple[str, ...]:
    return tuple(t.capitalize() for t in config.enforcement_tokens)


def _split_token(source: str, config: Config) -> bool:
    """A name that the analysis splits into a token although the fast pattern misses it."""
    glued = _glued(config)
    if glued is None or not any(title in source for title in _titles(config)):
        return False  # no capitalized token anywhere (a plain substring test, far cheaper than the pattern)
    tokens = frozenset(config.enforcement_tokens)
    for match in glued.finditer(source):
        start, end = match.start(), match.end()
        while start > 0 and source[start - 1].isalnum():
            start -= 1
        while end < len(source) and source[end].isalnum():
            end += 1
        if tokens.intersection(name_words(source[start:end])):
            return True
    return False


def file_may_matter(source: str, config: Config, filename: str | None) -> bool:
    """``may_matter`` for a linted file, reusing what this run's project scan learned of the same text."""
    if _session is not None and filename:
        known = _session.get(("text", os.path.abspath(filename), config))
        if known is not None and known[0] == hash(source):  # type: ignore[index]
            return bool(known[1])  # type: ignore[index]
    return may_matter(source, config)


def may_matter(source: str, config: Config, extra_names: tuple[str, ...] = ()) -> bool:
    """False when the text holds no enforcement signal, so that analysis can skip the parse.

    ``extra_names`` widens the check: the cross-module analysis passes the names of
    project functions known to reach an enforcement sink, so a module that calls them
    is parsed even when it holds no signal of its own.
    """
    tokens, hosts, literals = _compiled(config)
    if tokens is not None and tokens.search(source):
        return True
    if any(literal in source for literal in literals + extra_names) or _PRAGMA.search(source):
        return True
    if hosts:
        lowered = source.lower()
        if any(host in lowered for host in hosts):
            return True
    return _split_token(source, config)


#: how many project modules the pre-check reads through imports, per linted file
MAX_IMPORTED_TEXTS = 3000


def imported_modules(source: str, package: str | None, tree: ast.Module | None = None, chains: bool = True) -> list[str]:
    """The dotted names a module imports, read by CPython's parser (``from .x import a`` gives ``pkg.x``
    and ``pkg.x.a``; relative names need the module's ``package``)."""
    from .facts import module_imports

    if tree is None:
        try:
            tree = ast.parse(source)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            return []
    return absolute_names(module_imports(tree, chains, source or None), package)


def absolute_names(names: Iterable[str], package: str | None) -> list[str]:
    """Imported names with relative ones resolved against ``package`` (dropped when it is unknown)."""
    from .flow.project import resolve_relative

    out: list[str] = []
    for name in names:
        resolved = (resolve_relative(name, package) if package else None) if name.startswith(".") else name
        if resolved:
            out.append(resolved)
    return out


def imports_matter(source: str, filename: str | None, config: Config, tree: ast.Module | None = None) -> bool:
    """A module of the project that this file imports (directly or through others) holds an
    enforcement signal in its code, so the file may send data there although its own text
    shows none. Imported modules are judged by their facts (``facts.py``): names and string
    constants, not docstrings or comments, so a word in a widely imported docstring does not
    make every importer pay for a parse. ``tree`` is the file's ``ast`` when the caller has it."""
    if not filename:
        return False
    from .flow.project import package_of
    from .flow.project import Project

    project = Project.for_file(filename, lambda path, proj: None)
    if project is None:
        return False
    if tree is None:
        try:
            tree = ast.parse(source)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            return False
    from .facts import module_imports

    known = [_session.get(("root", root, config)) for root in project.roots] if _session is not None else [None]
    if all(k is not None and not k for k in known):
        return False  # this run has scanned the project already: no module of it holds a signal
    package = package_of(filename)
    # (app.send_task("name", ...) runs a task Celery finds in the tasks module of the package: read as imported)
    implicit = [".tasks"] if "send_task(" in source else []
    direct = module_imports(tree, chains=False)
    # (django.conf's settings is the project's settings module, which the project names: read as imported)
    from .library import shipped

    for owner, variable in shipped().settings_objects.items():
        module = project.settings_module(variable) if owner in direct else None
        if module is not None:
            implicit.append(module)
    direct = [*direct, *implicit]
    tops = sorted({name.split(".")[0] for name in direct if not name.startswith(".")})
    if not any(name.startswith(".") for name in direct) and not any(
            project.module_path(top) is not None or any((root / top).is_dir() for root in project.roots) for top in tops):
        # (a folder of the project without __init__.py is a namespace package: app.sender of app/sender.py)
        return False  # imports nothing of the project (json, requests): no scan of the project needed
    own = [package.split(".")[0]] if package and any(name.startswith(".") for name in direct) else []
    if not any(_top_signals(root, config) for root in project.roots) and not any(
            _namespace_signals(root / top, config) for root in project.roots for top in (*tops, *own)):
        # no importable module of the project holds a signal even as text: nothing to reach (a folder without
        # __init__.py, a namespace package, is scanned only when this file imports from it)
        return False
    todo: list[str] = [*imported_modules(source, package, tree), *absolute_names(implicit, package)]
    cache = facts_cache(project.root, config)  # (the root for_file found: find_root of the file's folder)
    negative: set[Path] = _session.setdefault(("negative", config), set()) if _session is not None else set()  # type: ignore[assignment]
    seen: set[Path] = set()
    while todo:
        found = project.module_of(todo.pop())
        path = found[0] if found is not None else None
        if path is None or path in seen or path in negative:
            continue
        if len(seen) >= MAX_IMPORTED_TEXTS:
            return True  # too many to read: assume the file may matter
        seen.add(path)
        if not _text_signal(path, project, config):
            facts = cache.imports_only(path)  # no signal even as text: only where it leads matters
        else:
            facts = cache.facts(path)
        if facts is None:
            continue
        if facts.signal:
            return True
        todo.extend(absolute_names(facts.imports, package_of(str(path))))
    negative.update(seen)  # within one run: nothing reachable from these holds a signal
    return False


#: folders never scanned for project modules (tool caches, virtual environments, builds)
SKIP_DIRS = frozenset({"node_modules", "site-packages", "build", "dist", "__pycache__", "venv", "env", "htmlcov"})
#: a project with more modules than this is not scanned up front (each import is then read)
MAX_SCAN = 20000
#: per flake8 run (``start_session``): what one scan or traversal learned, valid for that run only
_session: dict[object, object] | None = None


def start_session() -> None:
    """Begin one lint run: the project scan and the imports known to lead nowhere are kept for its
    files (a run sees the tree as it is when it starts; the next run starts afresh)."""
    global _session
    _session = {}
    from .flow import project

    project._top_of.cache_clear()  # (folders gain or lose an __init__.py between runs)
    project.RUN_PATHS = {}
    project.RUN_ROOTS = {}
    project.RUN_ATTRS = {}
    project.RUN_PACKAGES = {}
    project.RUN_PROJECTS = {}
    project.RUN_SETTINGS = {}


def end_session() -> None:
    """End the lint run (``start_session``): nothing learned in it is reused afterwards."""
    global _session
    _session = None
    from .flow import project

    project.RUN_PATHS = None
    project.RUN_ROOTS = None
    project.RUN_PACKAGES = None
    project.RUN_PROJECTS = None
    project.RUN_SETTINGS = None
    project.RUN_ATTRS = None


def _text_signal(path: Path, project: "Project", config: Config) -> bool:
    """The module's text holds a signal (a superset of its code holding one). The whole top-level
    package (or module) it belongs to is scanned once per run: reading texts is cheap, parsing is not."""
    top = _top_package(path, project)
    key = ("scan", top, config)
    found = _session.get(key) if _session is not None else None
    if found is None:
        found = _scan(top, config) if top.is_dir() else frozenset({top} if _reads_signal(top, config) else set())
        if _session is not None:
            _session[key] = found
    if found is None:
        return True  # too large to scan: read the module's facts
    return path in found  # type: ignore[operator]


def _top_signals(root: Path, config: Config) -> bool:
    """Some importable module under ``root`` (a top-level package, or a module at the root) holds a
    signal in its text; scanned once per run per root."""
    key = ("root", root, config)
    if _session is not None and key in _session:
        return bool(_session[key])
    found = False
    try:
        entries = sorted(root.iterdir())
    except OSError:
        entries = []
    for entry in entries:
        if entry.name.startswith(".") or entry.name in SKIP_DIRS:
            continue
        if entry.is_dir() and (entry / "__init__.py").is_file():
            part = _scan(entry, config)
            if _session is not None:
                _session[("scan", entry, config)] = part
            if part is None or part:
                found = True
                break
        elif entry.suffix == ".py" and entry.is_file() and _reads_signal(entry, config):
            found = True
            break
    if _session is not None:
        _session[key] = found
    return found


def _namespace_signals(folder: Path, config: Config) -> bool:
    """Some module under ``folder``, a folder of the project without ``__init__.py`` that a linted file
    imports from (a namespace package), holds a signal in its text; scanned once per run."""
    if not folder.is_dir() or (folder / "__init__.py").is_file():
        return False
    key = ("scan", folder, config)
    found = _session.get(key) if _session is not None else None
    if found is None:
        found = _scan(folder, config)
        if _session is not None:
            _session[key] = found
    return found is None or bool(found)


def _top_package(path: Path, project: "Project") -> Path:
    """The top-level package folder (or the single module) of the project that holds ``path``."""
    for root in project.roots:
        try:
            first = path.relative_to(root).parts[0]
        except (ValueError, IndexError):
            continue
        return root / first
    return path


def _reads_signal(path: Path, config: Config) -> bool:
    try:
        return may_matter(path.read_text(encoding="utf-8", errors="replace"), config)
    except OSError:
        return False


def _scan(root: Path, config: Config) -> frozenset[Path] | None:
    """The modules under ``root`` whose text holds a signal (None: more than MAX_SCAN modules)."""
    found: set[Path] = set()
    count = 0
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".") and d not in SKIP_DIRS]
        for name in files:
            if not name.endswith(".py"):
                continue
            count += 1
            if count > MAX_SCAN:
                return None
            path = Path(folder) / name
            try:
                text = path.read_text(encoding="utf-8", errors="replace")
            except OSError:
                continue
            signal = may_matter(text, config)
            if _session is not None:
                _session[("text", os.path.abspath(path), config)] = (hash(text), signal)  # the linted file reuses it
            if signal:
                found.add(path.resolve())
    return frozenset(found)


_facts_caches: dict[tuple[Path | None, Config], "FactsCache"] = {}


def facts_cache(root: Path | None, config: Config) -> "FactsCache":
    """The facts cache of a project (on disk at its root unless the configuration says otherwise)."""
    from .facts import FactsCache
    from .store import cache_folder

    key = (root, config)
    if key not in _facts_caches:
        _facts_caches[key] = FactsCache(cache_folder(root, config.cache, config.cache_dir), config)
    return _facts_caches[key]
