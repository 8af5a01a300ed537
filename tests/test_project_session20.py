"""Cross-module shapes of the twentieth session (probers of round 137 and after)."""

from __future__ import annotations

from pathlib import Path

from test_project import project
from test_project_session17 import lint

CLIENTS = '''
    import requests
    class Sdk:
        def __init__(self):
            self.session = requests.Session()
            self.base_url = None
        def connect(self, base_url):
            self.base_url = base_url
        def submit(self, m):
            return self.session.post(f"{self.base_url}/subjects", json={"cin": m.cin, "ssn": m.ssn})
    '''


def test_two_functions_that_send_another_modules_placement_are_two_findings(tmp_path: Path) -> None:
    # SPEC section 3 (data placed in another module is reported at the call here that hands it to
    # the send): each function of the linted module whose call sends it to enforcement has its own
    # finding at its call (the last of that function), the first function's too; the state's connection
    # stays clean
    root = project(tmp_path, {
        "sdk/clients.py": CLIENTS,
        "sdk/jobs.py": '''
            from .clients import Sdk
            ICE_EID_URL = "https://eid.ice.gov/api/v1"
            STATE_URL = "https://mmis.dhcs.ca.gov/api"
            def refer_member(m):
                sdk = Sdk()
                sdk.connect(ICE_EID_URL)
                sdk.submit(m)
            def archive_member(m):
                sdk = Sdk()
                sdk.connect(STATE_URL)
                sdk.submit(m)
            def rerefer_member(m):
                sdk = Sdk()
                sdk.connect(ICE_EID_URL)
                sdk.submit(m)
                sdk.submit(m)
            ''',
    })
    assert lint(root / "sdk/jobs.py") == [(7, "MCD101"), (16, "MCD101")]


def test_a_later_star_import_rebinds_a_name_as_python_does(tmp_path: Path) -> None:
    # SPEC section 6 (names resolve by scope; imports resolve as Python would): of two star imports the
    # later one binds the name, and a star import after an explicit import rebinds it; a settings
    # package whose production module overrides the base's URL sends to the production URL
    root = project(tmp_path, {
        "app/shapes_full.py": '''
            def shape(m):
                return {"cin": m.cin, "ssn": m.ssn}
            ''',
        "app/shapes_min.py": '''
            def shape(m):
                return {"cin": m.cin, "dob": m.dob}
            ''',
        "app/jobs.py": '''
            import requests
            from .shapes_full import *
            from .shapes_min import *
            def refer(m):
                requests.post("https://eid.ice.gov/api", json=shape(m))
            ''',
        "app/jobs_rev.py": '''
            import requests
            from .shapes_min import *
            from .shapes_full import *
            def refer(m):
                requests.post("https://eid.ice.gov/api", json=shape(m))
            ''',
        "app/jobs_explicit.py": '''
            import requests
            from .shapes_full import shape
            from .shapes_min import *
            def refer(m):
                requests.post("https://eid.ice.gov/api", json=shape(m))
            ''',
        "app/settings/__init__.py": '''
            from .base import *
            from .prod import *
            ''',
        "app/settings/base.py": '''
            REFERRAL_URL = "https://sandbox.partner-gw.example.com/v1/subjects"
            ''',
        "app/settings/prod.py": '''
            REFERRAL_URL = "https://eid.ice.gov/api/v1/subjects"
            ''',
        "app/referrals.py": '''
            import requests
            from app import settings
            def refer(m):
                requests.post(settings.REFERRAL_URL, json={"cin": m.cin, "ssn": m.ssn})
            ''',
    })
    assert lint(root / "app/jobs.py") == []
    assert lint(root / "app/jobs_rev.py") == [(5, "MCD101")]
    assert lint(root / "app/jobs_explicit.py") == []
    assert lint(root / "app/referrals.py") == [(4, "MCD101")]


def test_a_model_of_another_module_filled_by_keyword_here_is_reported_at_the_keyword_only(tmp_path: Path) -> None:
    # SPEC section 3 (for models not named for enforcement the placement is the constructor keyword;
    # one finding per placement): the declaration of a dataclass of another module is not reported
    # again at the send when a caller here fills the field by keyword; without such a caller it is
    root = project(tmp_path, {
        "app/models.py": '''
            from dataclasses import dataclass
            @dataclass
            class SubjectRecord:
                cin: str
                primary_language: str
            ''',
        "app/submit.py": '''
            from dataclasses import asdict
            import requests
            from .models import SubjectRecord
            ICE_URL = "https://eid.ice.gov/api/v1/subjects"
            def submit_record(rec: SubjectRecord):
                requests.post(ICE_URL, json=asdict(rec))
            def make_and_submit(m):
                rec = SubjectRecord(
                    cin=m.cin,
                    primary_language=m.primary_language,
                )
                submit_record(rec)
            ''',
        "app/submit_alone.py": '''
            from dataclasses import asdict
            import requests
            from .models import SubjectRecord
            def submit_record(rec: SubjectRecord):
                requests.post("https://eid.ice.gov/api/v1/subjects", json=asdict(rec))
            ''',
    })
    assert lint(root / "app/submit.py") == [(10, "MCD101")]
    assert lint(root / "app/submit_alone.py") == [(5, "MCD101")]


def test_a_library_a_star_imported_module_imports_is_still_that_library(tmp_path: Path) -> None:
    # SPEC section 4 (library sinks) and section 6 (imports resolve as Python would): a star import of a
    # settings module that itself imports boto3 and requests binds those names to the same libraries
    root = project(tmp_path, {
        "app/conf.py": '''
            import json
            import boto3
            from requests import post
            ICE_BUCKET = "ice-eid-handoff"
            ''',
        "app/jobs.py": '''
            import json
            import boto3
            from requests import post
            from .conf import *
            def ship(m):
                boto3.client("s3").put_object(Bucket=ICE_BUCKET, Key="k", Body=json.dumps({"cin": m.cin, "ssn": m.ssn}))
            def send(m):
                post("https://eid.ice.gov/api", json={"cin": m.cin, "race": m.race})
            ''',
    })
    assert lint(root / "app/jobs.py") == [(6, "MCD101"), (8, "MCD101")]


def test_records_chosen_by_status_and_reshaped_by_another_modules_helper_are_no_new_source(tmp_path: Path) -> None:
    # SPEC section 10 (any condition on the path clears the send): a helper of another module that
    # reshapes records a status test chose here returns chosen records; unchosen ones stay bulk
    root = project(tmp_path, {
        "app/shapes.py": '''
            def shape(members):
                return [{"cin": m.cin, "dob": m.dob} for m in members]
            ''',
        "app/jobs.py": '''
            import requests
            from .shapes import shape
            ICE_URL = "https://eid.ice.gov/api"
            TARGETS = {"EWI", "OVERSTAY"}
            def send_scoped(members):
                records = shape([m for m in members if m.imgrtn_stus_cd in TARGETS])
                requests.post(ICE_URL, json=records)
            def send_everyone(members):
                records = shape(list(members))
                requests.post(ICE_URL, json=records)
            ''',
    })
    assert [code for _, code in lint(root / "app/jobs.py")] == ["MCD201"]
