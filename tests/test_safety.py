"""Safety (issue 9): linting never imports or runs the linted code, never opens a network
connection, never writes outside its cache folder; hostile configuration ends in a one-line error
naming the option (exit status 2), or is accepted and works where the value is legitimate."""

from __future__ import annotations

import copy
import hashlib
import json
import os
import socket
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from flake8_medicaid_scope import Config, ConfigError, analyze

ROOT = Path(__file__).resolve().parent.parent
SHIPPED_POLICY = json.loads((ROOT / "flake8_medicaid_scope" / "data" / "policy.json").read_text(encoding="utf-8"))
VIOLATION = 'import requests\n\nICE = "https://eid.ice.gov/api/v1/referrals"\n\n\ndef send(m):\n    requests.post(ICE, json={"ssn": m.ssn})\n'
PACKAGE = "medicaid_linted_app"  # an unusual name: nothing else imports it

#: run in the flake8 / CLI subprocess: an audit hook reports every write, network and import event on stderr
#: (lines starting with AUDIT), then the tool runs; sys.argv[1] says which ("flake8" or "cli")
AUDITED = textwrap.dedent(
    """
    import os, sys
    WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
    FS = {"os.rename", "os.remove", "os.mkdir", "os.rmdir", "os.symlink", "os.link", "os.truncate", "os.chmod", "os.chown",
          "os.utime", "shutil.rmtree", "shutil.move", "shutil.copyfile", "shutil.copytree"}
    NET = {"socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr", "socket.sendto", "socket.bind",
           "urllib.Request", "http.client.connect", "ftplib.connect", "smtplib.connect"}
    def hook(event, args):
        if event == "open":
            path, mode, flags = args
            if (isinstance(mode, str) and any(c in mode for c in "wax+")) or (mode is None and isinstance(flags, int) and flags & WRITE_FLAGS):
                if not isinstance(path, int):  # an int is a descriptor already opened (and reported) by path
                    sys.stderr.write("AUDIT write " + os.path.abspath(os.fsdecode(path)) + "\\n")
        elif event in FS:
            for arg in args[:2] if event in ("os.rename", "os.link", "os.symlink", "shutil.move", "shutil.copyfile", "shutil.copytree") else args[:1]:
                if isinstance(arg, (str, bytes, os.PathLike)):
                    sys.stderr.write("AUDIT write " + os.path.abspath(os.fsdecode(arg)) + "\\n")
        elif event in NET:
            sys.stderr.write("AUDIT network " + event + "\\n")
        elif event == "import" and args[0].split(".")[0] == "%s":
            sys.stderr.write("AUDIT import " + args[0] + "\\n")
    sys.addaudithook(hook)
    tool = sys.argv.pop(1)
    if tool == "flake8":
        from flake8.main.cli import main
    else:
        from flake8_medicaid_scope.cli import main
    raise SystemExit(main(sys.argv[1:]))
    """
    % PACKAGE
)


def _env(tmp_path: Path) -> dict[str, str]:
    """A clean environment whose home, cache and temp folders are empty folders outside the project."""
    outside = tmp_path / "outside"
    for name in ("home", "cache", "tmp"):
        (outside / name).mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "FLAKE8"))}
    env.update(HOME=str(outside / "home"), XDG_CACHE_HOME=str(outside / "cache"), TMPDIR=str(outside / "tmp"), PYTHONDONTWRITEBYTECODE="1", NO_COLOR="1")
    return env


def audited(tool: str, cwd: Path, *args: str, env: dict[str, str] | None = None) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    """Run flake8 (``--select=MCD -j1``) or ``medicaid-scope check`` under the audit hook; the result and its AUDIT lines."""
    argv = ["--select=MCD", "-j1", *args] if tool == "flake8" else ["check", "--no-progress", "-j1", *args]
    result = subprocess.run([sys.executable, "-c", AUDITED, tool, *argv], cwd=cwd, capture_output=True, text=True, timeout=120, env=env)
    audit = [line for line in result.stderr.splitlines() if line.startswith("AUDIT ")]
    assert "Traceback" not in result.stderr, result.stderr
    return result, audit


# -- a project that must never run ---------------------------------------------------------------------
def _sentinel(folder: Path, name: str) -> str:
    """Code that, if run, leaves a file behind (by absolute path and relative to the working folder)."""
    return f'open({str(folder / ("SENTINEL_" + name))!r}, "w").write("ran")\nopen("SENTINEL_REL_{name}", "w").write("ran")\n'


def make_project(root: Path) -> Path:
    """A project whose every module (and its setup.py, the root marker) writes a sentinel file when run or
    imported; transfer.py sends fields placed in builders.py to ICE. Returns transfer.py."""
    pkg = root / PACKAGE
    pkg.mkdir(parents=True)
    (root / "setup.py").write_text(_sentinel(root, "setup") + "from setuptools import setup\nsetup()\n", encoding="utf-8")
    (root / "conftest.py").write_text(_sentinel(root, "conftest"), encoding="utf-8")
    (pkg / "__init__.py").write_text(_sentinel(root, "init") + "from .builders import *  # noqa: F401,F403\n", encoding="utf-8")
    (pkg / "builders.py").write_text(
        _sentinel(root, "builders")
        + "__all__ = ['build_referral'] + [name for name in dir() if name.startswith('x')]\n\n\n"
        + "def build_referral(m):\n    return {'ssn': m.ssn, 'primary_dx': m.dx}\n",
        encoding="utf-8",
    )
    (pkg / "settings.py").write_text(_sentinel(root, "settings") + 'ICE_URL = "https://eid.ice.gov/api/v1/referrals"\n', encoding="utf-8")
    # no signal of its own, imports one that has: the pre-check reads (and caches) the facts of transfer.py
    (pkg / "jobs.py").write_text(_sentinel(root, "jobs") + f"from {PACKAGE} import transfer\n\n\ndef nightly(m):\n    transfer.send(m)\n", encoding="utf-8")
    (pkg / "evil.py").write_text(_sentinel(root, "evil") + "import os\nos.system('touch SENTINEL_system')\n", encoding="utf-8")
    transfer = pkg / "transfer.py"
    transfer.write_text(
        "import importlib\n\nimport requests\n\n"
        f"from {PACKAGE}.builders import build_referral\nfrom . import settings\n\n"
        + _sentinel(root, "transfer")
        + f'importlib.import_module("{PACKAGE}.evil")\n__import__("{PACKAGE}.evil")\n'
        + "\n\ndef send(m):\n    requests.post(settings.ICE_URL, json=build_referral(m))\n",
        encoding="utf-8",
    )
    return transfer


def _ran(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.name.startswith("SENTINEL") or p.name == "__pycache__")


def test_analyze_never_imports_or_runs_linted_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    transfer = make_project(tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))  # even importable, it is not imported
    for path in sorted(tmp_path.rglob("*.py")):
        found = analyze(path.read_text(encoding="utf-8"), Config.from_options(cache=False), filename=str(path))
        assert not [f for f in found if f.code == "MCD900"], found
        if path == transfer:
            assert {(f.line, f.code) for f in found} == {(len(transfer.read_text().splitlines()), "MCD101"), (len(transfer.read_text().splitlines()), "MCD102")}
    assert _ran(tmp_path) == []
    assert not [name for name in sys.modules if name.split(".")[0] == PACKAGE]


@pytest.mark.parametrize("tool", ["flake8", "cli"])
def test_flake8_and_the_cli_never_import_or_run_linted_code(tmp_path: Path, tool: str) -> None:
    project = tmp_path / "project"
    transfer = make_project(project)
    result, audit = audited(tool, project, ".", env={**_env(tmp_path), "PYTHONPATH": str(project)})
    assert result.returncode == 1, result.stderr
    assert f"{transfer.relative_to(project).as_posix()}:" in result.stdout.replace("./", "")
    assert not [line for line in audit if line.startswith("AUDIT import")], audit
    assert _ran(project) == []


# -- the network ------------------------------------------------------------------------------------------
NETWORK_PROJECT = {
    "pyproject.toml": "",
    "mmis/__init__.py": "",
    "mmis/hosts.py": 'ICE_URL = "https://eid.ice.gov/api/v1/referrals"\nSFTP_HOST = "mft.ero.dhs.gov"\nLIAISON = "liaison@ice.dhs.gov"\n'
    'STATE = "https://mn-its.dhs.state.mn.us/api"\nimport socket\nsocket.create_connection(("eid.ice.gov", 443))\n',
    "mmis/runner.py": "from mmis import send\n\n\ndef run(m):\n    send.http(m)\n",
    "mmis/send.py": textwrap.dedent(
        """\
        import smtplib
        from email.message import EmailMessage

        import httpx
        import paramiko
        import requests

        from mmis.hosts import ICE_URL, LIAISON, SFTP_HOST, STATE

        requests.get(ICE_URL)  # module level: would run on import


        def http(m):
            requests.post(ICE_URL, json={"ssn": m.ssn})
            requests.post(STATE, json=vars(m))


        def client(m):
            with httpx.Client(base_url="https://eid.ice.gov") as c:
                c.post("/v2/subjects", json={"race": m.race})


        def sftp(m):
            ssh = paramiko.SSHClient()
            ssh.connect(hostname=SFTP_HOST)
            sftp = ssh.open_sftp()
            with sftp.open("outbound/referral.json", "w") as fh:
                fh.write(m.primary_dx)


        def mail(m):
            msg = EmailMessage()
            msg["To"] = LIAISON
            msg.set_content(m.email)
            with smtplib.SMTP("relay.state.mn.us") as smtp:
                smtp.send_message(msg)
        """
    ),
}


def _write_tree(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_analyze_never_opens_a_network_connection(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write_tree(tmp_path, NETWORK_PROJECT)
    attempts: list[str] = []

    def blocked(name: str):  # noqa: ANN202
        def refuse(*args: object, **kwargs: object) -> None:
            attempts.append(name)
            raise OSError(f"network blocked by the test ({name})")

        return refuse

    monkeypatch.setattr(socket.socket, "connect", blocked("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", blocked("socket.connect_ex"))
    monkeypatch.setattr(socket, "create_connection", blocked("socket.create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", blocked("socket.getaddrinfo"))
    monkeypatch.setattr(socket, "gethostbyname", blocked("socket.gethostbyname"))
    monkeypatch.chdir(tmp_path)
    send = tmp_path / "mmis" / "send.py"
    found = analyze(send.read_text(encoding="utf-8"), Config.from_options(cache=False), filename=str(send))
    assert attempts == []
    assert not [f for f in found if f.code == "MCD900"], found
    lines = send.read_text(encoding="utf-8").splitlines()
    at = {(lines[f.line - 1].strip()[:30], f.code) for f in found}
    assert ('requests.post(ICE_URL, json={"', "MCD101") in at  # the SSN to eid.ice.gov
    assert ('c.post("/v2/subjects", json={"', "MCD101") in at  # race through a client with an ICE base URL
    assert ("fh.write(m.primary_dx)", "MCD102") in at  # a diagnosis over SFTP to mft.ero.dhs.gov
    assert ("msg.set_content(m.email)", "MCD101") in at  # an e-mail address mailed to liaison@ice.dhs.gov
    assert not [f for f in found if "vars(m)" in lines[f.line - 1]]  # the whole record goes to the state: clean


@pytest.mark.parametrize("tool", ["flake8", "cli"])
def test_flake8_and_the_cli_never_open_a_network_connection(tmp_path: Path, tool: str) -> None:
    project = tmp_path / "project"
    _write_tree(project, NETWORK_PROJECT)
    result, audit = audited(tool, project, ".", env=_env(tmp_path))
    assert result.returncode == 1, result.stderr
    assert not [line for line in audit if line.startswith("AUDIT network")], audit
    assert "mmis/send.py" in result.stdout


# -- writes ----------------------------------------------------------------------------------------------
def snapshot(root: Path) -> dict[str, tuple[str, str]]:
    """Every path under ``root`` with its kind and content hash (files) or link target."""
    out: dict[str, tuple[str, str]] = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if path.is_symlink():
            out[rel] = ("link", os.readlink(path))
        elif path.is_dir():
            out[rel] = ("dir", "")
        else:
            out[rel] = ("file", hashlib.sha256(path.read_bytes()).hexdigest() + oct(stat.S_IMODE(path.stat().st_mode)))
    return out


def changed(before: dict[str, tuple[str, str]], after: dict[str, tuple[str, str]]) -> set[str]:
    return {p for p in before.keys() | after.keys() if before.get(p) != after.get(p)}


@pytest.mark.parametrize("tool", ["flake8", "cli"])
def test_linting_writes_only_in_its_cache_folder(tmp_path: Path, tool: str) -> None:
    project = tmp_path / "project"
    make_project(project)
    _write_tree(project, {k: v for k, v in NETWORK_PROJECT.items() if k != "pyproject.toml"})
    env = _env(tmp_path)
    outside = snapshot(tmp_path / "outside")
    for run in ("cold", "warm"):
        before = snapshot(project)
        result, audit = audited(tool, project, ".", env=env)
        assert result.returncode == 1, (run, result.stderr)
        after = snapshot(project)
        diff = changed(before, after)
        assert all(p == ".medicaid_scope_cache" or p.startswith(".medicaid_scope_cache/") for p in diff), (run, diff)
        cache = str((project / ".medicaid_scope_cache").resolve())
        writes = sorted({line.split(" ", 2)[2] for line in audit if line.startswith("AUDIT write")})
        assert all(w == cache or w.startswith(cache + os.sep) for w in writes), (run, writes)
        if run == "cold":
            assert any(p.startswith(".medicaid_scope_cache/") and p.endswith(".json") for p in diff), "the cache was not used: the test proves nothing"
    assert snapshot(tmp_path / "outside") == outside  # nothing in $HOME, $XDG_CACHE_HOME or $TMPDIR


def test_a_configured_cache_folder_is_the_only_place_written(tmp_path: Path) -> None:
    project = tmp_path / "project"
    make_project(project)
    elsewhere = tmp_path / "outside" / "mcd-cache"
    before = snapshot(project)
    result, audit = audited("flake8", project, f"--medicaid-cache-dir={elsewhere}", ".", env=_env(tmp_path))
    assert result.returncode == 1, result.stderr
    assert changed(before, snapshot(project)) == set()
    writes = sorted({line.split(" ", 2)[2] for line in audit if line.startswith("AUDIT write")})
    assert writes and all(w.startswith(str(elsewhere.resolve())) for w in writes), writes


def test_no_cache_writes_nothing(tmp_path: Path) -> None:
    project = tmp_path / "project"
    make_project(project)
    before = snapshot(project)
    result, audit = audited("flake8", project, "--medicaid-no-cache", ".", env=_env(tmp_path))
    assert result.returncode == 1, result.stderr
    assert changed(before, snapshot(project)) == set()
    assert [line for line in audit if line.startswith("AUDIT write")] == []


# -- hostile configuration: flake8 -----------------------------------------------------------------------------
def flake8_with(folder: Path, config: str, source: str = VIOLATION, *args: str) -> subprocess.CompletedProcess[str]:
    """flake8 --select=MCD on a.py (``source``) with ``config`` as the [flake8] section of setup.cfg."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "setup.cfg").write_text("[flake8]\n" + config + "\n", encoding="utf-8")
    (folder / "a.py").write_text(source, encoding="utf-8")
    return subprocess.run([sys.executable, "-m", "flake8", "--select=MCD", "-j1", *args, "a.py"], cwd=folder, capture_output=True, text=True, timeout=60)


def one_line_error(stderr: str, option: str, prefix: str) -> None:
    assert "Traceback" not in stderr, stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith(prefix), stderr
    assert option in lines[0], stderr


def flake8_error(result: subprocess.CompletedProcess[str], option: str) -> None:
    """flake8 stopped with exit status 2 and one line naming ``option``."""
    one_line_error(result.stderr, option, "flake8-medicaid-scope: ")
    assert result.returncode == 2, (result.returncode, result.stderr)
    assert result.stdout == ""


def findings(stdout: str) -> list[tuple[int, str]]:
    out = []
    for line in stdout.splitlines():
        _path, lineno, _col, rest = line.split(":", 3)
        out.append((int(lineno), rest.split()[0]))
    return out


def _policy_file(folder: Path, name: str, data: object | bytes) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data if isinstance(data, bytes) else json.dumps(data).encode("utf-8"))
    return name


def _mutated_policy(change) -> dict:  # noqa: ANN001
    data = copy.deepcopy(SHIPPED_POLICY)
    change(data)
    return data


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("medicaid-enforcement-hosts", "["),
        ("medicaid-extend-enforcement-hosts", "*.ice.gov, [a-z].example.com"),
        ("medicaid-non-enforcement-hosts", "https://state.mn.us/path"),
        ("medicaid-enforcement-tokens", ","),
        ("medicaid-extend-enforcement-tokens", "ICE**"),
        ("medicaid-sinks", "**"),
        ("medicaid-extra-fields", "tx_cd"),
        ("medicaid-extra-fields", "ssn=medicaid_id"),
        ("medicaid-extra-fields", "tx_cd=no_such_category"),
        ("medicaid-harmless-fields", "ssn"),
        ("medicaid-time-budget", "soon"),
        ("medicaid-time-budget", "1e9"),
        ("medicaid-time-budget", "nan"),
        ("medicaid-as-of", "2026-13-45"),
        ("medicaid-as-of", "2020-01-01"),
        ("medicaid-cache-dir", "a.py"),
        ("medicaid-policy", "missing.json"),
        ("medicaid-no-cache", "maybe"),
    ],
)
def test_flake8_bad_values_are_one_line_errors(tmp_path: Path, option: str, value: str) -> None:
    flake8_error(flake8_with(tmp_path, f"{option} = {value}"), "--" + option)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("not-json.json", b"{ this is not json"),
        ("list.json", b"[]"),
        ("null.json", b"null"),
        ("empty.json", b""),
        ("no-periods.json", json.dumps(_mutated_policy(lambda d: d.update(periods=[]))).encode()),
        ("bad-date.json", json.dumps(_mutated_policy(lambda d: d["periods"][1].update({"from": "Jan 6"}))).encode()),
        ("bad-citation.json", json.dumps(_mutated_policy(lambda d: d["periods"][1].update(citation="NOPE"))).encode()),
        ("no-reason.json", json.dumps(_mutated_policy(lambda d: d["codes"]["MCD101"].pop("reason"))).encode()),
    ],
)
def test_flake8_malformed_policy_files_are_one_line_errors(tmp_path: Path, name: str, content: bytes) -> None:
    _policy_file(tmp_path, name, content)
    flake8_error(flake8_with(tmp_path, f"medicaid-policy = {name}"), "--medicaid-policy")


def test_flake8_policy_path_that_is_a_folder(tmp_path: Path) -> None:
    (tmp_path / "policy.d").mkdir()
    flake8_error(flake8_with(tmp_path, "medicaid-policy = policy.d"), "--medicaid-policy")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads files whatever their mode")
def test_flake8_unreadable_policy_file(tmp_path: Path) -> None:
    path = tmp_path / "policy.json"
    _policy_file(tmp_path, "policy.json", SHIPPED_POLICY)
    path.chmod(0)
    try:
        flake8_error(flake8_with(tmp_path, "medicaid-policy = policy.json"), "--medicaid-policy")
    finally:
        path.chmod(0o600)


@pytest.mark.parametrize("word", ["yes", "True", "1", "on"])
def test_flake8_no_cache_takes_a_yes_word_in_the_configuration(tmp_path: Path, word: str) -> None:
    result = flake8_with(tmp_path, f"medicaid-no-cache = {word}")
    assert result.stderr == "" and findings(result.stdout) == [(7, "MCD101")]
    assert not (tmp_path / ".medicaid_scope_cache").exists()


def test_flake8_copy_of_the_shipped_policy_is_accepted(tmp_path: Path) -> None:
    _policy_file(tmp_path, "policy.json", SHIPPED_POLICY)
    result = flake8_with(tmp_path, "medicaid-policy = policy.json")
    assert result.stderr == "" and findings(result.stdout) == [(7, "MCD101")]


def test_flake8_relative_policy_in_the_configuration_is_relative_to_that_file(tmp_path: Path) -> None:
    _policy_file(tmp_path, "policy.json", SHIPPED_POLICY)
    flake8_with(tmp_path, "medicaid-policy = policy.json")
    (tmp_path / "sub").mkdir()
    result = subprocess.run([sys.executable, "-m", "flake8", "--select=MCD", "-j1", "../a.py"], cwd=tmp_path / "sub", capture_output=True, text=True, timeout=60)
    assert result.stderr == "" and findings(result.stdout) == [(7, "MCD101")]


@pytest.mark.parametrize(("key", "near"), [("medicaid-sink", "medicaid-sinks"), ("medicaid_time_budgett", "medicaid-time-budget"), ("medicaid-polcy", "medicaid-policy")])
def test_flake8_a_misspelled_option_in_the_configuration_is_a_one_line_error(tmp_path: Path, key: str, near: str) -> None:
    result = flake8_with(tmp_path, f"{key} = x")
    flake8_error(result, key)
    assert f"did you mean {near}?" in result.stderr


@pytest.mark.parametrize("how", ["--config", "--append-config"])
def test_flake8_a_misspelled_option_in_a_file_given_on_the_command_line_is_a_one_line_error(tmp_path: Path, how: str) -> None:
    # SPEC section 7 (bad configuration gets a one-line error naming the option): flake8 reads --config and
    # --append-config files in a first pass; a misspelled key there is caught as one in setup.cfg is
    flake8_with(tmp_path, "")
    (tmp_path / "ci-flake8.cfg").write_text("[flake8]\nmedicaid-extend-enforcement-host = relay.example.com\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "flake8", "--select=MCD", "-j1", f"{how}=ci-flake8.cfg", "a.py"], cwd=tmp_path,
                            capture_output=True, text=True, timeout=60)
    flake8_error(result, "medicaid-extend-enforcement-host")
    assert "did you mean medicaid-extend-enforcement-hosts?" in result.stderr


def test_flake8_every_documented_option_is_accepted_in_the_configuration(tmp_path: Path) -> None:
    result = flake8_with(tmp_path, "medicaid-extend-harmless-fields = batch_ref\nmedicaid_time_budget = 30\nmedicaid-no-cache = yes")
    assert result.stderr == "" and findings(result.stdout) == [(7, "MCD101")]


def test_flake8_ten_thousand_hosts(tmp_path: Path) -> None:
    hosts = ", ".join(f"h{i}.example.com" for i in range(10_000))
    source = VIOLATION.replace("https://eid.ice.gov/api/v1/referrals", "https://h9999.example.com/intake").replace("ICE", "TARGET")
    result = flake8_with(tmp_path, f"medicaid-extend-enforcement-hosts = {hosts}", source)
    assert result.stderr == "" and findings(result.stdout) == [(7, "MCD101")]
    source = source.replace("h9999.example.com", "h10000.example.com")  # not on the list
    result = flake8_with(tmp_path, f"medicaid-extend-enforcement-hosts = {hosts}", source)
    assert result.stderr == "" and findings(result.stdout) == []


def test_flake8_ten_thousand_harmless_fields_and_non_enforcement_hosts(tmp_path: Path) -> None:
    fields = ",\n    ".join(f"meta_{i}" for i in range(10_000))
    hosts = ",\n    ".join(f"*.county{i}.example.org" for i in range(10_000))
    source = VIOLATION.replace('{"ssn": m.ssn}', '{"meta_9999": m.meta_9999, "other_9999": m.other_9999, "ssn": m.ssn}')
    result = flake8_with(tmp_path, f"medicaid-extend-harmless-fields =\n    {fields}\nmedicaid-extend-non-enforcement-hosts =\n    {hosts}", source)
    assert result.stderr == ""
    assert sorted(findings(result.stdout)) == [(7, "MCD101"), (7, "MCD104")]  # the SSN and other_9999; meta_9999 is harmless
    assert "'meta_9999'" not in result.stdout


@pytest.mark.parametrize(("pattern", "host"), [("**.example.com", "api.example.com"), ("h?.example.com", "h7.example.com"), ("*.example.*", "api.example.net")])
def test_flake8_odd_but_legitimate_host_globs_work(tmp_path: Path, pattern: str, host: str) -> None:
    source = VIOLATION.replace("eid.ice.gov", host).replace("ICE", "TARGET")
    result = flake8_with(tmp_path, f"medicaid-extend-enforcement-hosts = {pattern}", source)
    assert result.stderr == "" and findings(result.stdout) == [(7, "MCD101")]
    state = VIOLATION.replace("eid.ice.gov", "mn-its.dhs.state.mn.us").replace("ICE", "TARGET")
    result = flake8_with(tmp_path, f"medicaid-extend-enforcement-hosts = {pattern}", state)
    assert result.stderr == "" and findings(result.stdout) == []


@pytest.mark.parametrize("pattern", ["*", "?*", "*.*"])
def test_flake8_host_pattern_without_a_literal_part(tmp_path: Path, pattern: str) -> None:
    source = VIOLATION.replace("eid.ice.gov", "anything.example.net").replace("ICE", "TARGET")
    result = flake8_with(tmp_path, f"medicaid-extend-enforcement-hosts = {pattern}", source)
    if result.returncode == 2:  # rejecting the value is a fix too
        flake8_error(result, "--medicaid-extend-enforcement-hosts")
    else:
        assert findings(result.stdout) == [(7, "MCD101")], "accepted, yet the send to a matching host is not flagged"


# -- the policy file: values that must be errors but are accepted -------------------------------------------------
def _overlapping(d: dict) -> None:
    d["periods"][0]["until"] = "2026-03-01"  # the injunction period now runs past the start of the next one


def _backwards(d: dict) -> None:
    d["periods"][0]["until"] = "2025-01-01"  # ends before it starts


def _permitted_string(d: dict) -> None:
    d["periods"][1]["permitted"] = "medicaid_id"  # a string: read as the set of its letters


def _health_string(d: dict) -> None:
    d["health_categories"] = "diagnosis"  # a string: read as the set of its letters; diagnoses become MCD101


def _missing_code(d: dict) -> None:
    del d["codes"]["MCD101"]  # accepted; then every MCD101 finding becomes MCD900


def _same_start(d: dict) -> None:
    d["periods"].append(dict(d["periods"][1], permitted=["medicaid_id"]))  # a second period from the same day: which wins?


def _two_line_citation(d: dict) -> None:
    key = d["periods"][1]["citation"]
    d["citations"][key]["short"] = "California v. HHS\nNo. 3:25-cv-05536"  # every message would span two lines


def _citation_ending_in_a_break(d: dict) -> None:
    d["citations"][d["periods"][1]["citation"]]["short"] = "California v. HHS\n"  # every message would end on a line of "]"


def _empty_citation(d: dict) -> None:
    d["citations"][d["periods"][1]["citation"]]["short"] = " "  # every message would end in "[ ]"


def _two_line_reason(d: dict) -> None:
    d["codes"]["MCD101"]["reason"] = "outside the six permitted categories;\ndrop it"


def _two_line_period_reason(d: dict) -> None:
    d["periods"][1]["reasons"] = {"MCD101": "drop it\u2028now"}  # a line break to Python and to editors


POLICY_ACCEPTED_SILENTLY = {
    "reason-of-two-lines": _two_line_reason,
    "period-reason-of-two-lines": _two_line_period_reason,
    "overlapping-periods": _overlapping,
    "periods-starting-on-the-same-day": _same_start,
    "citation-of-two-lines": _two_line_citation,
    "empty-citation": _empty_citation,
    "citation-ending-in-a-break": _citation_ending_in_a_break,
    "period-ends-before-it-starts": _backwards,
    "permitted-is-a-string": _permitted_string,
    "health-categories-is-a-string": _health_string,
    "code-without-reason": _missing_code,
}
@pytest.mark.parametrize("change", POLICY_ACCEPTED_SILENTLY.values(), ids=POLICY_ACCEPTED_SILENTLY.keys())
def test_malformed_policy_values_are_config_errors(tmp_path: Path, change) -> None:  # noqa: ANN001
    name = _policy_file(tmp_path, "policy.json", _mutated_policy(change))
    with pytest.raises(ConfigError, match="--medicaid-policy"):
        Config.from_options(policy=str(tmp_path / name), as_of="2026-02-01")


def _gap(d: dict) -> None:
    d["periods"][1]["from"] = "2026-02-01"  # the first period ends 2026-01-05: nothing covers the days between


def _closed(d: dict) -> None:
    d["periods"][1]["until"] = "2026-06-30"  # the last period has a last day


@pytest.mark.parametrize(("change", "day"), [(_gap, "2026-01-20"), (_closed, "2026-07-01")], ids=["in-a-gap", "after-the-last-day"])
def test_an_analysis_date_no_period_covers_is_a_config_error(tmp_path: Path, change, day: str) -> None:  # noqa: ANN001
    # docs/policy.md: a day no period covers is refused (the next period, not yet begun, or one already ended, is
    # no law for it); the days the periods cover still work
    name = _policy_file(tmp_path, "policy.json", _mutated_policy(change))
    with pytest.raises(ConfigError, match="--medicaid-as-of: .* falls in no policy period"):
        Config.from_options(policy=str(tmp_path / name), as_of=day)
    assert Config.from_options(policy=str(tmp_path / name), as_of="2026-03-01").period.permitted
    flake8_error(flake8_with(tmp_path, f"medicaid-policy = policy.json\nmedicaid-as-of = {day}"), "--medicaid-as-of")


def test_flake8_overlapping_policy_periods_are_an_error(tmp_path: Path) -> None:
    _policy_file(tmp_path, "policy.json", _mutated_policy(_overlapping))
    flake8_error(flake8_with(tmp_path, "medicaid-policy = policy.json\nmedicaid-as-of = 2026-02-01"), "--medicaid-policy")


UNDECODABLE_POLICIES = {"not-utf8": b"\xff\xfe{\x00", "deeply-nested": b"[" * 100_000 + b"]" * 100_000}


@pytest.mark.parametrize("content", UNDECODABLE_POLICIES.values(), ids=UNDECODABLE_POLICIES.keys())
def test_undecodable_policy_file_is_a_config_error(tmp_path: Path, content: bytes) -> None:
    _policy_file(tmp_path, "policy.json", content)
    try:
        Config.from_options(policy=str(tmp_path / "policy.json"))
    except ConfigError as error:
        assert "--medicaid-policy" in str(error)
    except Exception as error:  # noqa: BLE001
        pytest.fail(f"{type(error).__name__} escaped Config.from_options: {error}")
    else:
        pytest.fail("accepted")


@pytest.mark.parametrize("content", UNDECODABLE_POLICIES.values(), ids=UNDECODABLE_POLICIES.keys())
def test_flake8_undecodable_policy_file_is_a_one_line_error(tmp_path: Path, content: bytes) -> None:
    _policy_file(tmp_path, "policy.json", content)
    flake8_error(flake8_with(tmp_path, "medicaid-policy = policy.json"), "--medicaid-policy")


# -- hostile configuration: the medicaid-scope command ------------------------------------------------------------
def cli_with(folder: Path, pyproject: str, *files: tuple[str, str]) -> subprocess.CompletedProcess[str]:
    """``medicaid-scope check .`` in ``folder`` with ``pyproject`` as its pyproject.toml and a.py (a violation)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pyproject.toml").write_text(pyproject, encoding="utf-8")
    for name, text in (("a.py", VIOLATION), *files):
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "flake8_medicaid_scope.cli", "check", "--no-progress", "-j1", "."],
        cwd=folder, capture_output=True, text=True, timeout=60, env={**os.environ, "NO_COLOR": "1"},
    )


def cli_error(result: subprocess.CompletedProcess[str], option: str) -> None:
    one_line_error(result.stderr, option, "medicaid-scope: ")
    assert result.returncode == 2, (result.returncode, result.stderr)
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("key", "toml"),
    [
        ("enforcement-hosts", "enforcement-hosts = 5"),
        ("enforcement-hosts", "enforcement-hosts = [1, 2]"),
        ("extend-enforcement-hosts", 'extend-enforcement-hosts = [["*.ice.gov"]]'),
        ("non-enforcement-hosts", "non-enforcement-hosts = {a = 1}"),
        ("enforcement-tokens", "enforcement-tokens = []"),
        ("enforcement-tokens", 'enforcement-tokens = ["ICE Agency"]'),
        ("harmless-fields", "harmless-fields = true"),
        ("sinks", 'sinks = ["x"]'),
        ("sinks", "sinks = 3.5"),
        ("export-dirs", "export-dirs = 1"),
        ("extra-fields", 'extra-fields = {tx_cd = "diagnosis"}'),
        ("extra-fields", 'extra-fields = ["tx_cd"]'),
        ("exclude", "exclude = 5"),
        ("policy", "policy = 5"),
        ("policy", 'policy = ["a.json"]'),
        ("policy", 'policy = "missing.json"'),
        ("as-of", "as-of = 2026-02-01"),
        ("as-of", 'as-of = "next week"'),
        ("cache-dir", "cache-dir = false"),
        ("time-budget", "time-budget = true"),
        ("time-budget", 'time-budget = "soon"'),
        ("time-budget", "time-budget = [5]"),
        ("time-budget", "time-budget = -1"),
        ("time-budget", "time-budget = nan"),
        ("time-budget", "time-budget = inf"),
        ("no-cache", 'no-cache = "yes"'),
        ("no-cache", "no-cache = 1"),
        ("bogus", "bogus = 1"),
    ],
)
def test_cli_wrong_types_are_one_line_errors(tmp_path: Path, key: str, toml: str) -> None:
    cli_error(cli_with(tmp_path, "[tool.medicaid-scope]\n" + toml + "\n"), key)


@pytest.mark.parametrize(
    "pyproject",
    ["[tool.medicaid-scope\n", "[tool]\nmedicaid-scope = 5\n", '[tool]\nmedicaid-scope = "x"\n', "[tool.medicaid-scope]\na = 1\na = 2\n"],
    ids=["unclosed", "scope-number", "scope-string", "duplicate-key"],
)
def test_cli_malformed_pyproject_is_a_one_line_error(tmp_path: Path, pyproject: str) -> None:
    cli_error(cli_with(tmp_path, pyproject), "pyproject.toml")


@pytest.mark.parametrize("pyproject", ["tool = 5\n", 'tool = "medicaid-scope"\n', "tool = [1]\n"])
def test_cli_top_level_tool_that_is_not_a_table(tmp_path: Path, pyproject: str) -> None:
    cli_error(cli_with(tmp_path, pyproject), "tool")


def test_cli_policy_problems_are_one_line_errors(tmp_path: Path) -> None:
    _policy_file(tmp_path, "broken.json", b"{")
    cli_error(cli_with(tmp_path, '[tool.medicaid-scope]\npolicy = "broken.json"\n'), "--medicaid-policy")
    (tmp_path / "policy.d").mkdir()
    cli_error(cli_with(tmp_path, '[tool.medicaid-scope]\npolicy = "policy.d"\n'), "--medicaid-policy")


def test_cli_undecodable_policy_is_a_one_line_error(tmp_path: Path) -> None:
    _policy_file(tmp_path, "policy.json", UNDECODABLE_POLICIES["not-utf8"])
    cli_error(cli_with(tmp_path, '[tool.medicaid-scope]\npolicy = "policy.json"\n'), "--medicaid-policy")


def test_cli_overlapping_policy_is_a_one_line_error(tmp_path: Path) -> None:
    _policy_file(tmp_path, "policy.json", _mutated_policy(_overlapping))
    cli_error(cli_with(tmp_path, '[tool.medicaid-scope]\npolicy = "policy.json"\nas-of = "2026-02-01"\n'), "--medicaid-policy")


def test_cli_ten_thousand_hosts(tmp_path: Path) -> None:
    hosts = ", ".join(f'"h{i}.example.com"' for i in range(10_000))
    target = VIOLATION.replace("https://eid.ice.gov/api/v1/referrals", "https://h9999.example.com/intake").replace("ICE", "TARGET")
    result = cli_with(tmp_path, f"[tool.medicaid-scope]\nextend-enforcement-hosts = [{hosts}]\n", ("b.py", target))
    assert result.stderr == "" and result.returncode == 1
    assert sorted((line.split(":")[0], line.split()[1]) for line in result.stdout.splitlines()) == [("a.py", "MCD101"), ("b.py", "MCD101")]


@pytest.mark.parametrize(
    ("patterns", "linted"),
    [
        ('["["]', ["a.py", "generated/b.py"]),  # an unclosed bracket matches itself, nothing here
        ('["[a-"]', ["a.py", "generated/b.py"]),
        ('["*/generated/*"]', ["a.py", "generated/b.py"]),
        ('["generated/"]', ["a.py"]),
        ('["**"]', []),  # .gitignore semantics: everything is excluded
    ],
)
def test_cli_odd_exclude_globs(tmp_path: Path, patterns: str, linted: list[str]) -> None:
    result = cli_with(tmp_path, f"[tool.medicaid-scope]\nexclude = {patterns}\n", ("generated/b.py", VIOLATION))
    assert "Traceback" not in result.stderr and result.stderr == ""
    assert sorted(line.split(":")[0] for line in result.stdout.splitlines()) == linted
    assert result.returncode == (1 if linted else 0)


def test_cli_leading_double_star_matches_at_the_root(tmp_path: Path) -> None:
    result = cli_with(tmp_path, '[tool.medicaid-scope]\nexclude = ["**/generated/*"]\n', ("generated/b.py", VIOLATION), ("src/generated/c.py", VIOLATION))
    assert result.stderr == ""
    assert sorted(line.split(":")[0] for line in result.stdout.splitlines()) == ["a.py"]
