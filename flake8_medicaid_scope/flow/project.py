"""The project index: which modules of the project a linted module imports, found on disk
and analyzed lazily (only what an import of the linted file needs), read-only.

The project root is found from the linted file upward (``pyproject.toml``, ``setup.cfg``,
``setup.py``, ``.git``). A dotted module name resolves as Python would: against the folder
above the file's top package (walking up while ``__init__.py`` exists), the project root
and its ``src/``. Nothing is imported or executed: modules are read as text and parsed.
"""

from __future__ import annotations

import ast
import hashlib
import os
import io
import math
import re
import time
import tokenize
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:
    from .engine import ModuleAnalysis

ROOT_MARKERS = ("pyproject.toml", "setup.cfg", "setup.py", ".git")
#: a module larger than this is not read for cross-module analysis (generated code)
MAX_MODULE_BYTES = 1_000_000
#: how many project modules one linted file may load (each is parsed once)
MAX_MODULES = 200


@lru_cache(maxsize=4096)
def resolve_relative(target: str, package: str) -> str | None:
    """``..models.Member`` seen from package ``a.b.c`` is ``a.b.models.Member`` (None: above the top)."""
    level = len(target) - len(target.lstrip("."))
    parts = package.split(".")
    if level > len(parts):
        return None
    base = parts[: len(parts) - (level - 1)]
    rest = target[level:]
    return ".".join(base + ([rest] if rest else []))


#: module files found during one lint run (``prefilter.start_session`` starts it, ``end_session`` ends it)
RUN_PATHS: "dict[tuple[tuple[Path, ...], str], Path | None] | None" = None
#: the project root found for each folder during one lint run
RUN_ROOTS: "dict[Path, Path | None] | None" = None
#: the attributes a class of an imported module sets on ``self`` (``Functions.instance_attrs``), learned
#: once per lint run: keyed by the module's file, text and configuration (``ModuleAnalysis.source_key``)
RUN_ATTRS: "dict[tuple[object, ...], dict[str, Any]] | None" = None


#: per lint run: the package of each folder and the roots of the project of each folder (``package_of``,
#: ``Project.for_file``), asked for every linted file and every module it reaches
RUN_PACKAGES: "dict[str, str | None] | None" = None
RUN_PROJECTS: "dict[str, tuple[list[Path], Path | None]] | None" = None
#: per lint run: the settings module each environment variable names in each project (``settings_module``)
RUN_SETTINGS: "dict[tuple[tuple[Path, ...], str], str | None] | None" = None

#: the files of a project that set the environment variable naming its settings module, in the order they are
#: believed: the servers' entry points first (``wsgi.py``/``asgi.py``: the settings that run in production and
#: send), then ``manage.py`` (commands and jobs), then the test runners' configuration (pytest-django's, tox's)
_SETTINGS_TIERS = (("*/wsgi.py", "*/asgi.py", "wsgi.py", "asgi.py"), ("manage.py", "*/manage.py"), ("setup.cfg", "tox.ini", "pyproject.toml", "pytest.ini"))


def package_of(filename: str | None) -> str | None:
    """The dotted package that contains the module at ``filename`` (walking up while
    ``__init__.py`` exists); None when the file is not inside a package."""
    if not filename or filename in ("-", "stdin"):
        return None
    if RUN_PACKAGES is None:
        return _package_of(filename)
    folder = os.path.dirname(os.path.abspath(filename))
    if folder not in RUN_PACKAGES:
        RUN_PACKAGES[folder] = _package_of(filename)
    return RUN_PACKAGES[folder]


def _package_of(filename: str) -> str | None:
    path = Path(filename).resolve()
    folder = path.parent
    parts: list[str] = []
    if not (folder / "__init__.py").is_file():
        return _namespace_package(folder)
    while (folder / "__init__.py").is_file() and folder.name.isidentifier():
        parts.append(folder.name)
        if folder.parent == folder:
            break
        folder = folder.parent
    # a package inside a folder of the project without __init__.py (a namespace package): app/pkg/jobs.py
    # is app.pkg.jobs, so its `from ..conf import URL` reads app/conf.py
    outer = _namespace_package(folder) if parts else None
    if outer is not None:
        parts.extend(reversed(outer.split(".")))
    return ".".join(reversed(parts)) or None


def _namespace_package(folder: Path) -> str | None:
    """The package of a folder without ``__init__.py`` inside a project (PEP 420: ``app/jobs.py`` of
    a project whose root or ``src/`` holds ``app/`` is module ``app.jobs``, and its ``from .settings
    import URL`` reads ``app/settings.py``); None at the root itself or outside any project."""
    root = find_root(folder)
    if root is None or folder == root:
        return None
    parts = list(folder.relative_to(root).parts)
    if parts[0] == "src" and (root / "src").is_dir():
        parts = parts[1:]
    if not parts or not all(p.isidentifier() for p in parts):
        return None
    return ".".join(parts)


def find_root(path: Path) -> Path | None:
    """The nearest folder at or above ``path`` holding a project marker (remembered per folder for
    one lint run, ``RUN_ROOTS``: projects do not move during a run)."""
    memo = RUN_ROOTS if RUN_ROOTS is not None else {}
    if path not in memo:
        if any((path / marker).exists() for marker in ROOT_MARKERS):
            memo[path] = path
        else:
            memo[path] = find_root(path.parent) if path.parent != path else None
    return memo[path]


def top_of_package(path: Path) -> Path:
    """The folder above the top package that holds the module at ``path``."""
    return _top_of(path.parent)


@lru_cache(maxsize=4096)
def _top_of(folder: Path) -> Path:
    if (folder / "__init__.py").is_file() and folder.parent != folder:
        return _top_of(folder.parent)
    return folder


def module_name_of(path: Path, roots: list[Path]) -> str | None:
    """The dotted name of the module at ``path`` relative to the first root that contains it."""
    for root in roots:
        try:
            rel = path.relative_to(root)
        except ValueError:
            continue
        parts = list(rel.with_suffix("").parts)
        if parts and parts[-1] == "__init__":
            parts.pop()
        if parts and all(p.isidentifier() for p in parts):
            return ".".join(parts)
    return None


def defines(analysis: "ModuleAnalysis", rest: str) -> bool:
    """``analysis`` binds the first name of ``rest`` (a function, class, constant or import of its own)."""
    first, known = rest.split(".", 1)[0], analysis.index
    return first in known.functions or first in known.classes or first in known.constants or first in known.imports


def clock() -> float:
    """The clock of the time budget: this process's CPU time, not the wall clock, so that a file
    gets the same findings on a machine busy with other work (``flake8 -j N`` on a shared CI
    runner) as on a quiet one. The analysis reads files but never waits on anything else."""
    return time.process_time()


#: how often (wall seconds) ``recent_clock`` reads the CPU clock again
CLOCK_REFRESH = 0.01
_LAST_READ = [-math.inf, 0.0]  # wall time of the last read of the CPU clock, and what it read


def recent_clock() -> float:
    """``clock()`` as read at most CLOCK_REFRESH seconds ago: the budget is checked at every
    statement and call, and reading a process's CPU time is a system call (on a busy machine,
    a chance for the scheduler to take the processor away), while the wall clock is read in user
    space. CPU time never runs faster than the wall clock, so a spent budget is seen at most
    CLOCK_REFRESH late."""
    wall = time.perf_counter()
    if wall - _LAST_READ[0] >= CLOCK_REFRESH:
        _LAST_READ[0], _LAST_READ[1] = wall, time.process_time()
    return _LAST_READ[1]


@dataclass
class Project:
    """The modules of one project, for the analysis of one linted file."""

    roots: list[Path]
    load_module: Callable[[Path, "Project"], "ModuleAnalysis | None"]
    analyses: dict[Path, "ModuleAnalysis | None"] = field(default_factory=dict)
    by_id: dict[str, "ModuleAnalysis"] = field(default_factory=dict)  # module id (display path) -> analysis
    stack: list[object] = field(default_factory=list)  # the call stack shared by every module's analysis
    loaded: int = 0
    root: Path | None = None  # the folder holding the project marker (None: no marker above the file)
    lookups: dict[str, Path | None] = field(default_factory=dict)  # every module name looked up, and its file
    digests: dict[Path, str] = field(default_factory=dict)  # content hash of each module file, as read
    #: when the time budget runs out (``clock()`` time); the analysis sets it when it starts (the
    #: pre-check, which only reads files, has none: reading the CPU clock is not free on every machine)
    deadline: float = math.inf
    #: parse time of reached modules that may still be added to the deadline (see ``load``)
    grace: float = 0.0
    #: the linted file (its top package chooses among the settings modules a repository of several projects names)
    origin: str | None = None

    def out_of_time(self) -> bool:
        """The time budget of the linted file (shared by every module it reaches) is spent."""
        return recent_clock() > self.deadline

    @classmethod
    def for_file(cls, filename: str | None, load_module: Callable[[Path, "Project"], "ModuleAnalysis | None"]) -> "Project | None":
        """The project of the file at ``filename`` (None when the file is not on disk)."""
        if not filename:
            return None
        path = Path(filename)
        if not path.is_file():
            return None
        folder = os.path.dirname(os.path.abspath(filename))
        known = RUN_PROJECTS.get(folder) if RUN_PROJECTS is not None else None
        if known is None:
            path = path.resolve()
            roots: list[Path] = [top_of_package(path)]
            root = find_root(path.parent)
            if root is not None:
                roots += [root, root / "src"]
            known = (list(OrderedDict.fromkeys(r for r in roots if r.is_dir())), root)
            if RUN_PROJECTS is not None:
                RUN_PROJECTS[folder] = known
        return cls(list(known[0]), load_module, root=known[1], origin=os.path.abspath(filename))

    def module_path(self, dotted: str) -> Path | None:
        """The file of module ``dotted`` inside the project, or None (remembered for the lint run when
        one is going on: the files of a run all ask about the same few imports)."""
        memo = RUN_PATHS if RUN_PATHS is not None else {}
        key = (tuple(self.roots), dotted)
        if key not in memo:
            memo[key] = self._module_path(dotted)
        self.lookups[dotted] = memo[key]
        return memo[key]

    def _module_path(self, dotted: str) -> Path | None:
        parts = dotted.split(".")
        if not all(p.isidentifier() for p in parts):
            return None
        for root in self.roots:
            base = root.joinpath(*parts)
            for candidate in (base.with_suffix(".py"), base / "__init__.py"):
                if candidate.is_file():
                    return candidate.resolve()
        return None

    def resolve(self, qual: str) -> "tuple[ModuleAnalysis, str] | None":
        """``pkg.mod.name.attr`` -> (the analysis of ``pkg.mod``, ``"name.attr"``); the longest module
        prefix wins. A name re-exported by a package ``__init__`` is followed to where it is defined."""
        return self._resolve(qual, 0)

    def module(self, qual: str) -> "ModuleAnalysis | None":
        """The analysis of the project module ``qual`` itself, as ``from qual import *`` and ``import qual``
        load it (a name the parent package binds under the same name, ``from .fw import fw``, does not
        shadow the module there; only ``from pkg import fw`` reads that binding)."""
        path = self.module_path(qual)
        return self.load(path) if path is not None else None

    def module_of(self, qual: str) -> tuple[Path, str] | None:
        """The file of the longest prefix of ``qual`` that is a module of the project, and the rest."""
        parts = qual.split(".")
        for cut in range(len(parts), 0, -1):
            path = self.module_path(".".join(parts[:cut]))
            if path is not None:
                return path, ".".join(parts[cut:])
        return None

    def follow_reexport(self, analysis: "ModuleAnalysis", rest: str, depth: int) -> "tuple[ModuleAnalysis, str] | None":
        """``from .client import IceClient`` in a package ``__init__``: follow ``IceClient`` there."""
        head = rest.split(".", 1)[0]
        index = analysis.index
        if not head or head in index.functions or head in index.classes or head in index.constants or depth > 32:
            return analysis, rest
        target = index.qualify(rest)
        if target is None or target.startswith("."):
            return analysis, rest
        resolved = self._resolve(target, depth + 1)
        if resolved is not None and head in index.fallbacks and not defines(*resolved):
            # try: from .local_settings import URL / except ImportError: URL = "...": a module the
            # project does not hold, so the name is this module's fallback
            return analysis, rest
        return resolved or (analysis, rest)

    def settings_module(self, variable: str) -> str | None:
        """The project module that ``variable`` names where the project sets it (``os.environ.setdefault(
        "DJANGO_SETTINGS_MODULE", "mysite.settings")`` in ``manage.py``, ``DJANGO_SETTINGS_MODULE = mysite.settings``
        in ``pytest.ini``) that is a module of the project: one a file inside the linted file's own top package names
        for that package first, then by the kind of file (``_SETTINGS_TIERS``), then in file order; None when none is."""
        memo = RUN_SETTINGS if RUN_SETTINGS is not None else {}
        package = package_of(self.origin) if self.origin else None
        top = package.split(".")[0] if package else ""
        key = (tuple(self.roots), f"{variable}\x00{top}")
        if key not in memo:
            # os.environ.setdefault("V", "m"), os.environ["V"] = "m", V = m (ini), V: "m", "V" = "m" (toml)
            pattern = re.compile(rf"\b{re.escape(variable)}\b[\"']?\]?\s*[,=:]\s*[\"']?([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)")
            folders = list(OrderedDict.fromkeys([*([self.root] if self.root is not None else []), *self.roots]))
            # (a repository of several Django projects: a file inside the linted file's own top package that names a
            # module of it comes first, whatever its kind; then the kinds in order)
            home = Path(self.origin).resolve().parents[len(package.split(".")) - 1] if self.origin and package else None
            ranked: list[tuple[int, int, str]] = []
            for rank, tier in enumerate(_SETTINGS_TIERS):
                for path in (p for folder in folders for name in tier for p in sorted(folder.glob(name))):
                    try:
                        with open(path, encoding="utf-8", errors="replace") as handle:
                            text = handle.read(200_000)
                    except OSError:
                        continue
                    inside = home is not None and home in path.resolve().parents
                    for m in pattern.finditer(text):
                        if self.module_path(m.group(1)) is not None:
                            own = inside and m.group(1).split(".")[0] == top
                            ranked.append((0 if own else 1, rank, m.group(1)))
            memo[key] = min(ranked, key=lambda r: (r[0], r[1]))[2] if ranked else None
        # (kept with the lookups: a cached result is stale when another settings module is named since)
        named = memo[key]
        self.lookups[f"${variable}"] = self.module_path(named) if named is not None else None
        return named

    def _settings_qual(self, qual: str) -> str:
        """``django.conf.settings.ICE_URL`` -> ``mysite.settings.ICE_URL`` (``settings_objects`` of the library)."""
        from ..library import shipped

        for owner, variable in shipped().settings_objects.items():
            if qual == owner or qual.startswith(owner + "."):
                module = self.settings_module(variable)
                return module + qual[len(owner):] if module is not None else qual
        return qual

    def _resolve(self, qual: str, depth: int) -> "tuple[ModuleAnalysis, str] | None":
        qual = self._settings_qual(qual)
        found = self.module_of(qual)
        if found is None:
            return None
        package, _, name = qual.rpartition(".")
        if not found[1] and package and found[0].name != "__init__.py":
            # from pkg import scrub with pkg/__init__.py binding scrub (from .scrub import scrub): the package's
            # attribute is that binding, which shadows the submodule of the same name, as in Python
            parent = self.module_path(package)
            held = self.load(parent) if parent is not None and parent.name == "__init__.py" else None
            if held is not None:
                index = held.index
                bound = index.qualify(name) if name in index.imports else None
                if name in index.functions or name in index.classes or name in index.constants or (bound is not None and bound != qual):
                    return self.follow_reexport(held, name, depth)
        analysis = self.load(found[0])
        return self.follow_reexport(analysis, found[1], depth) if analysis is not None else None

    def release(self) -> None:
        """Free the analyses this file's run made (their parts point at one another), once its findings are out."""
        made = {id(a): a for a in (*self.analyses.values(), *self.by_id.values()) if a is not None}
        self.analyses.clear()
        self.by_id.clear()
        for analysis in made.values():
            analysis.release()

    def load(self, path: Path) -> "ModuleAnalysis | None":
        """The analysis of the project module at ``path`` (parsed once; None when it cannot be read)."""
        if path in self.analyses:
            return self.analyses[path]
        if self.loaded >= MAX_MODULES or self.out_of_time():
            return None  # not remembered: the budget of the next linted file starts afresh
        self.loaded += 1
        self.analyses[path] = None  # an import cycle sees "not known yet" instead of looping
        started = clock()
        analysis = self.load_module(path, self)
        if self.grace > 0:
            # the parse of a module the file reaches (linear in its size, shared by the files of the run
            # that reach it) does not count against the file's budget: the first file to import a large
            # package would pay for all the others; at most one more budget is given so
            spent = min(clock() - started, self.grace)
            self.grace -= spent
            self.deadline += spent
        self.analyses[path] = analysis
        if analysis is not None:
            self.by_id[analysis.module_id] = analysis
            analysis.links.expand_star_imports()
            analysis.functions.resolve_models()
            for target in analysis.links.star_targets():
                # the names a star import binds may have been found by another linted file (a parsed module
                # is shared within a run): look them up here too, so that this file depends on them
                self.module(target)
        return analysis


def read_module(path: Path, project: "Project | None" = None) -> str | None:
    """The text of a project module, when it is Python this interpreter accepts. The ``project``
    remembers the content hash of the bytes read (``digests``), for the results cache."""
    try:
        if path.stat().st_size > MAX_MODULE_BYTES:
            return None
        data = path.read_bytes()
    except OSError:
        return None
    if project is not None:
        project.digests[path] = hashlib.sha256(data).hexdigest()
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)  # the declared encoding (PEP 263), as Python reads it
        text = data.decode(encoding).removeprefix("\ufeff")
        compile(text, str(path), "exec", ast.PyCF_ONLY_AST)
    except (UnicodeDecodeError, LookupError, SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    return text
