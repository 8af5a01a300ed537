"""The pre-commit hook of this repository (.pre-commit-hooks.yaml), run by the real pre-commit.

A temporary git project points its ``.pre-commit-config.yaml`` at a snapshot of this
repository's working tree (the files git tracks or would add, committed into a scratch
repository, much as ``pre-commit try-repo`` does with uncommitted changes), installs the
hook with ``pre-commit install`` and makes real commits: one that adds a referral with a
name and a diagnosis is refused with the findings, the fixed file commits, and a commit
without Python files skips the hook.

pre-commit builds the hook's environment from the package index (flake8, libcst and
sqlglot), once for the module, in a temporary PRE_COMMIT_HOME. The test is skipped only
when git or pre-commit is missing, when this is not a git checkout, or when the index
cannot be reached; any other failure fails it.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HOOK_ID = "flake8-medicaid-scope"
CITATION = "[California v. HHS, No. 3:25-cv-05536 (N.D. Cal. Dec. 29, 2025)]"

# examples/django_referral_view.py: sends a name (line 19) and a diagnosis (line 20) to ICE
VIOLATION = (Path(__file__).resolve().parent.parent / "examples" / "django_referral_view.py").read_text(encoding="utf-8")
# the same view sending only permitted categories
CLEAN = VIOLATION.replace('        "full_name": member.full_name,\n', "").replace('        "primary_diagnosis": member.primary_dx,\n', "")


def _git_env(home: Path) -> dict[str, str]:
    """An environment that keeps git and pre-commit away from the user's configuration and cache."""
    env = dict(os.environ)
    for name in list(env):
        if name.startswith(("GIT_", "PRE_COMMIT")):
            del env[name]
    empty = home / "empty.gitconfig"
    empty.write_text("", encoding="utf-8")  # (a file of our own, not os.devnull: a sandbox may have replaced that device)
    env.update(
        GIT_CONFIG_GLOBAL=str(empty),  # no global hooksPath, signing or templates
        GIT_CONFIG_NOSYSTEM="1",
        GIT_TERMINAL_PROMPT="0",
        PRE_COMMIT_HOME=str(home / "pre-commit-home"),
        PRE_COMMIT_COLOR="never",
        NO_COLOR="1",
    )
    return env


def _run(args: list[str], cwd: Path, env: dict[str, str], timeout: float = 900) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


def _checked(args: list[str], cwd: Path, env: dict[str, str]) -> str:
    result = _run(args, cwd, env)
    assert result.returncode == 0, f"{args} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def _new_repo(path: Path, env: dict[str, str]) -> None:
    path.mkdir(parents=True)
    _checked(["git", "init", "-q", "-b", "main"], path, env)
    _checked(["git", "config", "user.email", "hook-test@example.com"], path, env)
    _checked(["git", "config", "user.name", "Hook Test"], path, env)
    _checked(["git", "config", "commit.gpgsign", "false"], path, env)


def _index_reachable(tmp: Path) -> str | None:
    """None when pip can download from the configured index, else why not."""
    try:
        result = subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "--dest", str(tmp / "probe"), "--timeout", "15", "--retries", "1", "flake8==7.*"],
            capture_output=True, text=True, timeout=120,
        )
    except subprocess.TimeoutExpired:
        return "pip download flake8 timed out"
    if result.returncode != 0:
        return (result.stderr.strip().splitlines() or ["pip download failed"])[-1]
    return None


@pytest.fixture(scope="module")
def hook_config(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str], str]:
    """(scratch folder, environment, config text): this repository's snapshot as a hook repository."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    if importlib.util.find_spec("pre_commit") is None:
        pytest.skip("pre-commit is not installed (pip install '.[test]')")
    if not (ROOT / ".git").exists():
        pytest.skip(f"{ROOT} is not a git checkout: nothing for pre-commit to clone")
    tmp = tmp_path_factory.mktemp("precommit")
    reason = _index_reachable(tmp)
    if reason is not None:
        pytest.skip(f"the package index cannot be reached, so pre-commit cannot build the hook environment: {reason}")
    env = _git_env(tmp)

    # the working tree as `git add -A` would see it (tracked and untracked, not ignored), committed
    # into a scratch repository: pre-commit clones a rev, and the test must see uncommitted work
    listing = _checked(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], ROOT, env)
    snapshot = tmp / "hook-repo"
    _new_repo(snapshot, env)
    for name in filter(None, listing.split("\0")):
        source = ROOT / name
        if not source.is_file() and not source.is_symlink():
            continue  # deleted in the working tree
        target = snapshot / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target, follow_symlinks=False)
    assert (snapshot / ".pre-commit-hooks.yaml").is_file(), "the repository has no .pre-commit-hooks.yaml"
    _checked(["git", "add", "-A"], snapshot, env)
    _checked(["git", "commit", "-q", "-m", "snapshot"], snapshot, env)
    rev = _checked(["git", "rev-parse", "HEAD"], snapshot, env).strip()

    config = f"repos:\n  - repo: {snapshot}\n    rev: {rev}\n    hooks:\n      - id: {HOOK_ID}\n"
    return tmp, env, config


def _commit(project: Path, env: dict[str, str], files: dict[str, str], message: str) -> subprocess.CompletedProcess[str]:
    for name, text in files.items():
        (project / name).parent.mkdir(parents=True, exist_ok=True)
        (project / name).write_text(text, encoding="utf-8")
    _checked(["git", "add", *files], project, env)
    return _run(["git", "commit", "-m", message], project, env)


def _commits(project: Path, env: dict[str, str]) -> int:
    return int(_checked(["git", "rev-list", "--count", "HEAD"], project, env))


def test_hook_refuses_a_commit_with_a_violation_and_passes_a_clean_one(hook_config: tuple[Path, dict[str, str], str]) -> None:
    tmp, env, config = hook_config
    project = tmp / "project"
    _new_repo(project, env)
    (project / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    _checked(["git", "add", ".pre-commit-config.yaml"], project, env)
    _checked(["git", "commit", "-q", "-m", "pre-commit config"], project, env)
    installed = _checked([sys.executable, "-m", "pre_commit", "install"], project, env)
    assert "pre-commit installed at" in installed

    # the first commit builds the hook environment (pip from the index); the hook then refuses it
    refused = _commit(project, env, {"app/referral.py": VIOLATION}, "refer members to ICE")
    output = refused.stdout + refused.stderr
    assert refused.returncode != 0, output
    assert "An unexpected error has occurred" not in output, output
    assert f"{HOOK_ID}" in output and "Failed" in output, output
    lines = [line for line in output.splitlines() if line.startswith("app/referral.py:")]
    assert [line.split(" ", 2)[:2] for line in lines] == [["app/referral.py:19:9:", "MCD101"], ["app/referral.py:20:9:", "MCD102"]], output
    assert "'full_name' (name) sent to enforcement endpoint https://eid.ice.gov/api/v1/referrals (line 22)" in lines[0]
    assert "'primary_dx' (diagnosis)" in lines[1]
    assert all(line.endswith(CITATION) for line in lines), output
    assert _commits(project, env) == 1, "the commit with the violation went through"

    # the fixed view commits; the hook ran and passed
    passed = _commit(project, env, {"app/referral.py": CLEAN}, "refer members to ICE with the permitted fields")
    output = passed.stdout + passed.stderr
    assert passed.returncode == 0, output
    assert any(line.startswith(HOOK_ID) and line.endswith("Passed") for line in output.splitlines()), output
    assert not [line for line in output.splitlines() if line.startswith("app/")], output
    assert _commits(project, env) == 2

    # types: [python]: a commit without Python files does not run flake8
    skipped = _commit(project, env, {"notes.txt": "sends name and diagnosis to ICE\n"}, "notes")
    output = skipped.stdout + skipped.stderr
    assert skipped.returncode == 0, output
    assert any(line.startswith(HOOK_ID) and line.endswith("Skipped") for line in output.splitlines()), output

    # pre-commit run --files (what CI and editors' "run hooks" buttons call) reports the same findings
    (project / "app" / "referral.py").write_text(VIOLATION, encoding="utf-8")
    _checked(["git", "add", "app/referral.py"], project, env)
    run = _run([sys.executable, "-m", "pre_commit", "run", HOOK_ID, "--files", "app/referral.py"], project, env)
    output = run.stdout + run.stderr
    assert run.returncode == 1, output
    assert "app/referral.py:19:9: MCD101 " in output and "app/referral.py:20:9: MCD102 " in output, output
