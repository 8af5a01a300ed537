"""The persistent cache of linted files' results (results.py, issue 6, "a persistent cache").

A file whose source, configuration and everything it read of the project are unchanged is
answered from its entry without a parse; an edit of the file, of any module it reached, or a
module added where an import resolved nowhere, is analyzed again (never stale). Entries are
plain JSON of one shape; anything else is ignored and rebuilt; a result cut short is never
kept. Every project is built under ``tmp_path``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_facts import CLIENT_AFTER, CLIENT_BEFORE, JOB, JOB_SSN_LINE, lint, make_project, referral_project

import flake8_medicaid_scope.analysis as analysis
from flake8_medicaid_scope import Config, analyze
from flake8_medicaid_scope.facts import CACHE_DIR
from flake8_medicaid_scope.findings import Finding
from flake8_medicaid_scope.flow.project import Project
from flake8_medicaid_scope.prefilter import end_session, start_session
from flake8_medicaid_scope.results import SCHEMA, ResultsCache

DEFAULT = Config.default()


def results(folder: Path) -> list[Path]:
    return sorted(folder.glob("r-*.json"))


def parses_of(path: Path, config: Config = DEFAULT) -> tuple[list[tuple[int, str]], int]:
    """The findings of ``path`` and how many libcst parses they took."""
    before = analysis.parse_count
    found = lint(path, config)
    return found, analysis.parse_count - before


def test_unchanged_file_is_answered_without_a_parse(tmp_path: Path, fresh_process: None) -> None:
    root = referral_project(tmp_path / "proj")
    job = root / "referrals" / "jobs.py"
    assert parses_of(job)[0] == [(JOB_SSN_LINE, "MCD101")]
    entry = results(root / CACHE_DIR)
    assert len(entry) == 1
    found, parses = parses_of(job)
    assert found == [(JOB_SSN_LINE, "MCD101")] and parses == 0


def test_message_and_trace_come_back_the_same(tmp_path: Path, fresh_process: None) -> None:
    root = referral_project(tmp_path / "proj")
    job = root / "referrals" / "jobs.py"
    first = analyze(job.read_text(encoding="utf-8"), DEFAULT, filename=str(job))
    second = analyze(job.read_text(encoding="utf-8"), DEFAULT, filename=str(job))
    assert first == second
    assert [(f.message, f.trace) for f in first] == [(f.message, f.trace) for f in second]
    assert first[0].trace, "the path behind the finding was not kept"


def test_edit_of_the_file_is_analyzed_again(tmp_path: Path, fresh_process: None) -> None:
    root = referral_project(tmp_path / "proj")
    job = root / "referrals" / "jobs.py"
    lint(job)
    job.write_text(job.read_text(encoding="utf-8").replace('"ssn": member.ssn,', '"dob": member.dob,'), encoding="utf-8")
    found, parses = parses_of(job)
    assert found == [] and parses >= 1
    assert len(results(root / CACHE_DIR)) == 1, "one entry per linted file, overwritten on an edit"


def test_edit_of_an_imported_module_is_never_stale(tmp_path: Path, fresh_process: None, monkeypatch: pytest.MonkeyPatch) -> None:
    root = referral_project(tmp_path / "proj")
    job = root / "referrals" / "jobs.py"
    assert lint(job) == [(JOB_SSN_LINE, "MCD101")]
    client = root / "referrals" / "client.py"
    client.write_text(client.read_text(encoding="utf-8").replace("https://eid.ice.gov/api/v1/referrals", "https://partners.example.org/x"), encoding="utf-8")
    monkeypatch.setattr(analysis, "_parsed", {})  # a new run
    assert lint(job) == []


def test_module_added_where_an_import_resolved_nowhere(tmp_path: Path, fresh_process: None) -> None:
    root = make_project(tmp_path / "proj", {
        "agency/__init__.py": "",
        "agency/job.py": '''
            import requests
            from agency.targets import INTAKE_URL


            def send(m):
                requests.post(INTAKE_URL, json={"ssn": m.ssn})  # no enforcement signal while INTAKE_URL is unknown
            ''',
        "agency/ice_notes.py": "# mentions ice: the job's folder holds a signal\n",
    })
    job = root / "agency" / "job.py"
    assert lint(job) == []
    (root / "agency" / "targets.py").write_text('INTAKE_URL = "https://eid.ice.gov/api/v1/referrals"\n', encoding="utf-8")
    assert lint(job) == [(6, "MCD101")]


def test_another_configuration_has_its_own_entry(tmp_path: Path, fresh_process: None) -> None:
    root = referral_project(tmp_path / "proj", CLIENT_BEFORE)
    job = root / "referrals" / "jobs.py"
    assert lint(job) == []
    partner = Config.from_options(extend_enforcement_hosts=["partners.example.org"])
    assert lint(job, partner) == [(JOB_SSN_LINE, "MCD101")]
    assert len(results(root / CACHE_DIR)) == 1  # the default run skipped the job before any analysis
    assert lint(job) == []
    assert parses_of(job, partner) == ([(JOB_SSN_LINE, "MCD101")], 0)


def test_policy_file_edit_is_never_stale(tmp_path: Path, fresh_process: None) -> None:
    root = referral_project(tmp_path / "proj")
    job = root / "referrals" / "jobs.py"
    policy = tmp_path / "policy.json"
    policy.write_text((Path(analysis.__file__).parent / "data" / "policy.json").read_text(encoding="utf-8"), encoding="utf-8")
    config = Config.from_options(policy=str(policy))
    first = analyze(job.read_text(encoding="utf-8"), config, filename=str(job))
    assert [f.code for f in first] == ["MCD101"]
    data = json.loads(policy.read_text(encoding="utf-8"))
    text = json.dumps(data).replace("drop it", "remove the field")
    assert text != json.dumps(data), "the shipped policy's wording changed: pick another phrase"
    policy.write_text(text, encoding="utf-8")
    again = analyze(job.read_text(encoding="utf-8"), Config.from_options(policy=str(policy)), filename=str(job))
    assert "remove the field" in again[0].message


@pytest.mark.parametrize(
    "junk",
    [
        pytest.param(b"", id="empty"),
        pytest.param(b"{not json", id="truncated"),
        pytest.param(b"\xff\xfe\x00", id="binary"),
        pytest.param(b"[]", id="list"),
        pytest.param(b'{"schema": 1}', id="missing-fields"),
        pytest.param(b"[" * 100_000, id="deep-nesting"),
    ],
)
def test_junk_entry_is_ignored_and_rebuilt(tmp_path: Path, fresh_process: None, junk: bytes) -> None:
    root = referral_project(tmp_path / "proj")
    job = root / "referrals" / "jobs.py"
    lint(job)
    (entry,) = results(root / CACHE_DIR)
    entry.write_bytes(junk)
    found, parses = parses_of(job)
    assert found == [(JOB_SSN_LINE, "MCD101")] and parses >= 1
    assert json.loads(entry.read_text(encoding="utf-8"))["schema"] == SCHEMA


def _forge(entry: Path, change: "dict[str, object]") -> None:
    raw = json.loads(entry.read_text(encoding="utf-8"))
    raw.update(change)
    entry.write_text(json.dumps(raw), encoding="utf-8")


@pytest.mark.parametrize(
    "change",
    [
        pytest.param({"findings": []}, id="findings-erased-but-source-digest-of-another-text"),
        pytest.param({"findings": [[1, 0, "E999", "E999 x", []]]}, id="foreign-code"),
        pytest.param({"findings": [[0, 0, "MCD101", "MCD101 x", []]]}, id="line-zero"),
        pytest.param({"findings": [["1", 0, "MCD101", "MCD101 x", []]]}, id="line-not-int"),
        pytest.param({"findings": [[1, 0, "MCD101", "some other text", []]]}, id="message-of-another-code"),
        pytest.param({"findings": [[1, 0, "MCD101", "MCD101 x", [[1, 0, "x"]]]]}, id="short-step"),
        pytest.param({"modules": [["/nonexistent/module.py", "0" * 64, None]]}, id="module-gone"),
        pytest.param({"modules": [["/nonexistent/module.py", "0" * 64]]}, id="module-of-the-old-shape"),
        pytest.param({"package": "elsewhere"}, id="package-of-the-file-otherwise"),
        pytest.param({"lookups": [["referrals.client", None]]}, id="lookup-answered-otherwise"),
        pytest.param({"key": "0" * 64}, id="other-configuration"),
        pytest.param({"schema": SCHEMA + 1}, id="other-schema"),
        pytest.param({"roots": ["/elsewhere"]}, id="other-roots"),
    ],
)
def test_forged_or_foreign_entry_is_not_trusted(tmp_path: Path, fresh_process: None, change: "dict[str, object]") -> None:
    root = referral_project(tmp_path / "proj")
    job = root / "referrals" / "jobs.py"
    lint(job)
    (entry,) = results(root / CACHE_DIR)
    if "findings" in change and change["findings"] == []:
        change = {**change, "source": "0" * 64}
    _forge(entry, change)
    found, parses = parses_of(job)
    assert found == [(JOB_SSN_LINE, "MCD101")] and parses >= 1


def test_result_cut_short_is_not_kept(tmp_path: Path) -> None:
    root = referral_project(tmp_path / "proj")
    job = root / "referrals" / "jobs.py"
    project = Project.for_file(str(job), lambda path, proj: None)
    assert project is not None
    cache = ResultsCache(root / CACHE_DIR, DEFAULT)
    cut = [Finding(1, 0, "MCD901", "MCD901 cut short")]
    cache.put(str(job), job.read_text(encoding="utf-8"), project, cut)
    assert results(root / CACHE_DIR) == []
    cache.put(str(job), job.read_text(encoding="utf-8"), project, [])
    assert len(results(root / CACHE_DIR)) == 1
    project.deadline = 0.0  # the time budget ran out
    cache.put(str(job), "changed", project, [])
    assert cache.get(str(job), "changed", project) is None


def test_no_cache_keeps_no_results(tmp_path: Path, fresh_process: None) -> None:
    root = referral_project(tmp_path / "proj")
    job = root / "referrals" / "jobs.py"
    config = Config.from_options(cache=False)
    assert parses_of(job, config)[0] == [(JOB_SSN_LINE, "MCD101")]
    assert not (root / CACHE_DIR).exists()
    assert parses_of(job, config)[1] >= 1


def test_cache_folder_that_is_a_link_keeps_no_results(tmp_path: Path, fresh_process: None) -> None:
    root = referral_project(tmp_path / "proj")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    os.symlink(elsewhere, root / CACHE_DIR)
    assert lint(root / "referrals" / "jobs.py") == [(JOB_SSN_LINE, "MCD101")]
    assert list(elsewhere.iterdir()) == []


def test_entry_planted_as_a_link_is_not_followed(tmp_path: Path, fresh_process: None) -> None:
    root = referral_project(tmp_path / "proj")
    job = root / "referrals" / "jobs.py"
    lint(job)
    (entry,) = results(root / CACHE_DIR)
    outside = tmp_path / "outside.json"
    outside.write_text(entry.read_text(encoding="utf-8").replace('"findings":[[', '"findings":[[1,0,"MCD103","MCD103 planted",[]],['), encoding="utf-8")
    entry.unlink()
    os.symlink(outside, entry)
    before = outside.read_text(encoding="utf-8")
    assert lint(job) == [(JOB_SSN_LINE, "MCD101")]
    assert outside.read_text(encoding="utf-8") == before, "written through a link"
    assert not entry.is_symlink(), "the link was replaced by a plain entry"


def test_flake8_runs_use_and_refresh_the_results(tmp_path: Path) -> None:
    root = referral_project(tmp_path / "proj")

    def run() -> str:
        done = subprocess.run([sys.executable, "-m", "flake8", "--select=MCD", "referrals/"], cwd=root, capture_output=True, text=True, timeout=180)
        return done.stdout

    first = run()
    assert f"referrals/jobs.py:{JOB_SSN_LINE}:" in first and "MCD101" in first
    assert results(root / CACHE_DIR)
    assert run() == first
    client = root / "referrals" / "client.py"
    client.write_text(client.read_text(encoding="utf-8").replace("https://eid.ice.gov/api/v1/referrals", "https://partners.example.org/x"), encoding="utf-8")
    assert run() == ""


# --- what the review found: every dependency recorded, nothing trusted from elsewhere ------------


def test_a_star_import_expanded_for_another_file_is_a_dependency_of_this_one(tmp_path: Path, fresh_process: None) -> None:
    root = make_project(tmp_path / "proj", {
        "pkg/__init__.py": "",
        "pkg/settings.py": "TIMEOUT = 30\n",
        "pkg/conf.py": "from pkg.settings import *\n",
        "pkg/a.py": '''
            import requests
            from pkg.conf import TIMEOUT


            def ping():
                requests.get("https://eid.ice.gov/health", timeout=TIMEOUT)
            ''',
        "pkg/b.py": '''
            import requests
            from pkg.conf import URL  # ice


            def send(m):
                requests.post(URL, json={"ssn": m.ssn})
            ''',
    })
    a, b = root / "pkg" / "a.py", root / "pkg" / "b.py"
    assert lint(a) == [] and lint(b) == []
    (root / "pkg" / "settings.py").write_text('TIMEOUT = 30\nURL = "https://eid.ice.gov/x"\n', encoding="utf-8")
    analysis._parsed.clear()  # a new run
    assert lint(a) == [] and lint(b) == [(6, "MCD101")]


def test_an_init_added_beside_an_imported_module_is_never_stale(tmp_path: Path, fresh_process: None) -> None:
    # helpers.py at the project root: not in a package (a folder inside the project without __init__.py
    # is a namespace package, the root is not), so its relative import means nothing until the root
    # gets an __init__.py
    root = make_project(tmp_path / "proj", {
        "helpers.py": '''
            import requests
            from .settings import URL


            def push(body):
                requests.post(URL, json=body)
            ''',
        "settings.py": 'URL = "https://eid.ice.gov/x"\n',
        "app/__init__.py": "",
        "app/jobs.py": '''
            import helpers  # ice


            def run(m):
                helpers.push({"ssn": m.ssn})
            ''',
    })
    jobs = root / "app" / "jobs.py"
    before = lint(jobs, Config.from_options(cache=False))
    assert lint(jobs) == before
    (root / "__init__.py").write_text("", encoding="utf-8")
    analysis._parsed.clear()
    start_session()  # a new run: what was learned of the folders is forgotten
    end_session()
    after = lint(jobs, Config.from_options(cache=False))
    assert after != before, "the package changes what the relative import means"
    assert lint(jobs) == after


def test_entries_of_a_copied_or_committed_folder_are_never_read(tmp_path: Path, fresh_process: None) -> None:
    root = referral_project(tmp_path / "proj")
    job = root / "referrals" / "jobs.py"
    lint(job)
    (entry,) = results(root / CACHE_DIR)
    _forge(entry, {"findings": []})  # a forged entry that would silence the finding...
    planted = {p.name: p.read_bytes() for p in (root / CACHE_DIR).iterdir()}
    (root / CACHE_DIR).rename(tmp_path / "old")
    (root / CACHE_DIR).mkdir()  # ...committed and checked out again: a new folder with the same files
    for name, data in planted.items():
        (root / CACHE_DIR / name).write_bytes(data)
    found, parses = parses_of(job)
    assert found == [(JOB_SSN_LINE, "MCD101")] and parses >= 1


def test_a_file_reached_through_a_symlinked_folder_is_its_real_file(tmp_path: Path, fresh_process: None) -> None:
    job = '''
        import requests
        from .settings import URL  # ice


        def send(m):
            requests.post(URL, json={"ssn": m.ssn})
        '''
    root = make_project(tmp_path / "proj", {
        "releases/__init__.py": "",
        "releases/v1/__init__.py": "",
        "releases/v1/settings.py": 'URL = "https://eid.ice.gov/x"\n',
        "releases/v1/jobs.py": job,
        "releases/v2/__init__.py": "",
        "releases/v2/settings.py": 'URL = "https://portal.state.mn.us/x"\n',
        "releases/v2/jobs.py": job,
    })
    current = root / "current"
    current.symlink_to(root / "releases" / "v2", target_is_directory=True)
    assert lint(current / "jobs.py") == []
    current.unlink()
    current.symlink_to(root / "releases" / "v1", target_is_directory=True)
    analysis._parsed.clear()
    assert lint(current / "jobs.py") == [(6, "MCD101")]


def test_the_module_text_read_is_the_one_recorded(tmp_path: Path, fresh_process: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """An editor saves an imported module while the analysis runs: the entry must not pair the old
    text's findings with the new text's hash."""
    import flake8_medicaid_scope.flow.project as project

    root = make_project(tmp_path / "proj", {
        "referrals/__init__.py": "",
        "referrals/client.py": CLIENT_BEFORE,
        "referrals/jobs.py": JOB.replace("Nightly referral job", "Nightly referral job (ICE intake)"),
    })
    job = root / "referrals" / "jobs.py"
    client = root / "referrals" / "client.py"
    real = project.read_module

    def read_then_saved(path: Path, proj: object = None) -> "str | None":
        text = real(path, proj)  # type: ignore[arg-type]
        if path.name == "client.py":
            client.write_text(CLIENT_AFTER.lstrip("\n"), encoding="utf-8")
        return text

    monkeypatch.setattr(project, "read_module", read_then_saved)
    assert lint(job) == []  # what the analysis read: the partner's client
    monkeypatch.setattr(project, "read_module", real)
    analysis._parsed.clear()
    assert lint(job) == [(JOB_SSN_LINE, "MCD101")]


def test_another_interpreter_or_parser_has_its_own_key(monkeypatch: pytest.MonkeyPatch) -> None:
    import flake8_medicaid_scope.results as results_module

    first = results_module.config_key(DEFAULT)
    monkeypatch.setattr(results_module, "_runtime", lambda: "cpython 3.99 libcst 0")
    assert results_module.config_key(DEFAULT) != first
