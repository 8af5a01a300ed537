"""The cheap text pre-check: can this file produce a finding at all?

A file whose text holds no enforcement signal (an enforcement host, an
enforcement token as a whole word, the pragma, a configured sink) cannot
produce a finding in single-module analysis, so it is never parsed. The
cross-module analysis widens this check with the names a module imports.
"""

from __future__ import annotations

import re
from pathlib import Path
from functools import lru_cache

from typing import TYPE_CHECKING

from .config import Config
from .words import name_words

if TYPE_CHECKING:
    from .facts import FactsCache

# After a token: not glued to more letters, except at a camelCase boundary.
_RIGHT = r"(?:(?![A-Za-z])|(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z]))"


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


def _host_literal(pattern: str) -> str:
    """The fixed part of a host pattern that any matching host contains."""
    parts = [p for p in re.split(r"[*?]+", pattern) if p]
    return max(parts, key=len).strip(".").lower() if parts else ""


@lru_cache(maxsize=16)
def _compiled(config: Config) -> tuple[re.Pattern[str] | None, tuple[str, ...], tuple[str, ...]]:
    alternatives = [alt for token in config.enforcement_tokens for alt in _token_alternatives(token)]
    tokens = re.compile("(?:" + "|".join(alternatives) + ")" + _RIGHT) if alternatives else None
    hosts = tuple(sorted({h for h in map(_host_literal, config.enforcement_hosts) if h}))
    literals = tuple(sorted({s.rsplit(".", 1)[-1] for s in config.sinks}))
    return tokens, hosts, literals


_PRAGMA = re.compile("medicaid-scope", re.IGNORECASE)


@lru_cache(maxsize=16)
def _loose(config: Config) -> re.Pattern[str] | None:
    """Every spelling of a token, glued or not; a hit is checked with the analysis's own splitter."""
    tokens = sorted(config.enforcement_tokens, key=len, reverse=True)
    return re.compile("|".join(re.escape(t) for t in tokens), re.IGNORECASE) if tokens else None


def _split_token(source: str, config: Config) -> bool:
    """A name that the analysis splits into a token although the fast pattern misses it
    (``SOAPIceGateway`` splits into soap, ice, gateway)."""
    loose = _loose(config)
    if loose is None:
        return False
    tokens = frozenset(config.enforcement_tokens)
    seen: set[tuple[int, int]] = set()
    for match in loose.finditer(source):
        start, end = match.start(), match.end()
        while start > 0 and (source[start - 1].isalnum()):
            start -= 1
        while end < len(source) and source[end].isalnum():
            end += 1
        if (start, end) in seen:
            continue
        seen.add((start, end))
        if tokens.intersection(name_words(source[start:end])):
            return True
    return False


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


_IMPORT = re.compile(r"^[ \t]*(?:from[ \t]+(\.*[\w.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n#;]*)|import[ \t]+([^\n#;]+))", re.MULTILINE)
#: how many project modules the pre-check reads through imports, per linted file
MAX_IMPORTED_TEXTS = 300
_imported_cache: dict[tuple[str, int, int, Config], bool] = {}


def imported_modules(source: str, package: str | None) -> list[str]:
    """The dotted names a module's text imports (``from .x import a`` gives ``pkg.x`` and ``pkg.x.a``)."""
    from .flow.index import resolve_relative

    out: list[str] = []
    for match in _IMPORT.finditer(source):
        module, names, plain = match.group(1), match.group(2), match.group(3)
        if plain:
            out += [part.split(" as ")[0].strip() for part in plain.split(",") if part.strip()]
            continue
        if module.startswith("."):
            if not package:
                continue
            module = resolve_relative(module, package) or ""
            if not module:
                continue
        out.append(module)
        for name in (names or "").strip("()").replace("\\", " ").split(","):
            name = name.split(" as ")[0].strip()
            if name.isidentifier():
                out.append(f"{module}.{name}")
    return out


def imports_matter(source: str, filename: str | None, config: Config) -> bool:
    """A module of the project that this file imports (directly or through others) holds an
    enforcement signal in its code, so the file may send data there although its own text
    shows none. Imported modules are judged by their facts (``facts.py``): names and string
    constants, not docstrings or comments, so a word in a widely imported docstring does not
    make every importer pay for a parse."""
    if not filename:
        return False
    from .flow.index import package_of, resolve_relative
    from .flow.project import Project, find_root

    project = Project.for_file(filename, lambda path, proj: None)
    if project is None:
        return False
    cache = facts_cache(find_root(Path(filename).resolve().parent), config)
    seen: dict[Path, tuple[str, int, int, Config]] = {}
    todo: list[str] = list(imported_modules(source, package_of(filename)))
    while todo:
        name = todo.pop()
        path = project.module_path(name)
        if path is None or path in seen:
            continue
        if len(seen) >= MAX_IMPORTED_TEXTS:
            return True  # too many to read: assume the file may matter
        try:
            info = path.stat()
        except OSError:
            continue
        key = (str(path), info.st_mtime_ns, info.st_size, config)
        seen[path] = key
        known = _imported_cache.get(key)
        if known is not None:
            if known:
                return True
            continue  # nothing it reaches holds a signal
        facts = cache.facts(path)
        if facts is None:
            continue
        if facts.signal:
            _imported_cache[key] = True
            return True
        package = package_of(str(path))
        for imported in facts.imports:
            if imported.startswith("."):
                resolved = resolve_relative(imported, package) if package else None
                if resolved:
                    todo.append(resolved)
            else:
                todo.append(imported)
    # a whole traversal without a signal: nothing reachable from any module read holds one
    for key in seen.values():
        _imported_cache[key] = False
    return False


_facts_caches: dict[tuple[Path | None, Config], "FactsCache"] = {}


def facts_cache(root: Path | None, config: Config) -> "FactsCache":
    """The facts cache of a project (on disk at its root unless the configuration says otherwise)."""
    from .facts import CACHE_DIR, FactsCache

    key = (root, config)
    if key not in _facts_caches:
        folder: Path | None = None
        if config.cache:
            folder = Path(config.cache_dir) if config.cache_dir else (root / CACHE_DIR if root is not None else None)
        _facts_caches[key] = FactsCache(folder, config)
    return _facts_caches[key]
