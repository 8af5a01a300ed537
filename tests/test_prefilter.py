"""The text pre-check (prefilter.py, issue 6, "Cross-module analysis"): a file is parsed only when
its text, or a project module it imports, could produce a finding, and it never skips a file
the full analysis would report (checked over the whole evaluation corpus). Projects are built
under ``tmp_path``.
"""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest
from annotations import options_of

import flake8_medicaid_scope.analysis as analysis
import flake8_medicaid_scope.prefilter as prefilter
from flake8_medicaid_scope import Config, analyze
from flake8_medicaid_scope.prefilter import imported_modules, imports_matter, may_matter

DEFAULT = Config.default()
TESTS = Path(__file__).parent


def make_project(root: Path, files: dict[str, str]) -> Path:
    """A project (a folder with pyproject.toml) holding ``files`` (dedented)."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "pyproject.toml").write_text('[project]\nname = "agency-referrals"\nversion = "0"\n', encoding="utf-8")
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return root


def full(path: Path, config: Config = DEFAULT) -> list[tuple[int, str]]:
    """The findings of the analysis without the pre-check."""
    return [(f.line, f.code) for f in analysis._analyze(path.read_text(encoding="utf-8"), config, str(path))]


def precheck(path: Path, config: Config = DEFAULT) -> bool:
    source = path.read_text(encoding="utf-8")
    return may_matter(source, config) or imports_matter(source, str(path), config)


# --- may_matter -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "source",
    [
        "resp = send_to_ice(body)\n",
        "client = IceClient()\n",
        "requests.post(ICE_URL, json=body)\n",
        "to = 'ice'\n",
        "requests.post(DHS_URL, json=body)\n",
        "ero_intake(body)\n",
        "client = CbpGateway()\n",
        "ENFORCEMENT_API = base\n",
        "notify_deportation_unit(body)\n",
        "x = Ice2\n",
        "v2ice = 1\n",
    ],
)
def test_whole_word_tokens_in_three_spellings(source: str) -> None:
    assert may_matter(source, DEFAULT) is True


@pytest.mark.parametrize(
    "source",
    [
        "class SOAPIceGateway:\n    pass\n",
        "def sendToIce(body):\n    return body\n",
        "client = getICEClient()\n",
        "gateway = XIceGateway()\n",
        "url = settings.EROIntakeUrl\n",
        "client = legacyDHSClient()\n",
    ],
)
def test_glued_names_the_splitter_breaks_into_a_token(source: str) -> None:
    assert may_matter(source, DEFAULT) is True


@pytest.mark.parametrize(
    "source",
    [
        "notice = 1\n", "device = 1\n", "service = 1\n", "slice = 1\n", "NOTICE = 1\n", "Juice = 1\n", "DHIS = 1\n",
        "iceberg = ICEBERG = 1\n", "police_office = PRICE = advice = 1\n", "hero = zero = error = 1\n",
        "enforcements = 1\n", "DHIS2_URL = 'https://dhis2.example.org/api'\n", "ServiceDevice().notice()\n",
    ],
)
def test_words_that_contain_a_token_are_no_signal(source: str) -> None:
    assert may_matter(source, DEFAULT) is False


@pytest.mark.parametrize("url", ["https://eid.ice.gov/referrals", "https://EID.ICE.GOV/referrals", "https://www.dhs.gov/x", "https://api.cbp.gov"])
def test_enforcement_hosts(url: str) -> None:
    only_deportation = Config.from_options(enforcement_tokens=["deportation"])  # no token can match: the host decides
    assert may_matter(f"URL = {url!r}\n", only_deportation) is True
    assert may_matter("URL = 'https://www.medicaid.gov/api'\n", only_deportation) is False


def test_configured_host_pattern_with_an_inner_wildcard() -> None:
    config = Config.from_options(extend_enforcement_hosts=["intake-*.example.gov"])
    assert may_matter("URL = 'https://intake-east.example.gov/api'\n", config) is True
    assert may_matter("URL = 'https://intake-east.example.org/api'\n", config) is False


@pytest.mark.parametrize("pragma", ["# medicaid-scope: enforcement", "# Medicaid-Scope: enforcement", "# MEDICAID-SCOPE: ENFORCEMENT"])
def test_pragma_in_any_case(pragma: str) -> None:
    assert may_matter(f"requests.post(url, json=body)  {pragma}\n", DEFAULT) is True


@pytest.mark.parametrize("pragma", ["# medicaid-scope: bogus", "# Medicaid-Scope: bogus", "# MEDICAID-SCOPE: BOGUS"])
def test_pragma_with_no_token_in_any_case(pragma: str) -> None:
    """An unknown pragma word holds no token, and the analysis reports it (MCD902) in any case."""
    source = f"requests.post(url, json=body)  {pragma}\n"
    assert [(f.line, f.code) for f in analysis._analyze(source, DEFAULT)] == [(1, "MCD902")]
    assert may_matter(source, DEFAULT) is True


def test_configured_sink_names() -> None:
    source = "from agency import transfer\n\n\ndef forward(body):\n    transfer.send(body)\n"
    assert may_matter(source, DEFAULT) is False
    assert may_matter(source, Config.from_options(sinks=["agency.transfer.send"])) is True
    aliased = "from agency.transfer import send as ship\nship(body)\n"
    assert may_matter(aliased, Config.from_options(sinks=["agency.transfer.send"])) is True


def test_extra_names_widen_the_check() -> None:
    source = "from referrals.client import submit_referral\nsubmit_referral(body)\n"
    assert may_matter(source, DEFAULT) is False
    assert may_matter(source, DEFAULT, extra_names=("submit_referral",)) is True


def test_configured_tokens_replace_the_defaults() -> None:
    config = Config.from_options(enforcement_tokens=["removal"])
    assert may_matter("client = RemovalOfficeClient()\n", config) is True
    assert may_matter("client = IceClient()\n", config) is False


# --- imported_modules -------------------------------------------------------------------


@pytest.mark.parametrize(
    "source, package, expected",
    [
        pytest.param("import os\nimport referrals.client\n", None, ["os", "referrals.client"], id="absolute"),
        pytest.param("import referrals.client as rc, json\n", None, ["referrals.client", "json"], id="absolute-aliased"),
        pytest.param("from referrals.client import submit as s, fetch\n", None,
                     ["referrals.client", "referrals.client.submit", "referrals.client.fetch"], id="from-aliased"),
        pytest.param("from .client import submit\n", "referrals", ["referrals.client", "referrals.client.submit"], id="relative"),
        pytest.param("from . import client\n", "referrals", ["referrals", "referrals.client"], id="relative-dot"),
        pytest.param("from ..common.settings import ICE_URL\n", "eid.referrals", ["eid.common.settings", "eid.common.settings.ICE_URL"], id="relative-two-dots"),
        pytest.param("from .. import common\n", "eid.referrals", ["eid", "eid.common"], id="relative-two-dots-bare"),
        pytest.param("from .client import submit\n", None, [], id="relative-outside-a-package"),
        pytest.param("from ...top import x\n", "eid.referrals", [], id="relative-above-the-top"),
        pytest.param("from referrals.client import (\n    submit,\n    fetch as get,\n)\n", None,
                     ["referrals.client", "referrals.client.submit", "referrals.client.fetch"], id="parenthesized-multi-line"),
        pytest.param("from referrals.client import *\n", None, ["referrals.client"], id="starred"),
        pytest.param("from .client import *\n", "referrals", ["referrals.client"], id="relative-starred"),
        pytest.param("if TYPE_CHECKING:\n    from referrals import client\n\ndef f():\n    import referrals.jobs\n", None,
                     ["referrals", "referrals.client", "referrals.jobs"], id="indented"),
    ],
)
def test_imported_modules(source: str, package: str | None, expected: list[str]) -> None:
    assert imported_modules(source, package) == expected


def test_imported_modules_backslash_continuation() -> None:
    assert "referrals.client" in imported_modules("from referrals import helpers, \\\n    client\n", None)


def test_imported_modules_comment_in_parentheses() -> None:
    assert "referrals.client" in imported_modules("from referrals import (\n    helpers,  # shared helpers\n    client,\n)\n", None)


def test_imported_modules_after_a_semicolon() -> None:
    assert "referrals.client" in imported_modules("import json; from referrals import client\n", None)


# --- imports_matter ---------------------------------------------------------------------

CLIENT = '''
"""Outbound client of the referral service."""
import requests

EID_URL = "https://eid.ice.gov/api/v1/referrals"


def submit_referral(body):
    resp = requests.post(EID_URL, json=body, timeout=20)
    resp.raise_for_status()
    return resp.json()
'''

QUIET_CLIENT = '''
"""Outbound client of the referral service. Not the ICE EID intake: that one is retired.

See https://eid.ice.gov for the old endpoint (ICE_URL in the old settings).
"""
import requests

# ICE asked for 20 seconds; the partner API keeps it
PARTNER_URL = "https://partners.example.org/api/referrals"
TIMEOUT = 20
"""Seconds to wait; the DHS limit."""


def submit_referral(body):
    """Posts to the partner (never to ICE or DHS)."""
    resp = requests.post(PARTNER_URL, json=body, timeout=TIMEOUT)
    resp.raise_for_status()
    return resp.json()
'''


def job(import_line: str, call: str) -> str:
    return f'''
"""Nightly referral job: one request per member flagged by the eligibility review."""
{import_line}


def send_nightly(member):
    body = {{
        "request_id": member.request_id,
        "medicaid_id": member.medicaid_id,
        "ssn": member.ssn,
    }}
    return {call}(body)
'''


SSN_LINE = 9
DIRECT_JOB = job("from referrals.client import submit_referral", "submit_referral")

SERVICE = '''
from referrals.client import submit_referral


def forward(body):
    return submit_referral(body)
'''

SHAPES = {
    "direct": {"referrals/__init__.py": "", "referrals/client.py": CLIENT, "referrals/jobs.py": DIRECT_JOB},
    "relative": {
        "referrals/__init__.py": "", "referrals/client.py": CLIENT,
        "referrals/jobs.py": job("from .client import submit_referral", "submit_referral"),
    },
    "src-layout": {
        "src/referrals/__init__.py": "", "src/referrals/client.py": CLIENT,
        "src/referrals/batch/__init__.py": "", "src/referrals/batch/jobs.py": DIRECT_JOB,
    },
    "chain-of-two": {
        "referrals/__init__.py": "", "referrals/client.py": CLIENT, "referrals/service.py": SERVICE,
        "referrals/jobs.py": job("from referrals.service import forward", "forward"),
    },
    "package-reexport": {
        "referrals/__init__.py": '"""Referrals."""\nfrom .client import submit_referral\n\n__all__ = ["submit_referral"]\n',
        "referrals/client.py": CLIENT,
        "batch/__init__.py": "", "batch/jobs.py": job("from referrals import submit_referral", "submit_referral"),
    },
    "import-cycle": {
        "referrals/__init__.py": "", "referrals/client.py": CLIENT,
        "referrals/service.py": '''
            from referrals import registry


            def forward(body):
                return registry.dispatch(body)


            def default_route():
                return "nightly"
            ''',
        "referrals/registry.py": '''
            from referrals import service
            from referrals.client import submit_referral


            def dispatch(body):
                if service.default_route() == "nightly":
                    return submit_referral(body)
                return None
            ''',
        "referrals/jobs.py": job("from referrals.service import forward", "forward"),
    },
}


def linted(root: Path) -> Path:
    return next(root.rglob("jobs.py"))


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_import_of_a_module_with_a_signal_is_analyzed(tmp_path: Path, shape: str) -> None:
    root = make_project(tmp_path / "proj", SHAPES[shape])
    path = linted(root)
    source = path.read_text(encoding="utf-8")
    assert may_matter(source, DEFAULT) is False, "the job must hold no signal of its own"
    assert imports_matter(source, str(path), DEFAULT) is True
    before = analysis.parse_count
    assert [(f.line, f.code) for f in analyze(source, DEFAULT, filename=str(path))] == [(SSN_LINE, "MCD101")]
    assert analysis.parse_count > before


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_import_whose_word_is_only_in_prose_is_not_parsed(tmp_path: Path, shape: str) -> None:
    files = {name: (QUIET_CLIENT if name.endswith("client.py") else text) for name, text in SHAPES[shape].items()}
    root = make_project(tmp_path / "proj", files)
    path = linted(root)
    source = path.read_text(encoding="utf-8")
    assert full(path) == []  # nothing to find: skipping it is right
    assert imports_matter(source, str(path), DEFAULT) is False
    before = analysis.parse_count
    assert analyze(source, DEFAULT, filename=str(path)) == []
    assert analysis.parse_count == before, "a file whose imports mention ICE only in prose was parsed"


def test_import_cycle_without_a_signal_ends(tmp_path: Path) -> None:
    files = {f"ring/m{i}.py": f"from ring import m{(i + 1) % 5}\n\n\ndef f{i}(x):\n    return m{(i + 1) % 5}\n" for i in range(5)}
    root = make_project(tmp_path / "proj", {"ring/__init__.py": "from ring import m0\n", **files})
    path = root / "ring" / "m2.py"
    assert imports_matter(path.read_text(encoding="utf-8"), str(path), DEFAULT) is False


def test_a_module_that_is_no_file_does_not_matter(tmp_path: Path) -> None:
    assert imports_matter(DIRECT_JOB, None, DEFAULT) is False
    assert imports_matter(DIRECT_JOB, str(tmp_path / "not-there.py"), DEFAULT) is False


def test_modules_outside_the_project_are_not_followed(tmp_path: Path) -> None:
    """An installed package (here: a folder outside the project root) is not read."""
    make_project(tmp_path / "other", {"referrals/__init__.py": "", "referrals/client.py": CLIENT})
    root = make_project(tmp_path / "proj", {"app/__init__.py": "", "app/jobs.py": DIRECT_JOB})
    path = root / "app" / "jobs.py"
    assert imports_matter(path.read_text(encoding="utf-8"), str(path), DEFAULT) is False


# Project shapes where the pre-check and the full analysis must agree: the analysis reports the
# job's SSN, so the pre-check must not skip the job. Each case once was a bug of the pre-check.
CONFIGURED = {"sinks": ["agency.transfer.transmit"]}
AGREEMENT = [
    pytest.param("direct", SHAPES["direct"], {}, id="direct"),
    pytest.param("configured-sink", {
        "app/__init__.py": "",
        "app/service.py": "from agency import transfer\n\n\ndef forward(body):\n    transfer.transmit(body)\n",
        "app/jobs.py": job("from app.service import forward", "forward"),
    }, CONFIGURED, id="configured-sink"),
    pytest.param("configured-sink-aliased", {
        "app/__init__.py": "",
        "app/service.py": "from agency.transfer import transmit as ship\n\n\ndef forward(body):\n    ship(body)\n",
        "app/jobs.py": job("from app.service import forward", "forward"),
    }, CONFIGURED, id="configured-sink-aliased"),
    pytest.param("external-setting-aliased", {
        "app/__init__.py": "",
        "app/service.py": "import requests\nfrom vendor.settings import ICE_URL as TARGET\n\n\ndef forward(body):\n    requests.post(TARGET, json=body)\n",
        "app/jobs.py": job("from app.service import forward", "forward"),
    }, {}, id="external-setting-aliased"),
    pytest.param("external-module-path", {
        "app/__init__.py": "",
        "app/service.py": "import requests\nimport vendor.ice_settings as conf\n\n\ndef forward(body):\n    requests.post(conf.URL, json=body)\n",
        "app/jobs.py": job("from app.service import forward", "forward"),
    }, {}, id="external-module-path"),
    pytest.param("inner-wildcard-host", {
        "app/__init__.py": "",
        "app/service.py": "import requests\nURL = 'https://intake-east.example.gov/api'\n\n\ndef forward(body):\n    requests.post(URL, json=body)\n",
        "app/jobs.py": job("from app.service import forward", "forward"),
    }, {"extend_enforcement_hosts": ["intake-*.example.gov"]}, id="inner-wildcard-host"),
    pytest.param("backslash-import", {
        "app/__init__.py": "", "app/helpers.py": "RETRIES = 3\n", "app/client.py": CLIENT,
        "app/jobs.py": job("from app import helpers, \\\n    client", "client.submit_referral"),
    }, {}, id="backslash-import"),
    pytest.param("comment-in-parenthesized-import", {
        "app/__init__.py": "", "app/helpers.py": "RETRIES = 3\n", "app/client.py": CLIENT,
        "app/jobs.py": job("from app import (\n    helpers,  # shared helpers\n    client,\n)", "client.submit_referral"),
    }, {}, id="comment-in-parenthesized-import"),
    pytest.param("import-after-semicolon", {
        "app/__init__.py": "", "app/client.py": CLIENT,
        "app/jobs.py": job("import json; from app import client", "client.submit_referral"),
    }, {}, id="import-after-semicolon"),
    pytest.param("parent-package-import", {
        "app/__init__.py": "", "app/client.py": CLIENT,
        "app/jobs.py": job("import app", "app.client.submit_referral"),
    }, {}, id="parent-package-import"),
]


@pytest.mark.parametrize("name, files, options", AGREEMENT)
def test_precheck_agrees_with_the_analysis(tmp_path: Path, name: str, files: dict[str, str], options: dict[str, list[str]]) -> None:
    root = make_project(tmp_path / name, files)
    path = linted(root)
    config = Config.from_options(cache=False, **options)  # type: ignore[arg-type]
    reported = full(path, config)
    assert [line for line, _ in reported] == [next(n for n, text in enumerate(path.read_text().splitlines(), 1) if '"ssn"' in text)]
    assert may_matter(path.read_text(encoding="utf-8"), config) is False
    assert precheck(path, config) is True
    assert [(f.line, f.code) for f in analyze(path.read_text(encoding="utf-8"), config, filename=str(path))] == reported


# --- soundness over the evaluation corpus -----------------------------------------------


def _corpus(tmp_path: Path) -> list[Path]:
    """A copy of the evaluation corpus (its files and its projects), without any cache folder."""
    files = tmp_path / "eval_files"
    shutil.copytree(TESTS / "eval_files", files, ignore=shutil.ignore_patterns("__pycache__", ".medicaid_scope_cache"))
    projects = tmp_path / "eval_projects"
    shutil.copytree(TESTS / "eval_projects", projects, ignore=shutil.ignore_patterns("__pycache__", ".medicaid_scope_cache"))
    return sorted(files.glob("*.py")) + sorted(projects.glob("**/*.py"))


def test_precheck_is_sound_over_the_evaluation_corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    modules = _corpus(tmp_path)
    assert len([m for m in modules if "eval_files" in m.parts]) == len(list((TESTS / "eval_files").glob("*.py")))
    assert len([m for m in modules if "eval_projects" in m.parts]) == len(list((TESTS / "eval_projects").glob("**/*.py")))
    reporting, through_imports, skipped_wrongly = 0, 0, []
    answers: dict[Path, bool] = {}
    for path in modules:
        source = path.read_text(encoding="utf-8")
        config = options_of(source)
        found = analysis._analyze(source, config, str(path))
        answers[path] = may_matter(source, config) or imports_matter(source, str(path), config)
        if not found:
            continue
        reporting += 1
        if not may_matter(source, config):
            through_imports += 1
        if not answers[path]:
            skipped_wrongly.append(f"{path.relative_to(tmp_path)}: {[(f.line, f.code) for f in found]}")
    summary = f"{len(modules)} files checked, {reporting} with findings ({through_imports} of them found only through their imports)"
    assert not skipped_wrongly, f"{summary}; the pre-check skips: " + "; ".join(skipped_wrongly)
    assert reporting >= 30 and through_imports >= 1, summary

    # a second run (a new process) answers the same from the cache on disk
    assert list(tmp_path.glob("eval_projects/*/.medicaid_scope_cache/*.json")), "no cache entry written"
    monkeypatch.setattr(prefilter, "_facts_caches", {})
    again = {}
    for path in modules:
        source = path.read_text(encoding="utf-8")
        config = options_of(source)
        again[path] = may_matter(source, config) or imports_matter(source, str(path), config)
    assert again == answers, summary
