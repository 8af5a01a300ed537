"""The flake8 adapter: options in, findings out. No analysis here."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any, Iterator

from . import __version__
from .analysis import analyze
from .config import Config, ConfigError
from .prefilter import start_session
from .policy import default_policy

#: list options with a shipped default: the plain option replaces it, --medicaid-extend-<name> adds to it
_LISTS_WITH_DEFAULTS = {
    "enforcement-hosts": "host patterns of enforcement endpoints (default *.ice.gov, ice.gov, *.dhs.gov, dhs.gov, *.cbp.gov, cbp.gov)",
    "non-enforcement-hosts": "host patterns that are never enforcement, overriding name signals but not the enforcement hosts "
    "(default: state and federal health hosts, SAVE)",
    "enforcement-tokens": "words that mark a name as enforcement (default ice, dhs, ero, cbp, enforcement, deportation)",
    "harmless-fields": "field names that never count (default: request ids, timestamps, counts, paging, auth headers)",
    "non-immigration-qualifiers": "words or snake_case phrases of other domains of law that make 'enforcement' in a name not an immigration signal "
    "(default child_support, tax, wage, labor, fraud, ...)",
}
_OTHER_LISTS = {
    "sinks": "qualified names of extra calls that send to enforcement (every argument is data)",
    "export-dirs": "folders whose files go to enforcement: what is written to a file there is sent to enforcement",
    "population-filters": "qualified names of functions that choose the people sent by their immigration status (MCD201 sees them as a condition)",
    "extra-fields": "name=category pairs added to the field vocabulary (categories: docs/categories.md)",
}


class MedicaidScopeChecker:
    """flake8 plugin entry point (code prefix MCD)."""

    name = "flake8-medicaid-scope"
    version = __version__
    config: Config | None = None
    #: False when flake8's selection (--select, --ignore, --extend-ignore) excludes every MCD code
    enabled: bool = True

    def __init__(self, tree: Any, lines: list[str], filename: str = "") -> None:
        self.lines = lines
        self.filename = filename
        self.tree = tree

    @classmethod
    def add_options(cls, manager: Any) -> None:
        """Register the --medicaid-* options."""
        for option, help_text in _LISTS_WITH_DEFAULTS.items():
            manager.add_option(
                f"--medicaid-{option}", parse_from_config=True, comma_separated_list=True, default=None,
                help=f"{help_text}; replaces the default (see --medicaid-extend-{option})",
            )
            manager.add_option(
                f"--medicaid-extend-{option}", parse_from_config=True, comma_separated_list=True, default=None,
                help=f"added to --medicaid-{option} (to its default when that is not given)",
            )
        for option, help_text in _OTHER_LISTS.items():
            manager.add_option(f"--medicaid-{option}", parse_from_config=True, comma_separated_list=True, default=None, help=help_text)
        manager.add_option(
            "--medicaid-cache-dir", parse_from_config=True, default=None,
            help="folder of the cache of module facts and file results (default: .medicaid_scope_cache at the project root)",
        )
        manager.add_option(
            "--medicaid-time-budget", parse_from_config=True, default=None,
            help="seconds the analysis of one file may take, with the modules it reaches (default 5); past it, MCD901 and what was found",
        )
        manager.add_option(
            # a flag on the command line; in a configuration file a yes/no word read here, so that a wrong one
            # is this plugin's one-line error naming the option (flake8 would raise on it for a store_true flag)
            "--medicaid-no-cache", parse_from_config=True, action="store_const", const=True, default=False,
            help="keep no cache on disk (module facts and file results are computed afresh each run)",
        )
        manager.add_option("--medicaid-policy", parse_from_config=True, default=None, help="path to a policy JSON file that replaces the shipped one")
        manager.add_option(
            "--medicaid-as-of", parse_from_config=True, default=None,
            help="date (YYYY-MM-DD) whose policy period applies; default today; not before the earliest period (2025-08-12)",
        )

    @classmethod
    def parse_options(cls, options: argparse.Namespace) -> None:
        """Validate the options; a bad value stops flake8 with one line naming the option."""
        try:
            _check_config_file(options)
            cls.config = config_from_options(options)
        except ConfigError as exc:
            sys.stderr.write(f"flake8-medicaid-scope: {exc}\n")
            raise SystemExit(2) from None
        cls.enabled = mcd_selected(options, cls.config)
        start_session()  # one lint run: the project scan is shared by its files

    def run(self) -> Iterator[tuple[int, int, str, type]]:
        """Yield flake8 results for this file."""
        if not self.enabled:
            return  # flake8 would drop every MCD finding: do no analysis at all
        # flake8 runs tree plugins only on source CPython parsed, so the syntax gate is done
        for f in analyze("".join(self.lines), self.config, syntax_checked=True, filename=self.filename or None, tree=self.tree):
            yield f.line, f.col, f.message, type(self)


def config_from_options(options: argparse.Namespace) -> Config:
    """The Config of flake8's parsed options (raises ConfigError naming the option)."""

    def get(name: str) -> Any:
        return getattr(options, "medicaid_" + name.replace("-", "_"), None)

    lists: dict[str, Any] = {}
    for option in _LISTS_WITH_DEFAULTS:
        key = option.replace("-", "_")
        lists[key] = get(option)
        lists["extend_" + key] = get("extend-" + option)
    return Config.from_options(
        **lists,
        sinks=get("sinks") or (),
        export_dirs=get("export-dirs") or (),
        population_filters=get("population-filters") or (),
        extra_fields=get("extra-fields") or (),
        policy=get("policy"),
        as_of=get("as-of"),
        cache_dir=get("cache-dir"),
        cache=not _flag(get("no-cache"), "--medicaid-no-cache"),
        time_budget=get("time-budget"),
    )


#: the names of this plugin's options (without the leading dashes)
OPTION_NAMES = frozenset(
    [f"medicaid-{o}" for o in _LISTS_WITH_DEFAULTS] + [f"medicaid-extend-{o}" for o in _LISTS_WITH_DEFAULTS]
    + [f"medicaid-{o}" for o in _OTHER_LISTS] + ["medicaid-cache-dir", "medicaid-time-budget", "medicaid-no-cache", "medicaid-policy", "medicaid-as-of"]
)


def _check_config_file(options: argparse.Namespace) -> None:
    """The flake8 configuration file flake8 read (found as flake8 finds it): a ``medicaid-*`` key this
    plugin does not know is a one-line error naming it (flake8 ignores unknown keys in silence, so a
    misspelled option would switch nothing on); a relative ``medicaid-policy`` given there is relative
    to that file, as flake8's own path options are."""
    try:
        from flake8.options.config import load_config

        given, extra, isolated = getattr(options, "config", None), list(getattr(options, "append_config", None) or []), bool(getattr(options, "isolated", False))
        if given is None and not extra:
            # flake8 reads --config and --append-config in a first pass and does not hand them on: read them
            # from the command line the same way (a file given there is the one flake8 read)
            from flake8.main.options import stage1_arg_parser

            first, _ = stage1_arg_parser().parse_known_args(sys.argv[1:])
            given, extra, isolated = first.config, list(first.append_config or []), isolated or bool(first.isolated)
        cfg, cfg_dir = load_config(given, extra, isolated=isolated)
    except Exception:  # not flake8's full option set (a test harness), or a file flake8 reports itself
        return
    if "flake8" not in cfg:
        return
    for key in cfg["flake8"]:
        name = key.strip().lower().replace("_", "-")
        if name.startswith("medicaid") and name not in OPTION_NAMES:
            near = _nearest(name)
            raise ConfigError(f"{key}: not an option of flake8-medicaid-scope in the [flake8] configuration (did you mean {near}?)")
    written = next((cfg["flake8"][k] for k in cfg["flake8"] if k.strip().lower().replace("_", "-") == "medicaid-policy"), None)
    given = getattr(options, "medicaid_policy", None)
    if written is not None and given is not None and given.strip() and given == written.strip() and not os.path.isabs(given) and not os.path.exists(given):
        options.medicaid_policy = os.path.join(cfg_dir, given)  # medicaid-policy = policy.json next to setup.cfg


def _nearest(name: str) -> str:
    """The option a misspelled ``medicaid-...`` key most looks like: one whose words hold every word written
    (``medicaid-tokens``: ``medicaid-enforcement-tokens``; plurals as singulars), the shortest such, else the
    one at the least edit distance."""
    def words(option: str) -> set[str]:
        return {w.rstrip("s") for w in option.split("-") if w and w != "medicaid"}

    written = words(name)
    holding = sorted((known for known in OPTION_NAMES if written and written <= words(known)), key=lambda known: (len(known), known))
    return holding[0] if holding else sorted(OPTION_NAMES, key=lambda known: (_distance(known, name), known))[0]


def _distance(a: str, b: str) -> int:
    """The edit distance of two option names (for the suggestion in an error)."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (ca != cb))
    return row[-1]


def _flag(value: object, option: str) -> bool:
    """A yes/no option: given on the command line (True), left out (False or None), or a word of a
    configuration file (configparser's words: 1/yes/true/on, 0/no/false/off, in any case)."""
    if value is None or isinstance(value, bool):
        return bool(value)
    word = str(value).strip().lower()
    if word in ("1", "yes", "true", "on"):
        return True
    if word in ("0", "no", "false", "off", ""):
        return False
    raise ConfigError(f"{option}: {value!r} is not true or false")


def mcd_selected(options: argparse.Namespace, config: Config | None = None) -> bool:
    """Whether flake8 would report any MCD code, by flake8's own select/ignore decision."""
    try:
        from flake8.style_guide import Decision, DecisionEngine

        engine = DecisionEngine(options)
    except (ImportError, AttributeError, TypeError):
        return True  # not flake8's full option set (a test harness, another host): analyze
    codes = set(default_policy().codes)
    if config is not None:
        codes |= set(config.policy.codes)
    return any(engine.decision_for(code) is Decision.Selected for code in sorted(codes))
