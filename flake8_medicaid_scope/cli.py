"""``medicaid-scope``: the same analysis and codes as the flake8 plugin, for projects that do not
run flake8 (ruff loads no flake8 plugins), plus ``explain`` and the audit ``report``.

    medicaid-scope check PATH... [--format text|json|sarif] [--output FILE] [--jobs N]
    medicaid-scope explain MCD102
    medicaid-scope report PATH... [--format md|json|html] [--output FILE]

Configuration comes from ``[tool.medicaid-scope]`` in ``pyproject.toml`` (the nearest one
above the current folder, or ``--config``), with the same option names as the flake8 plugin
without the ``--medicaid-`` prefix, validated the same way. Exit status: 1 when ``check``
finds something, 0 when it does not, 2 on a usage or configuration error.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import sys
import tokenize
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence, TypeVar

from .config import Config, ConfigError
from .findings import Finding

#: folders never linted (tool caches, virtual environments, builds)
DEFAULT_EXCLUDES = (".git", ".hg", ".svn", ".tox", ".nox", ".venv", "venv", "env", "__pycache__", "build", "dist",
                    "node_modules", ".mypy_cache", ".pytest_cache", ".ruff_cache", ".medicaid_scope_cache", "*.egg-info")
#: the options of [tool.medicaid-scope]: the flake8 plugin's, without --medicaid- (lists take a TOML list or a comma-separated string)
LIST_KEYS = ("enforcement-hosts", "non-enforcement-hosts", "enforcement-tokens", "harmless-fields", "non-immigration-qualifiers")
OTHER_LISTS = ("sinks", "export-dirs", "population-filters", "extra-fields", "exclude", "ignore")
SCALARS = ("policy", "as-of", "cache-dir", "time-budget")
FLAGS = ("no-cache",)
USAGE_ERROR = 2

T = TypeVar("T")


class UsageError(Exception):
    """A one-line error that ends the run with status 2."""


# -- configuration ---------------------------------------------------------------------
def find_pyproject(start: Path) -> Path | None:
    """The nearest ``pyproject.toml`` at or above ``start``."""
    folder = start.resolve()
    for candidate in (folder, *folder.parents):
        if (candidate / "pyproject.toml").is_file():
            return candidate / "pyproject.toml"
    return None


def _toml(path: Path) -> dict[str, Any]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise UsageError(f"{path}: cannot read it as TOML ({error})") from None


def load_settings(pyproject: Path | None) -> dict[str, Any]:
    """The ``[tool.medicaid-scope]`` table, keys normalized to dashes; unknown keys are errors."""
    if pyproject is None:
        return {}
    tool = _toml(pyproject).get("tool", {})
    if not isinstance(tool, dict):
        raise UsageError(f"{pyproject}: [tool] must be a table")
    table = tool.get("medicaid-scope", {})
    if not isinstance(table, dict):
        raise UsageError(f"{pyproject}: [tool.medicaid-scope] must be a table")
    known = set(LIST_KEYS) | {f"extend-{k}" for k in LIST_KEYS} | set(OTHER_LISTS) | set(SCALARS) | set(FLAGS)
    settings: dict[str, Any] = {}
    for raw_key, value in table.items():
        key = str(raw_key).replace("_", "-")
        if key not in known:
            raise UsageError(f"{pyproject}: unknown option '{raw_key}' in [tool.medicaid-scope] (known: {', '.join(sorted(known))})")
        if key in settings:
            raise UsageError(f"{pyproject}: [tool.medicaid-scope] gives {key} twice (written with '-' and with '_'); keep one")
        if key in FLAGS:
            if not isinstance(value, bool):
                raise UsageError(f"{pyproject}: [tool.medicaid-scope] {key} must be true or false")
        elif key == "time-budget":
            if isinstance(value, bool) or not isinstance(value, (int, float, str)):
                raise UsageError(f"{pyproject}: [tool.medicaid-scope] {key} must be a number of seconds")
        elif key in SCALARS:
            if not isinstance(value, str):
                raise UsageError(f"{pyproject}: [tool.medicaid-scope] {key} must be a string")
        else:
            if isinstance(value, str):
                value = [v.strip() for v in value.split(",")]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise UsageError(f"{pyproject}: [tool.medicaid-scope] {key} must be a list of strings")
        settings[key] = value
    return settings


def _flake8_settings(root: Path) -> list[Path]:
    """The flake8 configuration files at ``root`` (setup.cfg, tox.ini, .flake8) whose ``[flake8]`` section sets
    ``medicaid-*`` options: the team configured the plugin there, and this command reads only pyproject.toml."""
    import configparser

    found = []
    for name in ("setup.cfg", "tox.ini", ".flake8"):
        path = root / name
        if not path.is_file():
            continue
        parser = configparser.RawConfigParser()
        try:
            parser.read(path, encoding="utf-8")
        except (configparser.Error, OSError, UnicodeDecodeError):
            continue
        if parser.has_section("flake8") and any(key.strip().lower().startswith("medicaid") for key in parser.options("flake8")):
            found.append(path)
    return found


def build_config(settings: dict[str, Any], pyproject: Path | None) -> Config:
    """The Config the settings describe (relative policy and cache paths are relative to the pyproject)."""
    base = pyproject.parent if pyproject is not None else Path.cwd()
    kwargs: dict[str, Any] = {}
    for key in LIST_KEYS:
        kwargs[key.replace("-", "_")] = settings.get(key)
        kwargs["extend_" + key.replace("-", "_")] = settings.get(f"extend-{key}")
    for key in ("sinks", "export-dirs", "population-filters", "extra-fields"):
        kwargs[key.replace("-", "_")] = settings.get(key) or ()
    policy = settings.get("policy")
    cache_dir = settings.get("cache-dir")
    kwargs["policy"] = str(base / policy) if policy and policy.strip() else policy  # ("": the error that names the option)
    kwargs["as_of"] = settings.get("as-of")
    # (cache-dir = "": the error that names the option, as flake8 gives for an empty --medicaid-cache-dir)
    kwargs["cache_dir"] = str(base / cache_dir) if cache_dir and cache_dir.strip() else cache_dir
    kwargs["cache"] = not settings.get("no-cache", False)
    kwargs["time_budget"] = settings.get("time-budget")
    try:
        return Config.from_options(**kwargs)
    except ConfigError as error:
        where = f"{pyproject} [tool.medicaid-scope]" if pyproject is not None else "configuration"
        raise UsageError(f"{where}: {error}") from None


# -- files ------------------------------------------------------------------------------
def _ignore_patterns(root: Path) -> list[str]:
    """The patterns of the ``.gitignore`` at ``root`` (negations are not supported and are skipped)."""
    try:
        lines = (root / ".gitignore").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith(("#", "!"))]


def _excluded(relative: str, is_dir: bool, patterns: Sequence[str]) -> bool:
    """``.gitignore``-style: a pattern with a slash is anchored at the root, one without matches
    any path component; a trailing slash matches folders only."""
    parts = relative.split("/")
    for pattern in patterns:
        dir_only = pattern.endswith("/")
        body = pattern.strip("/")
        if not body or (dir_only and not is_dir):
            continue
        if "/" in pattern.rstrip("/"):
            # a leading **/ matches at the root too, as in .gitignore
            candidates = [body, body[3:]] if body.startswith("**/") else [body]
            if any(fnmatch.fnmatch(relative, c) or fnmatch.fnmatch(relative, c + "/*") for c in candidates):
                return True
        elif fnmatch.fnmatch(parts[-1], body):
            return True
    return False


def collect_files(paths: Sequence[str], excludes: Sequence[str], root: Path) -> list[Path]:
    """The Python files under ``paths``, without excluded ones; a file named on the command line is always linted."""
    patterns = [*DEFAULT_EXCLUDES, *_ignore_patterns(root), *excludes]
    out: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_file():
            out.append(path)
            continue
        if not path.is_dir():
            raise UsageError(f"{given}: no such file or folder")
        for folder, dirs, files in os.walk(path):
            here = Path(folder)
            dirs[:] = sorted(d for d in dirs if not _excluded(_relative(here / d, root), True, patterns))
            for name in sorted(files):
                candidate = here / name
                if name.endswith(".py") and not _excluded(_relative(candidate, root), False, patterns):
                    out.append(candidate)
    return list(dict.fromkeys(out))


def _relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def read_source(path: Path) -> str | None:
    """The text of a module in its declared encoding, or read as latin-1 when it is not valid in that
    encoding, as flake8 reads it (None: unreadable)."""
    try:
        with tokenize.open(path) as handle:
            return handle.read()
    except (SyntaxError, UnicodeDecodeError, LookupError):
        try:
            return path.read_bytes().decode("latin-1")
        except OSError:
            return None
    except OSError:
        return None


# -- running ------------------------------------------------------------------------------
def _start_worker() -> None:
    from .prefilter import start_session

    start_session()


def _check_one(job: tuple[str, Config]) -> tuple[str, list[Finding]]:
    from .analysis import analyze
    from .suppressions import apply_noqa

    path, config = job
    source = read_source(Path(path))
    if source is None:
        return path, []
    return path, apply_noqa(source, analyze(source, config, filename=path))  # # noqa as flake8 applies it


def _transfers_one(job: tuple[str, Config]) -> tuple[str, list[Any], list[Any], Any]:
    from .analysis import checked_transfers
    from .suppressions import noqa_comments

    path, config = job
    source = read_source(Path(path))
    found, diagnostic = checked_transfers(source, config, filename=path) if source is not None else ([], None)
    # the file's # noqa comments, for the suppressions (and their reasons) the report shows
    return path, found, noqa_comments(source) if found and source is not None else [], diagnostic


def run_parallel(work: Callable[[tuple[str, Config]], T], files: Sequence[Path], config: Config, jobs: int, progress: bool) -> list[T]:
    """``work`` over every file, in parallel processes when there are enough files, in file order."""
    items = [(str(f), config) for f in files]
    bar = Progress(len(items)) if progress else None
    results: list[T] = []
    if jobs == 1 or len(items) < 8:
        from .prefilter import end_session

        _start_worker()
        try:
            for item in items:
                results.append(work(item))
                if bar:
                    bar.step()
        finally:
            end_session()  # the run is over: what it learned of the tree is not kept
    else:
        with ProcessPoolExecutor(max_workers=jobs or None, initializer=_start_worker) as pool:
            for result in pool.map(work, items, chunksize=4):
                results.append(result)
                if bar:
                    bar.step()
    if bar:
        bar.done()
    return results


class Progress:
    """A one-line progress bar on standard error (only on a terminal; nothing when piped)."""

    WIDTH = 30

    def __init__(self, total: int) -> None:
        self.total = max(total, 1)
        self.count = 0

    def step(self) -> None:
        self.count += 1
        filled = self.WIDTH * self.count // self.total
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (self.WIDTH - filled)}] {self.count}/{self.total} files")
        sys.stderr.flush()

    def done(self) -> None:
        sys.stderr.write("\r" + " " * (self.WIDTH + 30) + "\r")
        sys.stderr.flush()


# -- output ----------------------------------------------------------------------------------
def _display_path(path: str) -> str:
    return os.path.relpath(path) if not os.path.isabs(path) or path.startswith(os.getcwd()) else path


def format_text(results: Iterable[tuple[str, list[Finding]]], explain: bool = False) -> str:
    """flake8's default format: ``path:line:col: CODE message``; with ``explain``, each finding's path
    below it, one step a line (``    path:line:col: what happened there``)."""
    lines = []
    for path, found in results:
        shown = _display_path(path)
        for f in found:
            lines.append(f"{shown}:{f.line}:{f.col + 1}: {f.message}")
            if explain:
                lines.extend(f"    {_display_path(step.path) if step.path else shown}:{step.line}:{step.col + 1}: {step.text}" for step in f.trace)
    return "\n".join(lines) + ("\n" if lines else "")


def _trace_json(f: Finding, path: str) -> list[dict[str, Any]]:
    return [{"path": _display_path(step.path) if step.path else path, "line": step.line, "column": step.col + 1, "step": step.text} for step in f.trace]


def format_json(results: Iterable[tuple[str, list[Finding]]], files: int) -> str:
    from . import __version__

    findings = [
        {"path": _display_path(path), "line": f.line, "column": f.col + 1, "code": f.code, "message": f.message, "trace": _trace_json(f, _display_path(path))}
        for path, found in results
        for f in found
    ]
    return json.dumps({"tool": "medicaid-scope", "version": __version__, "files": files, "findings": findings}, indent=2) + "\n"


def format_sarif(results: Iterable[tuple[str, list[Finding]]]) -> str:
    from .sarif import sarif_log

    pairs = [(_display_path(path), f) for path, found in results for f in found]
    return json.dumps(sarif_log(pairs, base=Path.cwd()), indent=2) + "\n"


def _write(text: str, output: str | None) -> None:
    if output:
        try:
            Path(output).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"--output: cannot write {output}: {exc.strerror or exc}") from None
    else:
        sys.stdout.write(text)


def _check_run_options(args: argparse.Namespace) -> None:
    """``--jobs`` and ``--output`` checked before any file is read (a usage error, not a traceback after
    the whole run)."""
    if args.jobs < 0:
        raise UsageError(f"--jobs: {args.jobs} is not a number of processes (1 or more; 0: one per CPU)")
    if args.output:
        folder = Path(args.output).parent
        if not folder.is_dir():
            raise UsageError(f"--output: cannot write {args.output}: no such folder {folder}")
        if Path(args.output).is_dir():
            raise UsageError(f"--output: cannot write {args.output}: it is a folder")


# -- commands ---------------------------------------------------------------------------------
def _setup(args: argparse.Namespace) -> tuple[Config, list[Path], tuple[str, ...]]:
    _check_run_options(args)
    pyproject = Path(args.config) if args.config else find_pyproject(Path.cwd())
    if args.config and not pyproject.is_file():  # type: ignore[union-attr]
        raise UsageError(f"--config: {args.config}: no such file")
    settings = load_settings(pyproject)
    config = build_config(settings, pyproject)
    root = pyproject.parent if pyproject is not None else Path.cwd()
    for unread in _flake8_settings(root):
        sys.stderr.write(f"medicaid-scope: note: {unread} sets medicaid-* options for flake8, which this command does not read; "
                         "give them in [tool.medicaid-scope] of pyproject.toml too (docs/cli.md)\n")
    files = collect_files(args.paths, [*settings.get("exclude", []), *args.exclude], root)
    ignored = tuple(code.strip().upper() for code in settings.get("ignore", []) if code.strip())
    return config, files, ignored


def cmd_check(args: argparse.Namespace) -> int:
    config, files, ignored = _setup(args)
    progress = sys.stderr.isatty() and not args.no_progress
    results = [(path, [f for f in found if not (ignored and f.code.startswith(ignored))]) for path, found in run_parallel(_check_one, files, config, args.jobs, progress)]
    results = [r for r in results if r[1]]
    if args.format == "json":
        _write(format_json(results, len(files)), args.output)
    elif args.format == "sarif":
        _write(format_sarif(results), args.output)
    else:
        _write(format_text(results, explain=args.explain), args.output)
    return 1 if any(found for _, found in results) else 0


def cmd_explain(args: argparse.Namespace) -> int:
    from .rules import rule_modules

    code = args.code.upper()
    for module in rule_modules():
        if module.CODE == code:
            config = Config.default()
            doc = (module.__doc__ or "").strip()
            sys.stdout.write(f"{code}: {doc}\n\nCitation: {config.policy.citations[config.period.citation_key]['long']}\n")
            return 0
    known = ", ".join(m.CODE for m in rule_modules())
    raise UsageError(f"unknown code {args.code!r} (known: {known})")


def cmd_report(args: argparse.Namespace) -> int:
    from .report import build_report, render

    config, files, _ = _setup(args)
    progress = sys.stderr.isatty() and not args.no_progress
    results = run_parallel(_transfers_one, files, config, args.jobs, progress)
    data = build_report([(_display_path(path), transfers, noqas, diagnostic) for path, transfers, noqas, diagnostic in results], config, len(files))
    _write(render(data, args.format), args.output)
    return 0


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="medicaid-scope", description="Find Medicaid data sent to immigration enforcement beyond what the court allowed.")
    sub = top.add_subparsers(dest="command", required=True)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("paths", nargs="+", help="files or folders (folders are searched for *.py)")
        p.add_argument("--output", "-o", help="write to this file instead of standard output")
        p.add_argument("--jobs", "-j", type=int, default=0, help="processes to use (default: one per CPU; 1: no subprocesses)")
        p.add_argument("--exclude", action="append", default=[], help=".gitignore-style pattern of paths to skip (repeatable)")
        p.add_argument("--config", help="the pyproject.toml to read [tool.medicaid-scope] from (default: the nearest one)")
        p.add_argument("--no-progress", action="store_true", help="no progress bar, even on a terminal")

    check = sub.add_parser("check", help="lint files: the findings, as flake8 --select=MCD prints them")
    common(check)
    check.add_argument("--format", choices=("text", "json", "sarif"), default="text")
    check.add_argument("--explain", action="store_true", help="show below each finding the path its data took, one step a line (JSON and SARIF always carry it)")
    check.set_defaults(run=cmd_check)
    explain = sub.add_parser("explain", help="a code's rule page and citation")
    explain.add_argument("code")
    explain.set_defaults(run=cmd_explain)
    report = sub.add_parser("report", help="every transfer to an enforcement destination, for a compliance review")
    common(report)
    report.add_argument("--format", choices=("md", "json", "html"), default="md")
    report.set_defaults(run=cmd_report)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return int(args.run(args))
    except UsageError as error:
        sys.stderr.write(f"medicaid-scope: {error}\n")
        return USAGE_ERROR
    except KeyboardInterrupt:  # pragma: no cover
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
