"""The facts of a module and their persistent cache (facts.py, issue 6, "Cross-module analysis").

What a module's facts say (its code holds an enforcement signal; which modules it
imports), where the cache lives, that it is plain JSON, never stale after an edit,
never trusted when corrupt or foreign, never read or written through a symbolic
link, safe under concurrent writers, and that the flake8 options switch it off or
move it. Every project is built under ``tmp_path``.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

import flake8_medicaid_scope
import flake8_medicaid_scope.analysis as analysis
import flake8_medicaid_scope.prefilter as prefilter
from flake8_medicaid_scope import Config, analyze
from flake8_medicaid_scope.config import ConfigError
from flake8_medicaid_scope.store import folder_identity
from flake8_medicaid_scope.facts import CACHE_DIR, SCHEMA, FactsCache, ModuleFacts, compute_facts, fingerprint

DEFAULT = Config.default()


# --- helpers --------------------------------------------------------------------------


def make_project(root: Path, files: dict[str, str]) -> Path:
    """A project (a folder with pyproject.toml) holding ``files`` (dedented)."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "pyproject.toml").write_text('[project]\nname = "agency-referrals"\nversion = "0"\n', encoding="utf-8")
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return root


def entries(folder: Path) -> list[Path]:
    """The facts entries of a cache folder (not its .gitignore, not temporary files, not the results
    of linted files, ``r-*.json``, which test_results_cache.py checks)."""
    return sorted(p for p in folder.iterdir() if p.suffix == ".json" and not p.name.startswith((".", "r-")))


def assert_valid_entry(path: Path) -> dict[str, object]:
    """An entry is plain JSON of the documented shape, named after its digest."""
    assert not path.is_symlink(), path
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(raw, dict)
    assert set(raw) == {"schema", "digest", "signal", "imports"}, raw
    assert raw["schema"] == SCHEMA
    assert isinstance(raw["digest"], str) and len(raw["digest"]) == 64
    assert path == entry_path(path.parent, str(raw["digest"]))
    assert isinstance(raw["signal"], bool)
    assert isinstance(raw["imports"], list) and all(isinstance(i, str) for i in raw["imports"])
    return raw


def entry_path(folder: Path, digest: str) -> Path:
    """Where the entry of ``digest`` lives in ``folder`` (named for the folder's identity too)."""
    identity = folder_identity(folder)
    assert identity is not None, folder
    return folder / (hashlib.sha256(f"{digest}\x00{identity}".encode()).hexdigest()[:40] + ".json")


def digest_of(path: Path, config: Config = DEFAULT) -> str:
    """The content key of a module's entry (content, then the configuration's fingerprint)."""
    return hashlib.sha256(path.read_bytes() + b"\x00" + fingerprint(config).encode()).hexdigest()


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file below ``folder`` (relative path -> bytes, links by their target)."""
    out: dict[str, bytes] = {}
    for path in sorted(folder.rglob("*")):
        rel = str(path.relative_to(folder))
        if path.is_symlink():
            out[rel] = b"-> " + os.readlink(path).encode()
        elif path.is_file():
            out[rel] = path.read_bytes()
        else:
            out[rel] = b"<dir>"
    return out


# A realistic pair: a nightly job (no signal of its own) hands a dict with an SSN to the
# referral client of the same project. Before the edit the client posts to a partner;
# after it, it posts to ICE's EID intake through a new sink function.
JOB = '''
"""Nightly referral job: one request per member flagged by the eligibility review."""
from referrals.client import submit_referral


def send_nightly(member):
    body = {
        "request_id": member.request_id,
        "medicaid_id": member.medicaid_id,
        "ssn": member.ssn,
    }
    return submit_referral(body)
'''
JOB_SSN_LINE = 9

CLIENT_BEFORE = '''
"""Outbound client of the referral service (the state's partner, not ICE)."""
import requests

PARTNER_URL = "https://partners.example.org/api/referrals"


def submit_referral(body):
    resp = requests.post(PARTNER_URL, json=body, timeout=20)
    resp.raise_for_status()
    return resp.json()
'''

CLIENT_AFTER = '''
"""Outbound client of the referral service."""
import requests

EID_URL = "https://eid.ice.gov/api/v1/referrals"


def _post_to_eid(payload):
    resp = requests.post(EID_URL, json=payload, timeout=20)
    resp.raise_for_status()
    return resp.json()


def submit_referral(body):
    return _post_to_eid(body)
'''


def referral_project(root: Path, client: str = CLIENT_AFTER) -> Path:
    return make_project(root, {"referrals/__init__.py": "", "referrals/client.py": client, "referrals/jobs.py": JOB})


def lint(path: Path, config: Config = DEFAULT) -> list[tuple[int, str]]:
    return [(f.line, f.code) for f in analyze(path.read_text(encoding="utf-8"), config, filename=str(path))]


# --- facts ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "source",
    [
        pytest.param("target = ICE_URL\n", id="name"),
        pytest.param("import settings\ntarget = settings.ICE_URL\n", id="attribute"),
        pytest.param("def send_to_ice(body):\n    return body\n", id="def"),
        pytest.param("async def notify_ero(body):\n    return body\n", id="async-def"),
        pytest.param("class SOAPIceGateway:\n    pass\n", id="class-glued-camel-case"),
        pytest.param("def send(body, ice_client):\n    return body\n", id="arg"),
        pytest.param("client = make(dhs_endpoint=1)\n", id="keyword"),
        pytest.param('TARGET = "https://eid.ice.gov/x"\n', id="string-constant"),
        pytest.param('def f(x):\n    return f"https://eid.ice.gov/{x}"\n', id="f-string"),
        pytest.param('headers = {"X-Enforcement-Case": 1}\n', id="dict-key-string"),
    ],
)
def test_code_carries_a_signal(source: str) -> None:
    assert compute_facts(source, DEFAULT).signal is True


@pytest.mark.parametrize(
    "source",
    [
        pytest.param('"""Sends referrals to ICE (https://eid.ice.gov)."""\nTIMEOUT = 20\n', id="module-docstring"),
        pytest.param('def send(body):\n    """Posts to the ICE EID intake API."""\n    return body\n', id="function-docstring"),
        pytest.param('class Client:\n    """The DHS client."""\n    timeout = 20\n', id="class-docstring"),
        pytest.param('TIMEOUT = 20\n"""Seconds to wait for ICE; see https://eid.ice.gov."""\n', id="attribute-docstring"),
        pytest.param("TIMEOUT = 20  # ICE asks for 20 seconds, see eid.ice.gov\n# ICE_URL is in settings\n", id="comments"),
        pytest.param("notice = device = service = slice_ = 1\nNOTICE = Juice = DHIS2 = 2\n", id="words-that-contain-a-token"),
        pytest.param('URL = "https://www.medicaid.gov/api"\n', id="other-host"),
    ],
)
def test_prose_and_other_words_carry_no_signal(source: str) -> None:
    assert compute_facts(source, DEFAULT).signal is False


def test_host_alone_is_a_signal() -> None:
    """A configured enforcement host in a string is a signal even when no token is (the tokens
    here do not include ``ice``)."""
    config = Config.from_options(enforcement_tokens=["deportation"])
    assert compute_facts('URL = "https://EID.ICE.GOV/api"\n', config).signal is True
    assert compute_facts('URL = "https://eid.example.gov/api"\n', config).signal is False


def test_host_pattern_with_an_inner_wildcard_is_a_signal() -> None:
    config = Config.from_options(extend_enforcement_hosts=["intake-*.example.gov"])
    assert compute_facts('URL = "https://intake-east.example.gov/api"\n', config).signal is True


@pytest.mark.parametrize("comment", ["# medicaid-scope: enforcement", "# MEDICAID-SCOPE: Enforcement"])
def test_pragma_comment_is_a_signal(comment: str) -> None:
    source = f"import requests\n\n\ndef push(url, body):\n    requests.post(url, json=body)  {comment}\n"
    assert compute_facts(source, DEFAULT).signal is True


def test_configured_sink_last_name_is_a_signal() -> None:
    source = "from agency import transfer\n\n\ndef forward(body):\n    transfer.send(body)\n"
    assert compute_facts(source, DEFAULT).signal is False
    assert compute_facts(source, Config.from_options(sinks=["agency.transfer.send"])).signal is True


def test_configured_sink_imported_under_an_alias_is_a_signal() -> None:
    source = "from agency.transfer import send as ship\n\n\ndef forward(body):\n    ship(body)\n"
    assert compute_facts(source, Config.from_options(sinks=["agency.transfer.send"])).signal is True


@pytest.mark.parametrize(
    "source",
    [
        pytest.param("import requests\nfrom vendor.settings import ICE_URL as TARGET\n\n\ndef f(b):\n    requests.post(TARGET, json=b)\n", id="aliased-name"),
        pytest.param("import requests\nimport vendor.ice_settings as conf\n\n\ndef f(b):\n    requests.post(conf.URL, json=b)\n", id="module-path"),
    ],
)
def test_enforcement_name_in_an_aliased_import_is_a_signal(source: str) -> None:
    assert compute_facts(source, DEFAULT).signal is True


def test_imports_are_listed() -> None:
    source = textwrap.dedent(
        """
        import os
        import pkg.sub as alias, json
        from pkg.mod import thing as other, more
        from . import sibling
        from .. import parent_thing
        from .rel.mod import name
        from ..up import *


        def later():
            import lazy.mod
            return lazy.mod
        """
    )
    facts = compute_facts(source, DEFAULT)
    assert facts.signal is False
    assert set(facts.imports) == {
        "os", "pkg.sub", "json", "pkg.mod", "pkg.mod.thing", "pkg.mod.more",
        ".", ".sibling", "..", "..parent_thing", ".rel.mod", ".rel.mod.name", "..up", "lazy.mod",
    }
    assert len(facts.imports) == len(set(facts.imports))


def test_source_that_does_not_parse_has_no_facts() -> None:
    assert compute_facts("def broken(:\n    ICE_URL = 1\n", DEFAULT) == ModuleFacts(False, ())


def test_fingerprint_follows_what_decides_a_signal(monkeypatch: pytest.MonkeyPatch) -> None:
    base = fingerprint(DEFAULT)
    assert fingerprint(Config.default()) == base
    assert fingerprint(Config.from_options(extend_enforcement_tokens=["removal"])) != base
    assert fingerprint(Config.from_options(extend_enforcement_hosts=["*.example-enforce.org"])) != base
    assert fingerprint(Config.from_options(sinks=["agency.transfer.send"])) != base
    monkeypatch.setattr(flake8_medicaid_scope, "__version__", "0.0.0+other")
    assert fingerprint(DEFAULT) != base


def test_an_entry_of_another_configuration_is_not_used(tmp_path: Path) -> None:
    """The same module under a configuration that makes ``partner`` a token: not the answer the
    default configuration cached."""
    module = tmp_path / "client.py"
    module.write_text('PARTNER_URL = "https://partners.example.org/api"\n', encoding="utf-8")
    folder = tmp_path / "cache"
    assert FactsCache(folder, DEFAULT).facts(module) == ModuleFacts(False, ())
    wider = Config.from_options(extend_enforcement_tokens=["partner"])
    assert FactsCache(folder, wider).facts(module) == ModuleFacts(True, ())
    assert len(entries(folder)) == 2


def test_unreadable_module_has_no_facts(tmp_path: Path) -> None:
    assert FactsCache(tmp_path / "cache", DEFAULT).facts(tmp_path / "missing.py") is None
    assert not (tmp_path / "cache").exists()


# --- the cache folder -------------------------------------------------------------------


def test_cache_folder_at_the_project_root_with_its_gitignore(tmp_path: Path) -> None:
    root = referral_project(tmp_path / "proj")
    assert lint(root / "referrals" / "jobs.py") == [(JOB_SSN_LINE, "MCD101")]
    folder = root / CACHE_DIR
    assert folder.is_dir() and not folder.is_symlink()
    assert "*" in (folder / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert not (root / "referrals" / CACHE_DIR).exists()
    found = entries(folder)
    assert found, "no entry written"
    raws = [assert_valid_entry(path) for path in found]
    assert any(raw["signal"] is True for raw in raws)  # the client's
    client = next(raw for raw in raws if raw["digest"] == digest_of(root / "referrals" / "client.py"))
    assert client["signal"] is True and "requests" in client["imports"]
    for path in found:
        assert b"pickle" not in path.read_bytes() and path.read_bytes()[:1] == b"{"


def test_folder_holds_nothing_but_entries_and_gitignore(tmp_path: Path) -> None:
    root = referral_project(tmp_path / "proj")
    lint(root / "referrals" / "jobs.py")
    names = {p.name for p in (root / CACHE_DIR).iterdir()}
    assert ".gitignore" in names
    assert all(n == ".gitignore" or (n.endswith(".json") and not n.startswith(".tmp-")) for n in names), names


# --- never stale ------------------------------------------------------------------------


def test_never_stale_after_an_edit(tmp_path: Path) -> None:
    root = referral_project(tmp_path / "proj", CLIENT_BEFORE)
    job = root / "referrals" / "jobs.py"
    assert not prefilter.may_matter(job.read_text(encoding="utf-8"), DEFAULT)

    before = analysis.parse_count
    assert lint(job) == []
    assert analysis.parse_count == before, "a job whose imports hold no signal was parsed"

    (root / "referrals" / "client.py").write_text(CLIENT_AFTER.lstrip("\n"), encoding="utf-8")
    findings = analyze(job.read_text(encoding="utf-8"), DEFAULT, filename=str(job))
    assert analysis.parse_count > before, "the job was not analyzed after its import changed"
    assert [(f.line, f.code) for f in findings] == [(JOB_SSN_LINE, "MCD101")]
    assert "'ssn'" in findings[0].message and "https://eid.ice.gov/api/v1/referrals" in findings[0].message


def test_never_stale_after_an_edit_in_a_new_process(tmp_path: Path, fresh_process: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """The entry written before the edit stays on disk; the next run (a new process) must not use it."""
    root = referral_project(tmp_path / "proj", CLIENT_BEFORE)
    job = root / "referrals" / "jobs.py"
    assert lint(job) == []
    stale = {p.name for p in entries(root / CACHE_DIR)}
    (root / "referrals" / "client.py").write_text(CLIENT_AFTER.lstrip("\n"), encoding="utf-8")
    monkeypatch.setattr(prefilter, "_facts_caches", {})
    assert lint(job) == [(JOB_SSN_LINE, "MCD101")]
    assert {p.name for p in entries(root / CACHE_DIR)} > stale  # the edited client has its own entry


def test_edit_back_to_clean_is_clean_again(tmp_path: Path) -> None:
    root = referral_project(tmp_path / "proj", CLIENT_BEFORE)
    job, client = root / "referrals" / "jobs.py", root / "referrals" / "client.py"
    assert lint(job) == []
    client.write_text(CLIENT_AFTER.lstrip("\n"), encoding="utf-8")
    assert lint(job) == [(JOB_SSN_LINE, "MCD101")]
    client.write_text(CLIENT_BEFORE.lstrip("\n") + "\n", encoding="utf-8")
    assert lint(job) == []


SERVICE = '''
from referrals.client import submit_referral


def forward(body):
    return submit_referral(body)
'''

JOB_THROUGH_SERVICE = JOB.replace("from referrals.client import submit_referral", "from referrals.service import forward").replace(
    "return submit_referral(body)", "return forward(body)"
)


def test_never_stale_after_an_edit_two_imports_away(tmp_path: Path) -> None:
    root = make_project(tmp_path / "proj", {
        "referrals/__init__.py": "", "referrals/client.py": CLIENT_BEFORE, "referrals/service.py": SERVICE, "referrals/jobs.py": JOB_THROUGH_SERVICE,
    })
    job = root / "referrals" / "jobs.py"
    assert lint(job) == []
    (root / "referrals" / "client.py").write_text(CLIENT_AFTER.lstrip("\n"), encoding="utf-8")
    assert lint(job) == [(JOB_SSN_LINE, "MCD101")]


def test_never_stale_after_an_edit_of_the_same_size_and_time(tmp_path: Path) -> None:
    quiet = CLIENT_AFTER.replace("eid.ice.gov", "eid.xyz.org")
    assert len(quiet) == len(CLIENT_AFTER)
    root = referral_project(tmp_path / "proj", quiet)
    job, client = root / "referrals" / "jobs.py", root / "referrals" / "client.py"
    assert lint(job) == []
    info = client.stat()
    client.write_text(CLIENT_AFTER.lstrip("\n"), encoding="utf-8")
    os.utime(client, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert lint(job) == [(JOB_SSN_LINE, "MCD101")]


# --- corrupt and foreign entries --------------------------------------------------------


def _junk(kind: str, good: dict[str, object], text: str) -> bytes:
    """An entry that must not be trusted; where it could be, it says 'no signal' (the wrong answer)."""
    lie = dict(good, signal=False, imports=[])
    return {
        "empty": b"",
        "corrupt": b'{"schema": 2, "digest": ]]',
        "truncated": text.encode()[: len(text) // 2],
        "non-json": b"\x80\x81\xfe\xff not json at all",
        "not-a-dict": json.dumps([lie]).encode(),
        "wrong-schema": json.dumps(dict(lie, schema=SCHEMA + 1)).encode(),
        "no-schema": json.dumps({k: v for k, v in lie.items() if k != "schema"}).encode(),
        "wrong-digest": json.dumps(dict(lie, digest="0" * 64)).encode(),
        "signal-not-bool": json.dumps(dict(lie, signal=0)).encode(),
        "imports-not-list": json.dumps(dict(lie, imports="referrals.client")).encode(),
        "imports-not-str": json.dumps(dict(lie, imports=[1])).encode(),
        "utf16": json.dumps(lie).encode("utf-16"),
    }[kind]


JUNK_KINDS = [
    "empty", "corrupt", "truncated", "non-json", "not-a-dict", "wrong-schema", "no-schema", "wrong-digest",
    "signal-not-bool", "imports-not-list", "imports-not-str", "utf16",
]


@pytest.mark.parametrize("kind", JUNK_KINDS)
def test_bad_entry_is_ignored_and_rebuilt(tmp_path: Path, kind: str) -> None:
    module = tmp_path / "client.py"
    module.write_text(CLIENT_AFTER, encoding="utf-8")
    folder = tmp_path / "cache"
    assert FactsCache(folder, DEFAULT).facts(module) == ModuleFacts(True, ("requests", "requests.post"))
    [entry] = entries(folder)
    text = entry.read_text(encoding="utf-8")
    good = assert_valid_entry(entry)
    assert good["signal"] is True
    entry.write_bytes(_junk(kind, good, text))
    assert FactsCache(folder, DEFAULT).facts(module) == ModuleFacts(True, ("requests", "requests.post"))
    assert assert_valid_entry(entry) == good


@pytest.mark.parametrize("kind", JUNK_KINDS)
def test_every_entry_junk_then_the_same_findings(tmp_path: Path, fresh_process: None, monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    root = make_project(tmp_path / "proj", {
        "referrals/__init__.py": "", "referrals/client.py": CLIENT_AFTER, "referrals/service.py": SERVICE, "referrals/jobs.py": JOB_THROUGH_SERVICE,
    })
    job = root / "referrals" / "jobs.py"
    assert lint(job) == [(JOB_SSN_LINE, "MCD101")]
    folder = root / CACHE_DIR
    found = entries(folder)
    assert len(found) >= 1  # the client (a module with no signal even in its text needs no entry)
    originals = {p.name: assert_valid_entry(p) for p in found}
    for path in found:
        path.write_bytes(_junk(kind, originals[path.name], path.read_text(encoding="utf-8")))
    monkeypatch.setattr(prefilter, "_facts_caches", {})
    monkeypatch.setattr(analysis, "_parsed", {})
    assert lint(job) == [(JOB_SSN_LINE, "MCD101")]
    assert {p.name: assert_valid_entry(p) for p in entries(folder)} == originals


def test_entry_of_a_folder_is_ignored(tmp_path: Path) -> None:
    module = tmp_path / "client.py"
    module.write_text(CLIENT_AFTER, encoding="utf-8")
    folder = tmp_path / "cache"
    folder.mkdir()
    (entry_path(folder, digest_of(module))).mkdir()
    assert FactsCache(folder, DEFAULT).facts(module) == ModuleFacts(True, ("requests", "requests.post"))
    assert not [p for p in folder.iterdir() if p.name.startswith(".tmp-")]


_FIFO_READ = """
import sys
from pathlib import Path
from flake8_medicaid_scope import Config
from flake8_medicaid_scope.facts import FactsCache
print(FactsCache(Path(sys.argv[1]), Config.default()).facts(Path(sys.argv[2])).signal)
"""


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_named_pipe_planted_as_an_entry_does_not_hang(tmp_path: Path) -> None:
    module = tmp_path / "client.py"
    module.write_text(CLIENT_AFTER, encoding="utf-8")
    folder = tmp_path / "cache"
    folder.mkdir()
    os.mkfifo(entry_path(folder, digest_of(module)))
    try:
        result = subprocess.run([sys.executable, "-c", _FIFO_READ, str(folder), str(module)], capture_output=True, text=True, timeout=6)
    except subprocess.TimeoutExpired:
        pytest.fail("reading the cache blocked on a named pipe")
    assert result.stdout.strip() == "True", result.stderr


# --- symbolic links ---------------------------------------------------------------------


def _forged(digest: str) -> str:
    return json.dumps({"schema": SCHEMA, "digest": digest, "signal": False, "imports": []})


def test_link_planted_as_an_entry_is_neither_read_nor_written_through(tmp_path: Path) -> None:
    module = tmp_path / "client.py"
    module.write_text(CLIENT_AFTER, encoding="utf-8")
    folder = tmp_path / "cache"
    assert FactsCache(folder, DEFAULT).facts(module) == ModuleFacts(True, ("requests", "requests.post"))
    [entry] = entries(folder)
    digest = assert_valid_entry(entry)["digest"]
    assert isinstance(digest, str)
    outside = tmp_path / "outside.json"
    outside.write_text(_forged(digest), encoding="utf-8")
    entry.unlink()
    entry.symlink_to(outside)
    assert FactsCache(folder, DEFAULT).facts(module) == ModuleFacts(True, ("requests", "requests.post")), "the forged entry was read through the link"
    assert outside.read_text(encoding="utf-8") == _forged(digest), "the entry was written through the link"


def test_dangling_link_planted_as_an_entry_is_not_written_through(tmp_path: Path) -> None:
    module = tmp_path / "client.py"
    module.write_text(CLIENT_AFTER, encoding="utf-8")
    folder = tmp_path / "cache"
    folder.mkdir()
    target = tmp_path / "elsewhere" / "planted.json"
    target.parent.mkdir()
    (entry_path(folder, digest_of(module))).symlink_to(target)
    assert FactsCache(folder, DEFAULT).facts(module) == ModuleFacts(True, ("requests", "requests.post"))
    assert not target.exists(), "the entry was written through the link"


def test_link_planted_as_gitignore_is_not_written_through(tmp_path: Path) -> None:
    module = tmp_path / "client.py"
    module.write_text(CLIENT_AFTER, encoding="utf-8")
    folder = tmp_path / "cache"
    folder.mkdir()
    target = tmp_path / "precious.txt"
    target.write_text("keep me\n", encoding="utf-8")
    (folder / ".gitignore").symlink_to(target)
    FactsCache(folder, DEFAULT).facts(module)
    assert target.read_text(encoding="utf-8") == "keep me\n"
    missing = tmp_path / "missing.txt"
    (folder / ".gitignore").unlink()
    (folder / ".gitignore").symlink_to(missing)
    module.write_text(CLIENT_BEFORE, encoding="utf-8")
    FactsCache(folder, DEFAULT).facts(module)
    assert not missing.exists()


def test_cache_folder_that_is_a_link_is_not_written(tmp_path: Path) -> None:
    root = referral_project(tmp_path / "proj")
    target = tmp_path / "elsewhere"
    target.mkdir()
    (root / CACHE_DIR).symlink_to(target, target_is_directory=True)
    assert lint(root / "referrals" / "jobs.py") == [(JOB_SSN_LINE, "MCD101")]
    assert list(target.iterdir()) == []
    assert (root / CACHE_DIR).is_symlink()


def test_cache_folder_that_is_a_link_is_not_read(tmp_path: Path) -> None:
    root = referral_project(tmp_path / "proj")
    target = tmp_path / "elsewhere"
    target.mkdir()
    digest = digest_of(root / "referrals" / "client.py")
    entry_path(target, digest).write_text(_forged(digest), encoding="utf-8")
    (root / CACHE_DIR).symlink_to(target, target_is_directory=True)
    assert lint(root / "referrals" / "jobs.py") == [(JOB_SSN_LINE, "MCD101")]


# --- options ----------------------------------------------------------------------------


def test_no_cache_writes_nothing(tmp_path: Path) -> None:
    root = referral_project(tmp_path / "proj")
    before = snapshot(tmp_path)
    config = Config.from_options(cache=False)
    assert lint(root / "referrals" / "jobs.py", config) == [(JOB_SSN_LINE, "MCD101")]
    assert snapshot(tmp_path) == before


def test_no_cache_still_sees_imports(tmp_path: Path) -> None:
    root = referral_project(tmp_path / "proj", CLIENT_BEFORE)
    config = Config.from_options(cache=False)
    assert lint(root / "referrals" / "jobs.py", config) == []
    (root / "referrals" / "client.py").write_text(CLIENT_AFTER, encoding="utf-8")
    assert lint(root / "referrals" / "jobs.py", config) == [(JOB_SSN_LINE, "MCD101")]
    assert not (root / CACHE_DIR).exists()


def test_cache_dir_elsewhere(tmp_path: Path) -> None:
    root = referral_project(tmp_path / "proj")
    elsewhere = tmp_path / "elsewhere"
    config = Config.from_options(cache_dir=str(elsewhere))
    assert lint(root / "referrals" / "jobs.py", config) == [(JOB_SSN_LINE, "MCD101")]
    assert not (root / CACHE_DIR).exists()
    assert (elsewhere / ".gitignore").is_file()
    found = entries(elsewhere)
    assert found and all(assert_valid_entry(p) for p in found)
    assert any(assert_valid_entry(p)["digest"] == digest_of(root / "referrals" / "client.py") for p in found)


def test_cache_dir_that_is_a_file_is_a_config_error(tmp_path: Path) -> None:
    taken = tmp_path / "taken"
    taken.write_text("not a folder\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="--medicaid-cache-dir"):
        Config.from_options(cache_dir=str(taken))


# --- concurrent writers -----------------------------------------------------------------


def _thirty_modules(folder: Path) -> list[Path]:
    paths = []
    for number in range(30):
        path = folder / f"mod{number:02d}.py"
        if number % 3 == 0:
            body = f'import requests\nURL = "https://eid.ice.gov/api/{number}"\n\n\ndef send(b):\n    requests.post(URL, json=b)\n'
        else:
            body = f"from . import mod{(number + 1) % 30:02d}\nVALUE = {number}\n\n\ndef helper(x):\n    return x + VALUE\n"
        path.write_text(body, encoding="utf-8")
        paths.append(path)
    return paths


def _facts_worker(folder: str, paths: list[str], barrier: object, rounds: int = 3) -> None:
    """Compute the facts of every module with a cache of its own (a flake8 -j worker), all at once."""
    barrier.wait()  # type: ignore[attr-defined]
    for turn in range(rounds):
        cache = FactsCache(Path(folder), Config.default())
        order = paths if turn % 2 == 0 else list(reversed(paths))
        for path in order:
            facts = cache.facts(Path(path))
            assert facts is not None and facts.signal is (int(Path(path).stem[3:]) % 3 == 0)


def _check_concurrent_result(folder: Path, paths: list[Path]) -> None:
    names = [p.name for p in folder.iterdir()]
    assert not [n for n in names if n.startswith(".tmp-")], names
    found = entries(folder)
    assert len(found) == 30
    by_digest = {assert_valid_entry(p)["digest"]: p for p in found}
    for path in paths:
        raw = assert_valid_entry(by_digest[digest_of(path)])
        assert raw["signal"] is (int(path.stem[3:]) % 3 == 0)
    assert "*" in (folder / ".gitignore").read_text(encoding="utf-8").splitlines()


def test_concurrent_writers_threads(tmp_path: Path) -> None:
    paths = _thirty_modules(tmp_path)
    folder = tmp_path / "proj" / CACHE_DIR
    barrier = threading.Barrier(8)
    errors: list[BaseException] = []

    def work() -> None:
        try:
            _facts_worker(str(folder), [str(p) for p in paths], barrier)
        except Exception as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors
    _check_concurrent_result(folder, paths)


def test_concurrent_writers_processes(tmp_path: Path) -> None:
    paths = _thirty_modules(tmp_path)
    folder = tmp_path / "proj" / CACHE_DIR
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(8)
    workers = [context.Process(target=_facts_worker, args=(str(folder), [str(p) for p in paths], barrier)) for _ in range(8)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=180)
    assert [w.exitcode for w in workers] == [0] * 8
    _check_concurrent_result(folder, paths)


# --- through flake8 ---------------------------------------------------------------------


def flake8(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "flake8", "--select=MCD", *args], cwd=cwd, capture_output=True, text=True, timeout=180)


def test_flake8_default_creates_the_cache(tmp_path: Path) -> None:
    root = referral_project(tmp_path / "proj")
    result = flake8(root, "referrals/jobs.py")
    assert result.returncode == 1, result.stderr
    assert result.stdout.startswith(f"referrals/jobs.py:{JOB_SSN_LINE}:"), result.stdout
    assert " MCD101 'ssn'" in result.stdout
    assert (root / CACHE_DIR / ".gitignore").is_file()
    assert all(assert_valid_entry(p) for p in entries(root / CACHE_DIR))
    assert entries(root / CACHE_DIR)


def test_flake8_no_cache_leaves_no_folder(tmp_path: Path) -> None:
    root = referral_project(tmp_path / "proj")
    before = snapshot(tmp_path)
    result = flake8(root, "--medicaid-no-cache", "referrals/jobs.py")
    assert result.returncode == 1, result.stderr
    assert f"referrals/jobs.py:{JOB_SSN_LINE}:" in result.stdout
    assert not (root / CACHE_DIR).exists()
    assert snapshot(tmp_path) == before


def test_flake8_cache_dir_option(tmp_path: Path) -> None:
    root = referral_project(tmp_path / "proj")
    elsewhere = tmp_path / "elsewhere"
    result = flake8(root, f"--medicaid-cache-dir={elsewhere}", "referrals/jobs.py")
    assert result.returncode == 1, result.stderr
    assert not (root / CACHE_DIR).exists()
    assert entries(elsewhere)


def test_flake8_cache_dir_that_is_a_file(tmp_path: Path) -> None:
    root = referral_project(tmp_path / "proj")
    taken = tmp_path / "taken"
    taken.write_text("x\n", encoding="utf-8")
    result = flake8(root, f"--medicaid-cache-dir={taken}", "referrals/jobs.py")
    assert result.returncode == 2
    assert "--medicaid-cache-dir" in result.stderr and result.stdout == ""


def test_flake8_runs_never_stale(tmp_path: Path) -> None:
    """Two flake8 runs with the on-disk cache between them: the edit between the runs is seen."""
    root = referral_project(tmp_path / "proj", CLIENT_BEFORE)
    first = flake8(root, "referrals/jobs.py")
    assert first.returncode == 0 and first.stdout == "", first.stdout + first.stderr
    assert entries(root / CACHE_DIR)
    (root / "referrals" / "client.py").write_text(CLIENT_AFTER.lstrip("\n"), encoding="utf-8")
    second = flake8(root, "referrals/jobs.py")
    assert second.returncode == 1, second.stderr
    assert second.stdout.startswith(f"referrals/jobs.py:{JOB_SSN_LINE}:")


def test_flake8_parallel_workers_share_the_cache(tmp_path: Path) -> None:
    files = {"referrals/__init__.py": "", "referrals/client.py": CLIENT_AFTER}
    for number in range(12):
        files[f"referrals/job{number:02d}.py"] = JOB
    root = make_project(tmp_path / "proj", files)
    result = flake8(root, "-j4", "referrals")
    assert result.returncode == 1, result.stderr
    reported = sorted(line.split(":", 1)[0] for line in result.stdout.splitlines())
    assert reported == [f"referrals/job{number:02d}.py" for number in range(12)]
    folder = root / CACHE_DIR
    assert not [p for p in folder.iterdir() if p.name.startswith(".tmp-")]
    assert all(assert_valid_entry(p) for p in entries(folder))
