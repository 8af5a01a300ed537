"""Cross-module shapes of the twenty-fourth session (probers of round 156 and after)."""

from __future__ import annotations

from pathlib import Path

from test_project import project
from test_project_session17 import lint


def test_a_client_object_imported_from_another_module_with_a_runner_like_method(tmp_path: Path) -> None:
    # SPEC section 3 (data from another module is reported at the call in the linted module that hands
    # it to a function whose parameter reaches an enforcement sink) and section 10 (a loop over a bulk
    # source that calls such a function): a module-level client object of another module whose method
    # is named like an executor's (submit) is called as itself, with the field read handed to it
    root = project(tmp_path, {
        "vendor/__init__.py": "",
        "vendor/transport.py": '''
            import requests
            ICE_EID_URL = "https://eid.ice.gov/api/v1/referrals"
            class EidClient:
                def submit(self, body):
                    requests.post(ICE_EID_URL, json=body, timeout=30)
            eid = EidClient()
            ''',
        "vendor/jobs.py": '''
            from .transport import eid
            def refer(member):
                eid.submit(member.ssn)
            def refer_permitted(member):
                eid.submit(member.cin)
            def nightly(members):
                for m in members:
                    eid.submit(m.cin)
            ''',
    })
    assert lint(root / "vendor/jobs.py") == [(3, "MCD101"), (8, "MCD201")]


def test_a_file_named_for_enforcement_written_by_another_module_and_uploaded_is_one_finding(tmp_path: Path) -> None:
    # SPEC section 3 (one placement that reaches two sinks is reported once) and section 10's rule for
    # files (a file written and uploaded later is reported at the upload): a writer of another module
    # fills a file whose constant is named for ERO, and the job uploads it to ERO's SFTP: one finding
    # per field, at the upload (it was reported at the write call too)
    root = project(tmp_path, {
        "pkg/__init__.py": "",
        "pkg/writer.py": '''
            import csv
            def write_extract(members, path):
                with open(path, "w", newline="") as fh:
                    w = csv.writer(fh)
                    for m in members:
                        w.writerow([m.cin, m.last_name])
            ''',
        "pkg/cross.py": '''
            import paramiko
            from pkg.writer import write_extract
            ERO_FULL_PATH = "/var/exports/ero/weekly_full.csv"
            def run(member):
                write_extract([member], ERO_FULL_PATH)
                ssh = paramiko.SSHClient()
                ssh.connect(hostname="mft.ero.dhs.gov", username="x")
                ssh.open_sftp().put(ERO_FULL_PATH, "/in/full.csv")
            def stage_only(member):
                write_extract([member], ERO_FULL_PATH)
            ''',
    })
    assert lint(root / "pkg/cross.py") == [(8, "MCD101"), (10, "MCD101")]
