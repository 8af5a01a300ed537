"""Cross-module shapes of the twenty-second session (probers of round 145 and after)."""

from __future__ import annotations

from pathlib import Path

from test_project import project
from test_project_session17 import lint


def test_a_mapping_helper_of_another_module_given_a_constant_dict(tmp_path: Path) -> None:
    # SPEC section 3 (a placement in another module is reported at the call in the linted module
    # that hands the data to a sink) and section 6 (a value carries the names of where it came
    # from): a remapping helper of a utilities module, given a constant field map that holds `ssn`,
    # reads the record's SSN; the map of permitted fields, and the state's endpoint, stay clean
    root = project(tmp_path, {
        "agency/__init__.py": "",
        "agency/mapping.py": '''
            def remap(rec, mapping):
                return {dst: rec[src] for src, dst in mapping.items()}
            def remap_attrs(member, mapping):
                out = {}
                for src, dst in mapping.items():
                    out[dst] = getattr(member, src)
                return out
            ''',
        "agency/send.py": '''
            import requests
            from agency.mapping import remap, remap_attrs
            ICE_URL = "https://eid.ice.gov/api/referrals"
            STATE_URL = "https://api.dhs.state.mn.us/members"
            ICE_MAP = {"cin": "medicaid_id", "ssn": "subject_ssn", "dob": "date_of_birth"}
            OK_MAP = {"cin": "medicaid_id", "dob": "date_of_birth"}
            def refer(rec):
                requests.post(ICE_URL, json=remap(rec, ICE_MAP), timeout=10)
            def refer_ok(rec):
                requests.post(ICE_URL, json=remap(rec, OK_MAP), timeout=10)
            def refer_attrs(member):
                body = remap_attrs(member, ICE_MAP)
                requests.post(ICE_URL, json=body, timeout=10)
            def state(rec):
                requests.post(STATE_URL, json=remap(rec, ICE_MAP), timeout=10)
            ''',
    })
    assert lint(root / "agency/send.py") == [(8, "MCD101"), (13, "MCD101")]
    assert lint(root / "agency/mapping.py") == []


def test_an_allow_list_read_from_a_settings_module_by_attribute(tmp_path: Path) -> None:
    # SPEC section 6 (sanitizers: a comprehension over a constant collection of permitted names)
    # and section 4 (settings keys supply the destination): `settings.ICE["fields"]` of an imported
    # settings module is that module's constant list, as `ICE["fields"]` imported by name is
    root = project(tmp_path, {
        "app/__init__.py": "",
        "app/settings.py": '''
            ICE = {
                "url": "https://eid.ice.gov/api/referrals",
                "fields": ["medicaid_id", "date_of_birth", "home_address"],
            }
            STATE = {"url": "https://api.dhs.state.mn.us/members", "fields": ["ssn", "diagnosis_code"]}
            ''',
        "app/send.py": '''
            import requests
            from app import settings
            from app.settings import ICE
            def refer(rec):
                body = {k: rec[k] for k in settings.ICE["fields"]}
                requests.post(settings.ICE["url"], json=body, timeout=10)
            def refer_by_name(rec):
                body = {k: rec[k] for k in ICE["fields"]}
                requests.post(ICE["url"], json=body, timeout=10)
            def refer_state_list(rec):
                body = {k: rec[k] for k in settings.STATE["fields"]}
                requests.post(settings.ICE["url"], json=body, timeout=10)
            def state(rec):
                body = {k: rec[k] for k in settings.STATE["fields"]}
                requests.post(settings.STATE["url"], json=body, timeout=10)
            ''',
    })
    assert lint(root / "app/send.py") == [(11, "MCD101"), (11, "MCD102")]


def test_a_status_column_named_by_an_imported_constant(tmp_path: Path) -> None:
    # SPEC section 10 (a test on a field of the immigration_status category clears the send): the
    # status column named by a settings constant imported by name (`m[STATUS_COL]`,
    # `df[df[STATUS_COL].isin(...)]`) is that field, as a constant of the module itself is; a
    # constant naming another column is no condition
    root = project(tmp_path, {
        "pkg/__init__.py": "",
        "pkg/settings.py": '''
            STATUS_COL = "imgrtn_stus_cd"
            COUNTY_COL = "cnty_cd"
            REMOVABLE_CODES = ("5", "6", "7")
            ''',
        "pkg/job.py": '''
            import pandas as pd
            import requests
            from .settings import COUNTY_COL, REMOVABLE_CODES, STATUS_COL
            ICE_URL = "https://eid.ice.gov/api/v1/subjects"
            def by_name(members):
                for m in members:
                    if m[STATUS_COL] in REMOVABLE_CODES:
                        requests.post(ICE_URL, json={"cin": m["cin"], "dob": m["dob"]}, timeout=10)
            def by_frame(conn):
                df = pd.read_sql("SELECT cin, dob, imgrtn_stus_cd FROM mbr", conn)
                df = df[df[STATUS_COL].isin(REMOVABLE_CODES)]
                requests.post(ICE_URL, json=df[["cin", "dob"]].to_dict("records"), timeout=10)
            def by_county(members):
                for m in members:
                    if m[COUNTY_COL] == "06":
                        requests.post(ICE_URL, json={"cin": m["cin"], "dob": m["dob"]}, timeout=10)
            ''',
    })
    assert lint(root / "pkg/job.py") == [(16, "MCD201")]


def test_an_enum_imported_from_another_module(tmp_path: Path) -> None:
    # SPEC section 4 (URL resolution folds constants) and section 6 (sanitizers: a comprehension over
    # a constant collection of permitted names): an Enum imported from another module of the project
    # is iterated member by member (`for r in Route: post(r.value, ...)` reaches ICE's member), and
    # `{f.value for f in PermittedField}` is its members' values, an allow-list
    root = project(tmp_path, {
        "pkg/__init__.py": "",
        "pkg/partners.py": '''
            from enum import Enum
            class Route(Enum):
                STATE = "https://edx.dhcs.ca.gov/api/members"
                FEDERAL = "https://eid.ice.gov/api/v1/subjects"
            class StateRoute(Enum):
                MMIS = "https://edx.dhcs.ca.gov/api/members"
            class PermittedField(str, Enum):
                MEDICAID_ID = "medicaid_id"
                DOB = "dob"
            ''',
        "pkg/fanout.py": '''
            import requests
            from .partners import PermittedField, Route, StateRoute
            ICE_URL = "https://eid.ice.gov/api/v1/subjects"
            def fanout(member):
                for r in Route:
                    requests.post(r.value, json={"cin": member.cin, "sex": member.sex}, timeout=10)
            def state(member):
                for r in StateRoute:
                    requests.post(r.value, json={"cin": member.cin, "sex": member.sex}, timeout=10)
            def refer(m):
                allowed = {f.value for f in PermittedField}
                body = {k: v for k, v in vars(m).items() if k in allowed}
                requests.post(ICE_URL, json=body, timeout=10)
            ''',
    })
    assert lint(root / "pkg/fanout.py") == [(6, "MCD101")]


def test_keyword_options_spread_from_a_settings_module(tmp_path: Path) -> None:
    # SPEC section 4 (URL resolution folds module constants) across modules: `requests.post(**OPTS,
    # json=...)` with the options dict of a settings module (imported by name or read as an
    # attribute) sends to the URL it holds; the state's options stay clean
    root = project(tmp_path, {
        "pkg/__init__.py": "",
        "pkg/config.py": '''
            FEDERAL_OPTS = {"url": "https://eid.ice.gov/api/v1/subjects", "timeout": 15}
            STATE_OPTS = {"url": "https://edx.dhcs.ca.gov/api/members", "timeout": 30}
            ''',
        "pkg/views.py": '''
            import requests
            from . import config
            from .config import FEDERAL_OPTS, STATE_OPTS
            def by_name(member):
                requests.post(**FEDERAL_OPTS, json={"cin": member.cin, "email": member.email})
            def by_attribute(member):
                requests.post(**config.FEDERAL_OPTS, json={"cin": member.cin, "email": member.email})
            def state(member):
                requests.post(**STATE_OPTS, json={"cin": member.cin, "email": member.email})
            ''',
    })
    assert lint(root / "pkg/views.py") == [(5, "MCD101"), (7, "MCD101")]


def test_a_subclass_that_changes_the_builder_class_of_an_inherited_publisher(tmp_path: Path) -> None:
    # SPEC section 3 (a module's findings depend only on it and what it imports; a caller that hands
    # on only a nameless object is clean): a subclass that sets `builder_cls` to a builder of another
    # module adding a prohibited field is reported in its own module, at the inherited send; the
    # job that calls it with a bare member places nothing
    root = project(tmp_path, {
        "outbound/__init__.py": "",
        "outbound/builders.py": '''
            class BaseSubjectBuilder:
                def build(self, m):
                    return {"medicaid_id": m.msis_ident_num, "date_of_birth": m.birth_dt}
            class ExtendedSubjectBuilder(BaseSubjectBuilder):
                def build(self, m):
                    payload = super().build(m)
                    payload["marital_status"] = m.mrtl_stus_cd
                    return payload
            ''',
        "outbound/publishers.py": '''
            import requests
            from .builders import BaseSubjectBuilder, ExtendedSubjectBuilder
            class IcePublisher:
                endpoint = "https://eid.ice.gov/api/v1/subjects"
                builder_cls = BaseSubjectBuilder
                def __init__(self):
                    self.builder = self.builder_cls()
                def publish(self, m):
                    payload = self.builder.build(m)
                    return requests.post(self.endpoint, json=payload, timeout=30)
            class ExtendedIcePublisher(IcePublisher):
                builder_cls = ExtendedSubjectBuilder
            ''',
        "outbound/jobs.py": '''
            from .publishers import ExtendedIcePublisher, IcePublisher
            def publish_one(member):
                ExtendedIcePublisher().publish(member)
            def publish_basic(member):
                IcePublisher().publish(member)
            ''',
    })
    assert lint(root / "outbound/publishers.py") == [(10, "MCD101")]
    assert lint(root / "outbound/jobs.py") == []
    assert lint(root / "outbound/builders.py") == []


def test_a_status_column_named_by_a_settings_attribute(tmp_path: Path) -> None:
    # SPEC section 10 (a test on a field of the immigration_status category clears the send): the
    # status column read as an attribute of an imported settings module (`settings.STATUS_COL`,
    # `cfg.STATUS_COL`) is that field; another column so named is no condition
    root = project(tmp_path, {
        "agency/__init__.py": "",
        "agency/settings.py": '''
            STATUS_COL = "imgrtn_stus_cd"
            COUNTY_COL = "cnty_cd"
            ''',
        "agency/refer.py": '''
            import pandas as pd
            import requests
            import agency.settings as cfg
            from agency import settings
            ICE_URL = "https://eid.ice.gov/api/v1/batch"
            def frame(conn):
                df = pd.read_sql("SELECT cin, dob, imgrtn_stus_cd FROM mbr", conn)
                df = df[df[settings.STATUS_COL] == "EWI"]
                requests.post(ICE_URL, json=df[["cin", "dob"]].to_dict("records"), timeout=10)
            def loop(members):
                for m in members:
                    if m[cfg.STATUS_COL] != "EWI":
                        continue
                    requests.post(ICE_URL, json={"cin": m["cin"]}, timeout=10)
            def county(members):
                for m in members:
                    if m[settings.COUNTY_COL] != "06":
                        continue
                    requests.post(ICE_URL, json={"cin": m["cin"]}, timeout=10)
            ''',
    })
    assert lint(root / "agency/refer.py") == [(19, "MCD201")]


def test_a_settings_constant_overridden_by_a_local_settings_import(tmp_path: Path) -> None:
    # SPEC section 6 (the last assignment wins) and section 4 (module constants fold): a settings
    # module that binds a state URL and then (in a try) imports the same name from a deployment's
    # local_settings module of the project sends to what that module holds; without that module the
    # state URL stays
    root = project(tmp_path, {
        "vend/__init__.py": "",
        "vend/local_settings.py": '''
            REFERRAL_URL = "https://eid.ice.gov/api/referrals"
            ''',
        "vend/settings.py": '''
            REFERRAL_URL = "https://referrals.hfs.illinois.gov/api"
            STATE_URL = "https://referrals.hfs.illinois.gov/api"
            try:
                from .local_settings import REFERRAL_URL  # noqa: F401
            except ImportError:
                pass
            try:
                from .missing_settings import STATE_URL  # noqa: F401
            except ImportError:
                pass
            ''',
        "vend/job.py": '''
            import requests
            from .settings import REFERRAL_URL, STATE_URL
            def refer(m):
                requests.post(REFERRAL_URL, json={"medicaid_id": m.cin, "ssn": m.ssn}, timeout=10)
            def state(m):
                requests.post(STATE_URL, json={"medicaid_id": m.cin, "ssn": m.ssn}, timeout=10)
            ''',
    })
    assert lint(root / "vend/job.py") == [(4, "MCD101")]


def test_a_function_of_an_imported_module_read_with_getattr(tmp_path: Path) -> None:
    # SPEC section 6 (functions of the project, called through a value that holds them):
    # `getattr(senders, "send_ice")` of an imported module of the project is that function, called
    # at once or later; the state's sender stays clean
    root = project(tmp_path, {
        "pkg/__init__.py": "",
        "pkg/senders.py": '''
            import requests
            def send_ice(body):
                return requests.post("https://eid.ice.gov/api/v1/subjects", json=body, timeout=10)
            def send_state(body):
                return requests.post("https://api.dhs.state.mn.us/members", json=body, timeout=10)
            ''',
        "pkg/router.py": '''
            from . import senders
            def via_getattr(member):
                fn = getattr(senders, "send_ice")
                fn({"cin": member.cin, "ethnicity": member.ethnicity})
            def via_getattr_direct(member):
                getattr(senders, "send_ice")({"cin": member.cin, "sex": member.sex})
            def state(member):
                getattr(senders, "send_state")({"cin": member.cin, "sex": member.sex})
            ''',
    })
    assert lint(root / "pkg/router.py") == [(4, "MCD101"), (6, "MCD101")]


def test_a_dictwriter_helper_of_another_module_given_the_callers_columns(tmp_path: Path) -> None:
    # SPEC section 3 (fieldnames are a column list; a placement in another module is reported at the
    # call in the linted module) and section 6 (an explicit selection of permitted names keeps the
    # rows to those columns): a DictWriter helper of another module writes only the columns its
    # caller gives; a list with a prohibited column is reported in the caller, a list of permitted
    # columns keeps rows read whole clean
    root = project(tmp_path, {
        "pkg/__init__.py": "",
        "pkg/extract.py": '''
            import csv
            def write_extract(rows, path, columns):
                with open(path, "w", newline="") as fh:
                    w = csv.DictWriter(fh, fieldnames=columns, extrasaction="ignore")
                    w.writeheader()
                    for row in rows:
                        w.writerow(row)
            ''',
        "pkg/sftp.py": '''
            import paramiko
            def upload(host, local_path, remote_path):
                ssh = paramiko.SSHClient()
                ssh.connect(hostname=host, username="x")
                ssh.open_sftp().put(local_path, remote_path)
            ''',
        "pkg/jobs.py": '''
            import csv
            from .extract import write_extract
            from .sftp import upload
            ICE_COLUMNS = ["msis_ident_num", "birth_dt", "imgrtn_stus_cd"]
            def permitted(src):
                with open(src, newline="") as fh:
                    rows = [r for r in csv.DictReader(fh) if r["imgrtn_stus_cd"] == "UNL"]
                write_extract(rows, "/tmp/e.csv", ICE_COLUMNS)
                upload("mft.ero.dhs.gov", "/tmp/e.csv", "/in/e.csv")
            def with_sex(src):
                with open(src, newline="") as fh:
                    rows = [r for r in csv.DictReader(fh) if r["imgrtn_stus_cd"] == "UNL"]
                write_extract(rows, "/tmp/f.csv", ["msis_ident_num", "sex_cd"])
                upload("mft.ero.dhs.gov", "/tmp/f.csv", "/in/f.csv")
            ''',
    })
    # (reported at the upload that sends the file, the call in this module that hands it to the sink)
    assert lint(root / "pkg/jobs.py") == [(14, "MCD101")]


def test_a_file_filled_from_another_module_and_uploaded_by_a_helper(tmp_path: Path) -> None:
    # SPEC section 3 (a placement in another module is reported at the call in the linted module
    # that hands the data to a sink, or to a function whose parameter reaches one): a segment
    # builder of another module written to a file and uploaded by a shared helper of the linted
    # module is reported at the call of the helper in the function that wrote the file, not at the
    # helper's put that every caller shares
    root = project(tmp_path, {
        "xfer/__init__.py": "",
        "xfer/segments.py": '''
            def subscriber(m):
                return [
                    f"REF*0F*{m.cin}~",
                    f"REF*SY*{m.ssn}~",
                ]
            ''',
        "xfer/job.py": '''
            import paramiko
            from xfer.segments import subscriber
            ERO_HOST = "mft.ero.dhs.gov"
            def _upload(path, remote):
                ssh = paramiko.SSHClient()
                ssh.connect(hostname=ERO_HOST, username="txhhsc")
                ssh.open_sftp().put(path, remote)
            def send_one(m, path="/tmp/one_834.x12"):
                with open(path, "w") as fh:
                    fh.write("\\n".join(subscriber(m)))
                _upload(path, "/in/one_834.x12")
            ''',
    })
    assert lint(root / "xfer/job.py") == [(11, "MCD101")]


def test_an_enforcement_literal_overridden_by_a_local_import_stays_possible(tmp_path: Path) -> None:
    # SPEC section 6 (branches join): a settings module that binds ICE's URL and then, in a try, imports
    # a developer's override of the project (localhost) may send to either: the production value
    # still counts
    root = project(tmp_path, {
        "app/__init__.py": "",
        "app/local_settings.py": '''
            REFERRAL_URL = "http://localhost:8000/referrals"
            ''',
        "app/settings.py": '''
            REFERRAL_URL = "https://eid.ice.gov/api/referrals"
            try:
                from .local_settings import REFERRAL_URL  # noqa: F401
            except ImportError:
                pass
            ''',
        "app/refer.py": '''
            import requests
            from .settings import REFERRAL_URL
            def refer(m):
                requests.post(REFERRAL_URL, json={"medicaid_id": m.cin, "ssn": m.ssn}, timeout=10)
            ''',
    })
    assert lint(root / "app/refer.py") == [(4, "MCD101")]
