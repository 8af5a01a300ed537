"""Module facts for the cross-module pre-check, and their persistent cache.

A module a linted file imports matters when its *code* (names, and string constants
that are not docstrings) holds an enforcement signal, or when a module it imports
does. The facts of one module (does its code hold a signal; which modules it
imports) come from CPython's own parser (``ast``, far cheaper than libcst) and are
cached as plain JSON, keyed by the module's content hash, the plugin version and
the configuration that decides signals, in ``.medicaid_scope_cache/`` at the project
root (safe to delete; it carries its own ``.gitignore``).

The folder's rules (atomic writes, no symbolic links, plain JSON) are ``store.py``'s; an
entry that is corrupt, truncated or of another shape is ignored and rebuilt, never
trusted.
"""

from __future__ import annotations

import ast
import re
import hashlib
from dataclasses import dataclass
from pathlib import Path

from .config import Config
from .store import CACHE_DIR, folder_identity, prepare, read_entry, write_entry  # noqa: F401 - CACHE_DIR re-exported
from .words import name_words

#: the version of the facts and of how they are computed: part of every key, so a changed
#: algorithm never reads an entry the previous one wrote
SCHEMA = 4


@dataclass(frozen=True)
class ModuleFacts:
    """What the pre-check needs to know of one module."""

    signal: bool  # its code holds an enforcement name, host, pragma or configured sink
    imports: tuple[str, ...]  # dotted names it imports (relative ones with their leading dots)


def fingerprint(config: Config) -> str:
    """The part of the configuration that decides what a signal is (and the plugin version)."""
    from . import __version__

    parts = [__version__, str(SCHEMA), ",".join(sorted(config.enforcement_tokens)), ",".join(sorted(config.enforcement_hosts))]
    parts += [",".join(sorted(config.sinks)), ",".join(sorted(config.export_dirs))]
    return hashlib.sha256("\x00".join(parts).encode()).hexdigest()[:16]


def compute_facts(source: str, config: Config) -> ModuleFacts:
    """The facts of one module's source (no signal and no imports when it does not parse)."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return ModuleFacts(False, ())
    from .prefilter import host_literal

    tokens = frozenset(config.enforcement_tokens)
    hosts = tuple(h for h in (host_literal(p) for p in config.enforcement_hosts) if h)
    sink_names = frozenset(s.rsplit(".", 1)[-1] for s in config.sinks)
    docstrings = _docstring_ids(tree)
    imports = module_imports(tree, source=source)
    signal = "medicaid-scope" in source.lower()
    for node in ast.walk(tree):
        if signal:
            break
        for text in _texts(node, docstrings):
            if tokens.intersection(name_words(text)) or text in sink_names or any(d in text for d in config.export_dirs):
                signal = True
                break
            lowered = text.lower()
            if "." in lowered and any(h in lowered for h in hosts):
                signal = True
                break
    return ModuleFacts(signal, tuple(dict.fromkeys(imports)))


#: a name followed by up to six attribute reads (``app.client.send``)
_CHAIN = re.compile(r"(?<![\w.])([A-Za-z_]\w*)((?:[ \t]*\.[ \t]*[A-Za-z_]\w*){1,6})")


def import_statements(tree: ast.Module) -> list[ast.Import | ast.ImportFrom]:
    """The import statements of a module, at any depth of statements (expressions hold none): a walk
    of the compound statements only, a fraction of the nodes ``ast.walk`` visits. The last module's
    answer is kept (the pre-check asks twice about the same tree)."""
    if _LAST_IMPORTS[0] is tree:
        return _LAST_IMPORTS[1]
    found: list[ast.Import | ast.ImportFrom] = []
    stack: list[ast.AST] = list(reversed(tree.body))
    while stack:
        node: ast.AST = stack.pop()
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            found.append(node)
        elif isinstance(node, _COMPOUND):
            for name in ("body", "orelse", "finalbody", "handlers", "cases"):
                inner = getattr(node, name, None)
                if inner:
                    stack.extend(reversed(inner))
    _LAST_IMPORTS[:] = [tree, found]
    return found


_COMPOUND = tuple(
    getattr(ast, name) for name in ("If", "For", "AsyncFor", "While", "With", "AsyncWith", "Try", "TryStar", "FunctionDef", "AsyncFunctionDef",
                                    "ClassDef", "Match", "ExceptHandler", "match_case") if hasattr(ast, name)
)
_LAST_IMPORTS: list = [None, []]


def module_imports(tree: ast.Module, chains: bool = True, source: str | None = None) -> list[str]:
    """The dotted names a module imports (relative ones keep their leading dots), and the attribute
    chains it reads from an imported module (``import app`` then ``app.client.send(...)`` gives
    ``app.client.send``), so that a submodule reached only through its package is seen (not with
    ``chains=False``: only the imports)."""
    imports: list[str] = []
    aliases: dict[str, str] = {}
    for statement in import_statements(tree):
        if isinstance(statement, ast.ImportFrom):
            base = "." * statement.level + (statement.module or "")
            imports.append(base)
            for a in statement.names:
                if a.name != "*":
                    full = f"{base}.{a.name}" if statement.module else f"{base}{a.name}"
                    imports.append(full)
                    aliases[a.asname or a.name] = full
        else:
            for a in statement.names:
                imports.append(a.name)
                aliases[a.asname or a.name.split(".")[0]] = a.name if a.asname else a.name.split(".")[0]
    if not chains or not aliases:
        return list(dict.fromkeys(imports))
    if source is not None:
        # the chains read from an imported name, found in the text: cheaper than a walk of every node
        # (0.36 s against 0.6 s on Django); one in a string or a comment only adds a name to look up
        for match in _CHAIN.finditer(source):
            head = match.group(1)
            if head in aliases:
                read = [p.strip() for p in match.group(2).split(".") if p.strip()]
                imports.append(".".join([aliases[head], *read]))
        return list(dict.fromkeys(imports))
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and not isinstance(getattr(node, "ctx", None), ast.Store):
            parts: list[str] = []
            inner: ast.expr = node
            while isinstance(inner, ast.Attribute):
                parts.append(inner.attr)
                inner = inner.value
            if isinstance(inner, ast.Name) and inner.id in aliases and len(parts) <= 6:
                imports.append(".".join([aliases[inner.id], *reversed(parts)]))
    return list(dict.fromkeys(imports))


def _docstring_ids(tree: ast.Module) -> set[int]:
    """The ids of string constants that stand alone as statements: docstrings of modules, classes,
    functions and attributes (``x = None`` then ``\"\"\"about x\"\"\"``); they are prose, not code."""
    return {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
    }


def _texts(node: ast.AST, docstrings: set[int]) -> list[str]:
    """The names and string constants of one node that could carry a signal."""
    if isinstance(node, ast.Name):
        return [node.id]
    if isinstance(node, ast.Attribute):
        return [node.attr]
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return [node.name]
    if isinstance(node, ast.arg):
        return [node.arg]
    if isinstance(node, ast.keyword) and node.arg:
        return [node.arg]
    if isinstance(node, ast.alias):
        # from vendor.settings import ICE_URL as TARGET; import vendor.ice_settings as conf
        return [node.name, *([node.asname] if node.asname else [])]
    if isinstance(node, ast.ImportFrom) and node.module:
        return [node.module]
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings and len(node.value) < 2000:
        return [node.value]
    return []


class FactsCache:
    """Facts of modules, in memory and (when a folder is given) on disk."""

    def __init__(self, folder: Path | None, config: Config) -> None:
        self.folder = folder
        self.config = config
        self.key = fingerprint(config)
        self.memory: dict[str, ModuleFacts] = {}
        self.imports_memory: dict[tuple[str, int, int], ModuleFacts] = {}

    def facts(self, path: Path) -> ModuleFacts | None:
        """The facts of the module at ``path`` (None when it cannot be read)."""
        try:
            data = path.read_bytes()
        except OSError:
            return None
        digest = hashlib.sha256(data + b"\x00" + self.key.encode()).hexdigest()
        if digest in self.memory:
            return self.memory[digest]
        found = self._read(digest)
        if found is None:
            found = compute_facts(data.decode("utf-8", errors="replace").removeprefix("\ufeff"), self.config)
            self._write(digest, found)
        self.memory[digest] = found
        return found

    def imports_only(self, path: Path) -> ModuleFacts | None:
        """The facts of a module whose text holds no signal: only its imports are needed."""
        try:
            info = path.stat()
        except OSError:
            return None
        key = (str(path), info.st_mtime_ns, info.st_size)
        if key not in self.imports_memory:
            try:
                tree = ast.parse(path.read_bytes())
            except (OSError, SyntaxError, ValueError, RecursionError, MemoryError):
                return None
            self.imports_memory[key] = ModuleFacts(False, tuple(module_imports(tree)))
        return self.imports_memory[key]

    def _name(self, digest: str) -> str | None:
        """The entry of a digest in this cache folder (by the folder's identity: entries of a folder
        committed, copied or restored from elsewhere are never read); None when there is no folder."""
        identity = folder_identity(self.folder)
        if identity is None:
            return None
        return hashlib.sha256(f"{digest}\x00{identity}".encode()).hexdigest()[:40] + ".json"

    def _read(self, digest: str) -> ModuleFacts | None:
        name = self._name(digest)
        raw = read_entry(self.folder, name) if name is not None else None
        if (
            not isinstance(raw, dict)
            or raw.get("schema") != SCHEMA
            or raw.get("digest") != digest
            or not isinstance(raw.get("signal"), bool)
            or not isinstance(raw.get("imports"), list)
            or not all(isinstance(i, str) for i in raw["imports"])
        ):
            return None  # absent, corrupt, truncated or foreign: rebuilt, never trusted
        return ModuleFacts(raw["signal"], tuple(raw["imports"]))

    def _write(self, digest: str, facts: ModuleFacts) -> None:
        prepare(self.folder)
        name = self._name(digest)
        if name is None:
            return
        write_entry(self.folder, name, {"schema": SCHEMA, "digest": digest, "signal": facts.signal, "imports": list(facts.imports)})
