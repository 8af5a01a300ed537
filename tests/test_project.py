"""Cross-module analysis (flow/project.py and the engine's foreign calls): small projects in a
temporary folder, each module analyzed with its path as flake8 would, findings pinned at
line and code (and, for data placed in another module, the "placed at" in the message)."""

from __future__ import annotations

import textwrap
from pathlib import Path

from flake8_medicaid_scope import Config, analyze

CONFIG = Config.from_options(cache=False)


def project(root: Path, files: dict[str, str]) -> Path:
    (root / "pyproject.toml").parent.mkdir(parents=True, exist_ok=True)
    (root / "pyproject.toml").write_text('[project]\nname = "app"\n')
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    for folder in {(root / n).parent for n in files}:
        while folder != root:
            (folder / "__init__.py").touch()
            folder = folder.parent
    return root


def lint(path: Path) -> list[tuple[int, str]]:
    return [(f.line, f.code) for f in analyze(path.read_text(encoding="utf-8"), CONFIG, filename=str(path))]


def messages(path: Path) -> list[str]:
    return [f.message for f in analyze(path.read_text(encoding="utf-8"), CONFIG, filename=str(path))]


ICE = "https://eid.ice.gov/api/v1"


def test_builder_and_sender_of_one_module_joined_by_a_caller(tmp_path: Path) -> None:
    root = project(tmp_path, {
        "app/ice.py": f'''
            import requests
            class Client:
                url = "{ICE}"
                def submit(self, body):
                    requests.post(self.url, json=body)
            def payload(m):
                return {{"medicaid_id": m.cin, "race": m.race}}
            ''',
        "app/use.py": '''
            from app.ice import Client, payload
            def go(m):
                Client().submit(payload(m))
            def nameless(m):
                Client().submit(m)
            ''',
    })
    assert lint(root / "app/ice.py") == []  # a client that posts its parameter is clean by itself
    assert lint(root / "app/use.py") == [(3, "MCD101")]
    assert "'race' (race_ethnicity) placed at " in messages(root / "app/use.py")[0]
    assert "app/ice.py:7" in messages(root / "app/use.py")[0]


def test_a_helper_that_writes_into_its_callers_container(tmp_path: Path) -> None:
    root = project(tmp_path, {
        "app/enrich.py": '''
            def add_ssn(body, m):
                body["ssn"] = m.ssn
            def replace_body(body, m):
                body = {"ssn": m.ssn}
                return None
            ''',
        "app/send.py": f'''
            import requests
            from app.enrich import add_ssn, replace_body
            def refer(m):
                body = {{"medicaid_id": m.cin}}
                add_ssn(body, m)
                requests.post("{ICE}", json=body)
            def refer_rebound(m):
                body = {{"medicaid_id": m.cin}}
                replace_body(body, m)
                requests.post("{ICE}", json=body)
            def local_helper(body, m):
                body.update(race=m.race)
            def refer_local(m):
                body = {{"medicaid_id": m.cin}}
                local_helper(body, m)
                requests.post("{ICE}", json=body)
            ''',
    })
    assert lint(root / "app/send.py") == [(6, "MCD101"), (12, "MCD101")]


def test_settings_client_and_allow_list_from_other_modules(tmp_path: Path) -> None:
    root = project(tmp_path, {
        "app/settings.py": f'''
            ICE_URL = "{ICE}"
            STATE_URL = "https://portal.dhs.state.mn.us/api"
            ALLOWED = ("medicaid_id", "date_of_birth")
            ''',
        "app/client.py": '''
            import requests
            from .settings import ICE_URL
            class Base:
                def _post(self, path, body):
                    return requests.post(self.base_url + path, json=body)
            class IceClient(Base):
                def __init__(self):
                    self.base_url = ICE_URL
                def submit(self, body):
                    return self._post("/subjects", body)
            ''',
        "app/__init__.py": "from .client import IceClient\n",
        "app/jobs/nightly.py": '''
            import requests
            from app import IceClient
            from ..settings import ALLOWED, STATE_URL
            def refer(m, rec):
                IceClient().submit({"medicaid_id": m.cin, "sex": m.sex})
                IceClient().submit({k: v for k, v in rec.items() if k in ALLOWED})
                requests.post(STATE_URL, json=vars(m))
            ''',
    })
    assert lint(root / "app/jobs/nightly.py") == [(5, "MCD101")]
    assert "https://eid.ice.gov/api/v1/subjects" in messages(root / "app/jobs/nightly.py")[0]


def test_not_enforcement_pragma_on_a_constant_of_another_module(tmp_path: Path) -> None:
    root = project(tmp_path, {
        "app/settings.py": '''
            import os
            DHS_PORTAL = os.environ["DHS_PORTAL"]  # medicaid-scope: not-enforcement
            DHS_OTHER = os.environ["DHS_OTHER"]
            ''',
        "app/use.py": '''
            import requests
            from app.settings import DHS_PORTAL, DHS_OTHER
            def go(m):
                requests.post(DHS_PORTAL, json={"ssn": m.ssn})
                requests.post(DHS_OTHER, json={"ssn": m.ssn})
            ''',
    })
    assert lint(root / "app/use.py") == [(5, "MCD101")]


def test_paths_built_with_percent_and_format_are_reported_where_the_field_enters(tmp_path: Path) -> None:
    root = project(tmp_path, {
        "app/http.py": f'''
            import requests
            BASE = "{ICE}"
            def _get(path):
                return requests.get(BASE + path)
            ''',
        "app/use.py": '''
            from app.http import _get
            def go(m):
                _get("/x/%s" % m.diagnosis)
                _get("/z/{v}".format(v=m.race))
                _get("/y/%s/%s" % (m.cin, m.ssn))
            ''',
    })
    assert lint(root / "app/use.py") == [(3, "MCD102"), (4, "MCD101"), (5, "MCD101")]


def test_an_object_container_filled_by_one_method_and_sent_by_another(tmp_path: Path) -> None:
    root = project(tmp_path, {
        "app/batch.py": f'''
            import requests
            class Batch:
                def __init__(self):
                    self.items = []
                def add(self, m):
                    self.items.append({{"medicaid_id": m.cin, "race": m.race}})
                def flush(self):
                    requests.post("{ICE}", json=self.items)
            ''',
    })
    assert lint(root / "app/batch.py") == [(6, "MCD101")]


def test_a_model_validated_in_another_module_carries_its_declared_fields(tmp_path: Path) -> None:
    root = project(tmp_path, {
        "app/models.py": '''
            from pydantic import BaseModel
            class Snapshot(BaseModel):
                medicaid_id: str
                phone: str
            class Full(BaseModel):
                medicaid_id: str
                sex: str
            ''',
        "app/send.py": f'''
            import requests
            from app.models import Full, Snapshot
            def go(raw):
                requests.post("{ICE}", json=Snapshot.model_validate(raw).model_dump())
                requests.post("{ICE}", json=Full.model_validate(raw).model_dump())
            ''',
    })
    assert lint(root / "app/send.py") == [(5, "MCD101")]


def test_an_imported_module_in_another_encoding_is_read(tmp_path: Path) -> None:
    root = project(tmp_path, {"app/use.py": "import requests\nfrom app.settings import URL\ndef go(m):\n    requests.post(URL, json={'ssn': m.ssn})\n"})
    (root / "app/settings.py").write_bytes(f"# -*- coding: latin-1 -*-\n# Caf\xe9\nURL = '{ICE}'\n".encode("latin-1"))
    assert lint(root / "app/use.py") == [(4, "MCD101")]


def test_sql_of_another_module_is_reported_at_the_send_that_carries_its_rows(tmp_path: Path) -> None:
    root = project(tmp_path, {
        "app/queries.py": '''
            ROSTER_SQL = """
            SELECT m.cin,
                   m.primary_language
            FROM members m
            WHERE m.immigration_status = 'EWI'
            """
            ''',
        "app/export.py": '''
            import io
            import pandas as pd
            import paramiko
            from app import queries
            def upload(engine):
                roster = pd.read_sql(queries.ROSTER_SQL, engine)
                ssh = paramiko.SSHClient()
                ssh.connect(hostname="mft.ice.gov")
                sftp = ssh.open_sftp()
                sftp.putfo(io.BytesIO(roster.to_csv().encode()), "/inbound/roster.csv")
            ''',
    })
    assert lint(root / "app/queries.py") == []
    assert lint(root / "app/export.py") == [(10, "MCD101")]  # the send, not the read_sql (SPEC section 3)
    assert "placed at" in messages(root / "app/export.py")[0] and "queries.py:3" in messages(root / "app/export.py")[0]


def test_records_handed_to_a_client_whose_transport_is_inherited_from_a_third_module(tmp_path: Path) -> None:
    root = project(tmp_path, {
        "app/transport.py": '''
            import requests
            class JsonTransport:
                def __init__(self):
                    self.session = requests.Session()
                def post_json(self, url, payload):
                    return self.session.post(url, json=payload).json()
            ''',
        "app/client.py": f'''
            from .transport import JsonTransport
            class ReferralClient(JsonTransport):
                def submit(self, packet):
                    return self.post_json("{ICE}/referrals", packet)
            ''',
        "app/tasks.py": '''
            from medical_core.models import Member
            from app.client import ReferralClient
            def nightly():
                client = ReferralClient()
                for member in Member.objects.filter(county_code="19"):
                    client.submit({"medicaid_id": member.cin})
            def chosen():
                client = ReferralClient()
                for member in Member.objects.filter(immigration_status="EWI"):
                    client.submit({"medicaid_id": member.cin})
            ''',
    })
    assert lint(root / "app/client.py") == [] and lint(root / "app/transport.py") == []
    assert lint(root / "app/tasks.py") == [(6, "MCD201")]


def test_a_celery_task_of_another_module_run_with_delay(tmp_path: Path) -> None:
    root = project(tmp_path, {
        "app/tasks.py": f'''
            import requests
            from celery import shared_task
            @shared_task(bind=True, max_retries=3)
            def refer(self, packet):
                requests.post("{ICE}/referrals", json=packet)
            ''',
        "app/views.py": '''
            from app.tasks import refer
            def submit(request, m):
                refer.delay({"medicaid_id": m.cin, "diagnosis": m.primary_dx})
                refer.apply_async(args=[{"medicaid_id": m.cin}], countdown=60)
            def through_the_module(m):
                import app.tasks as tasks
                tasks.refer.delay({"medicaid_id": m.cin, "sex": m.sex})
            ''',
    })
    assert lint(root / "app/tasks.py") == []  # a task that posts its parameter is clean by itself
    assert lint(root / "app/views.py") == [(3, "MCD102"), (7, "MCD101")]


def test_partials_made_in_another_module(tmp_path: Path) -> None:
    root = project(tmp_path, {
        "app/transport.py": f'''
            from functools import partial
            import requests
            ICE_URL = "{ICE}/referrals"
            post_referral = partial(requests.post, ICE_URL)
            def send(url, payload):
                requests.post(url, json=payload)
            post_via_send = partial(send, ICE_URL)
            post_to_state = partial(send, "https://eligibility.dhs.illinois.gov/api")
            ''',
        "app/caller.py": '''
            from functools import partial
            from app.transport import ICE_URL, post_referral, post_to_state, post_via_send, send
            def refer(m):
                post_referral(json={"medicaid_id": m.cin, "ssn": m.ssn})
                post_via_send({"medicaid_id": m.cin, "race": m.race})
                post_to_state({"ssn": m.ssn, "race": m.race})
                partial(send, ICE_URL)({"language": m.primary_language})
            ''',
    })
    assert lint(root / "app/transport.py") == []
    assert lint(root / "app/caller.py") == [(4, "MCD101"), (5, "MCD101"), (7, "MCD101")]


def test_imports_inside_a_function_reach_the_project(tmp_path: Path) -> None:
    root = project(tmp_path, {
        "app/settings.py": f'''
            REFERRAL_URL = "{ICE}/referrals"
            STATE_URL = "https://eligibility.dhs.illinois.gov/api"
            ''',
        "app/builders.py": '''
            def build(m):
                return {"medicaid_id": m.cin, "ssn": m.ssn}
            ''',
        "app/send.py": '''
            import requests
            def refer(m):
                from app import settings as s
                requests.post(s.REFERRAL_URL, json={"race": m.race})
            def refer_name(m):
                from app.settings import REFERRAL_URL
                requests.post(REFERRAL_URL, json={"sex": m.sex})
            def refer_built(m):
                import app.settings
                from app.builders import build
                requests.post(app.settings.REFERRAL_URL, json=build(m))
            def to_state(m):
                from app.settings import STATE_URL as REFERRAL_URL
                requests.post(REFERRAL_URL, json={"ssn": m.ssn})
            def unseen(m):
                requests.post(REFERRAL_URL, json={"ssn": m.ssn})  # no import in this scope: an unknown name
            ''',
    })
    assert lint(root / "app/send.py") == [(4, "MCD101"), (7, "MCD101"), (11, "MCD101")]
    assert "builders.py:2" in messages(root / "app/send.py")[2]


def test_a_bare_field_handed_to_a_function_that_sends_it(tmp_path: Path) -> None:
    root = project(tmp_path, {
        "app/transport.py": f'''
            import requests
            ICE_URL = "{ICE}/referrals"
            def send(payload):
                requests.post(ICE_URL, data=payload)
            class Tx:
                def send(self, value):
                    requests.post(ICE_URL, json=value)
            ''',
        "app/caller.py": '''
            from app import transport
            from app.transport import Tx, send
            def run(m):
                transport.send(m.ssn)
            def through_a_variable(m):
                race = m.race
                send(race)
            def through_a_parameter(ssn):
                send(ssn)
            def method(m):
                Tx().send(m.sex)
            def permitted(m):
                send(m.cin)
            ''',
    })
    assert lint(root / "app/transport.py") == []
    found = analyze((root / "app/caller.py").read_text(), CONFIG, filename=str(root / "app/caller.py"))
    assert [(f.line, f.col, f.code) for f in found] == [(4, 19, "MCD101"), (7, 9, "MCD101"), (9, 9, "MCD101"), (11, 14, "MCD101")]


def test_a_bare_field_sent_by_a_helper_of_the_same_module_is_reported_at_the_caller() -> None:
    source = textwrap.dedent(f'''
        import requests
        def send(value):
            requests.post("{ICE}", json=value)
        def refer(m):
            send(m.ssn)
        def wrapped(m):
            send({{"sex": m.sex}})
        ''')
    assert [(f.line, f.col, f.code) for f in analyze(source, CONFIG)] == [(6, 9, "MCD101"), (8, 10, "MCD101")]


def test_an_object_of_another_module_filled_by_its_methods(tmp_path: Path) -> None:
    root = project(tmp_path, {
        "app/packet.py": '''
            class Packet:
                def __init__(self):
                    self.data = {}
                def add_basic(self, m):
                    self.data["medicaid_id"] = m.cin
                def add_health(self, m):
                    self.data["dx"] = m.diagnosis_code
            ''',
        "app/send.py": f'''
            import requests
            from app.packet import Packet
            def refer(m):
                p = Packet()
                p.add_basic(m)
                p.add_health(m)
                requests.post("{ICE}", json=p.data)
            def only_permitted(m):
                p = Packet()
                p.add_basic(m)
                requests.post("{ICE}", json=p.data)
            ''',
    })
    assert lint(root / "app/packet.py") == []
    assert lint(root / "app/send.py") == [(7, "MCD102")]
    assert "packet.py:7" in messages(root / "app/send.py")[0]


def test_a_settings_object_of_another_module(tmp_path: Path) -> None:
    root = project(tmp_path, {
        "app/conf.py": f'''
            from pydantic_settings import BaseSettings
            class Settings:
                referral_url = "{ICE}/referrals"
                timeout = 30
            class AppSettings(BaseSettings):
                ice_url: str = "{ICE}/v2"
                state_url: str = "https://eligibility.dhs.illinois.gov/api"
            class Member:
                ssn = None
            settings = Settings()
            app_settings = AppSettings()
            ''',
        "app/send.py": '''
            import requests
            from app.conf import Member, app_settings, settings
            def refer(m):
                requests.post(settings.referral_url, json={"race": m.race}, timeout=settings.timeout)
            def refer_pydantic(m):
                requests.post(app_settings.ice_url, json={"sex": m.sex})
            def to_state(m):
                requests.post(app_settings.state_url, json={"ssn": m.ssn})
            def field_read_keeps_its_name():
                requests.post(app_settings.ice_url, data=Member().ssn)
            ''',
    })
    assert lint(root / "app/send.py") == [(4, "MCD101"), (6, "MCD101"), (10, "MCD101")]


def test_a_file_written_by_another_modules_function_and_uploaded_here(tmp_path: Path) -> None:
    root = project(tmp_path, {
        "app/extract.py": '''
            import csv
            def write_extract(members, path):
                with open(path, "w", newline="") as f:
                    w = csv.DictWriter(f, fieldnames=["medicaid_id", "dob"])
                    for m in members:
                        w.writerow({"medicaid_id": m.cin, "dob": m.birth_date})
            def write_one(m, path):
                with open(path, "w", newline="") as f:
                    csv.writer(f).writerow([m.cin, m.ssn])
            ''',
        "app/upload.py": '''
            import boto3
            from app.extract import write_extract, write_one
            from app.models import Member
            def run():
                write_extract(Member.objects.all(), "/tmp/extract.csv")
                boto3.client("s3").upload_file("/tmp/extract.csv", "ice-eid-handoff-prod", "extract.csv")
            def run_one(m):
                write_one(m, "/tmp/one.csv")
                boto3.client("s3").upload_file("/tmp/one.csv", "ice-eid-handoff-prod", "one.csv")
            def to_the_state():
                write_extract(Member.objects.all(), "/tmp/state.csv")
                boto3.client("s3").upload_file("/tmp/state.csv", "il-dhs-eligibility-archive", "extract.csv")
            ''',
    })
    assert lint(root / "app/extract.py") == []
    assert lint(root / "app/upload.py") == [(6, "MCD201"), (9, "MCD101")]


def test_a_subclass_override_called_by_a_base_of_another_module(tmp_path: Path) -> None:
    root = project(tmp_path, {
        "app/base.py": f'''
            import requests
            class Sender:
                url = "{ICE}/referrals"
                def send(self):
                    requests.post(self.url, json=self.payload())
                def payload(self):
                    return {{}}
            ''',
        "app/referral.py": '''
            from app.base import Sender
            class Referral(Sender):
                def __init__(self, m):
                    self.m = m
                def payload(self):
                    return {"medicaid_id": self.m.cin, "ssn": self.m.ssn}
            def refer(m):
                Referral(m).send()
            ''',
    })
    assert lint(root / "app/base.py") == []
    assert lint(root / "app/referral.py") == [(6, "MCD101")]


def test_the_enforcement_pragma_on_a_constants_line(tmp_path: Path) -> None:
    root = project(tmp_path, {
        "app/settings.py": '''
            GATEWAY_URL = "https://gw.vendor.example.com/handoff"  # medicaid-scope: enforcement
            OTHER_URL = "https://gw.vendor.example.com/other"
            ''',
        "app/send.py": '''
            import requests
            from app.settings import GATEWAY_URL, OTHER_URL
            LOCAL = "https://relay.vendor.example.com/x"  # medicaid-scope: enforcement
            def refer(m):
                requests.post(GATEWAY_URL, json={"ssn": m.ssn})
            def local(m):
                requests.post(LOCAL, json={"race": m.race})
            def other(m):
                requests.post(OTHER_URL, json={"ssn": m.ssn})
            ''',
    })
    assert lint(root / "app/send.py") == [(5, "MCD101"), (7, "MCD101")]


# --- cross-module prober, round 8 -----------------------------------------------------------


def test_a_string_built_by_a_helper_of_another_module_is_one_placement_at_the_entry(tmp_path: Path) -> None:
    root = project(tmp_path, {
        "app/fmt.py": '''
            def display_name(m):
                return f"{m.last_name}, {m.first_name}"
            ''',
        "app/jobs.py": f'''
            import requests
            from app.fmt import display_name

            ICE_URL = "{ICE}/referrals"


            def refer(m):
                body = {{
                    "label": display_name(m),
                }}
                requests.post(ICE_URL, json=body)
            ''',
    })
    assert lint(root / "app" / "jobs.py") == [(9, "MCD101")]


def test_a_later_local_definition_rebinds_an_imported_name(tmp_path: Path) -> None:
    root = project(tmp_path, {
        "app/builders.py": '''
            def build_payload(m):
                return {"ssn": m.ssn, "dx": m.diagnosis}
            ''',
        "app/jobs.py": f'''
            import requests
            from app.builders import build_payload


            def build_payload(m):
                return {{"medicaid_id": m.medicaid_id}}


            def refer(m):
                requests.post("{ICE}/referrals", json=build_payload(m))
            ''',
    })
    assert lint(root / "app" / "jobs.py") == []


def test_an_import_fallback_in_except_does_not_replace_the_import(tmp_path: Path) -> None:
    root = project(tmp_path, {
        "app/clients.py": f'''
            import requests


            class IceClient:
                def submit(self, body):
                    return requests.post("{ICE}/referrals", json=body)


            ice_client = IceClient()
            ''',
        "app/jobs.py": '''
            try:
                from app.clients import ice_client
            except ImportError:
                ice_client = None


            def refer(m):
                ice_client.submit({"medicaid_id": m.medicaid_id, "income": m.income})
            ''',
    })
    assert lint(root / "app" / "jobs.py") == [(8, "MCD101")]


def test_a_url_given_to_the_base_transport_through_super_init(tmp_path: Path) -> None:
    root = project(tmp_path, {
        "app/transport.py": '''
            import requests


            class Transport:
                def __init__(self, base_url):
                    self.base_url = base_url

                def post(self, path, body):
                    return requests.post(self.base_url + path, json=body)
            ''',
        "app/clients.py": f'''
            from app.transport import Transport


            class PartnerClient(Transport):
                def __init__(self):
                    super().__init__("{ICE}")
            ''',
        "app/jobs.py": '''
            from app.clients import PartnerClient


            def refer(m):
                PartnerClient().post("/referrals", {"race": m.race})
            ''',
    })
    assert lint(root / "app" / "jobs.py") == [(5, "MCD101")]


def test_model_fields_inherited_from_a_model_of_another_module(tmp_path: Path) -> None:
    root = project(tmp_path, {
        "app/base_models.py": '''
            from pydantic import BaseModel


            class PersonBase(BaseModel):
                medicaid_id: str
                ssn: str
            ''',
        "app/models.py": '''
            from app.base_models import PersonBase


            class Referral(PersonBase):
                race: str
            ''',
        "app/jobs.py": f'''
            import requests
            from app.models import Referral


            def run(row):
                ref = Referral(**row)
                requests.post("{ICE}/referrals", json=ref.model_dump())
            ''',
    })
    assert lint(root / "app" / "jobs.py") == [(6, "MCD101"), (6, "MCD101")]


def test_an_enforcement_model_of_another_module_is_reported_at_the_send_not_its_keywords(tmp_path: Path) -> None:
    root = project(tmp_path, {
        "app/payloads.py": '''
            from pydantic import BaseModel


            class IceReferral(BaseModel):
                medicaid_id: str
                full_name: str
            ''',
        "app/jobs.py": f'''
            import requests
            from app.payloads import IceReferral


            def refer(m):
                ref = IceReferral(medicaid_id=m.cin, full_name=m.name)
                requests.post("{ICE}/referrals", json=ref.model_dump())
            ''',
    })
    assert lint(root / "app" / "jobs.py") == [(7, "MCD101")]
    assert "app/payloads.py:6 sent to" in messages(root / "app" / "jobs.py")[0]
    assert lint(root / "app" / "payloads.py") == [(6, "MCD101")]


def test_a_settings_dict_of_another_module_folds_through_a_part_bound_to_a_name(tmp_path: Path) -> None:
    root = project(tmp_path, {
        "app/settings.py": f'''
            ENDPOINTS = {{
                "partner": {{"url": "{ICE}/r", "timeout": 5}},
                "state": {{"url": "https://portal.medi-cal.ca.gov/r", "timeout": 5}},
            }}
            ''',
        "app/jobs.py": '''
            import requests
            from .settings import ENDPOINTS


            def run(m):
                cfg = ENDPOINTS["partner"]
                requests.post(cfg["url"], json={"diagnosis": m.diagnosis})
                requests.post(ENDPOINTS["state"]["url"], json={"ssn": m.ssn})
            ''',
    })
    assert lint(root / "app" / "jobs.py") == [(7, "MCD102")]


def test_function_values_of_another_module_run_there(tmp_path: Path) -> None:
    """A module-level lambda and a closure made by a factory in another module run in that module
    (its imports, its constants), and what they send is reported at this module's placements,
    naming this module's send line."""
    root = project(tmp_path, {
        "app/senders.py": f'''
            import requests
            ICE_URL = "{ICE}/referrals"
            STATE_URL = "https://portal.dhs.state.mn.us/api/members"
            to_ice = lambda body: requests.post(ICE_URL, json=body)
            to_state = lambda body: requests.post(STATE_URL, json=body)
            def make_sender(url):
                def send(body):
                    return requests.post(url, json=body)
                return send
            send_ice = make_sender(ICE_URL)
            send_state = make_sender(STATE_URL)
            ''',
        "app/jobs.py": '''
            from app.senders import make_sender, send_ice, send_state, to_ice, to_state
            def refer(m):
                to_ice({"medicaid_id": m.medicaid_id, "ssn": m.ssn})
                send_ice({"medicaid_id": m.medicaid_id, "dx": m.diagnosis_code})
                make_sender("https://eid.ice.gov/x")({"dx": m.diagnosis_code})
            def sync(m):
                to_state({"ssn": m.ssn})
                send_state({"dx": m.diagnosis_code})
                make_sender("https://portal.dhs.state.mn.us/x")({"dx": m.diagnosis_code})
            ''',
    })
    assert lint(root / "app/senders.py") == []
    assert lint(root / "app/jobs.py") == [(3, "MCD101"), (4, "MCD102"), (5, "MCD102")]
    assert [m.split(";")[0].rsplit(" (line ", 1)[1] for m in messages(root / "app/jobs.py")] == ["3)", "4)", "5)"]


def test_a_file_written_here_and_uploaded_by_a_function_of_another_module(tmp_path: Path) -> None:
    """SPEC section 4, files written for later upload: the upload helper of a transport module
    sends what this module wrote (reported at this module's placements, naming this module's call);
    a file named for the state's DHS that it puts on the state's SFTP is not a send by its write."""
    root = project(tmp_path, {
        "app/transport.py": '''
            import pysftp
            ICE_HOST = "mft.ero.dhs.gov"
            def upload(local_path, host):
                with pysftp.Connection(host, username="svc") as sftp:
                    sftp.put(local_path, "/inbound/extract.csv")
            def upload_ice(local_path):
                with pysftp.Connection(ICE_HOST, username="svc") as sftp:
                    sftp.put(local_path, "/inbound/handoff.csv")
            ''',
        "app/nightly.py": '''
            import csv
            from app.transport import upload, upload_ice
            EXTRACT = "/var/exports/dhs_eligibility_extract.csv"
            def nightly(cursor):
                cursor.execute("SELECT msis_ident_num, ssn, prmry_dgns_cd FROM elig")
                with open(EXTRACT, "w", newline="") as fh:
                    csv.writer(fh).writerows(cursor.fetchall())
                upload(EXTRACT, "mft.dhs.state.mn.us")
            def handoff(m):
                with open("/tmp/h.csv", "w", newline="") as fh:
                    csv.writer(fh).writerow([m.cin, m.ssn, m.primary_dx])
                upload_ice("/tmp/h.csv")
            ''',
    })
    assert lint(root / "app/transport.py") == []
    assert lint(root / "app/nightly.py") == [(11, "MCD101"), (11, "MCD102")]
    assert all("mft.ero.dhs.gov (line 12)" in m for m in messages(root / "app/nightly.py"))


def test_a_bare_field_put_into_data_by_a_function_of_another_module(tmp_path: Path) -> None:
    """SPEC section 3: data handed to a function of another module whose parameter reaches an
    enforcement sink is reported at the call in the linted module (here the helper puts its
    parameters into a dict, a list, an entry set in steps); the helper's module is clean of it."""
    root = project(tmp_path, {
        "app/t.py": f'''
            import requests
            ICE_URL = "{ICE}/referrals"
            def plain(cin, extra):
                requests.post(ICE_URL, json={{"medicaid_id": cin, "x": extra}})
            def listed(cin, extra):
                requests.post(ICE_URL, json=[cin, extra])
            class IceClient:
                def send_fields(self, cin, value):
                    body = {{"medicaid_id": cin}}
                    body["v"] = value
                    requests.post(ICE_URL, json=body)
            ''',
        "app/u.py": '''
            from app.t import IceClient, listed, plain
            def a(m):
                plain(m.cin, m.full_name)
            def b(m):
                listed(m.cin, m.diagnosis)
            def c(m):
                IceClient().send_fields(m.cin, m.ssn)
            def d(m):
                plain(m.cin, m.dob)
            ''',
    })
    assert lint(root / "app/t.py") == []
    assert [(f.line, f.col, f.code) for f in analyze((root / "app/u.py").read_text(), CONFIG, filename=str(root / "app/u.py"))] == [
        (3, 17, "MCD101"), (5, 18, "MCD102"), (7, 35, "MCD101"),
    ]


def test_a_bare_field_put_twice_by_another_module_is_one_finding(tmp_path: Path) -> None:
    root = project(tmp_path, {
        "app/transport.py": f'''
            import requests
            def put(value, note):
                requests.post("{ICE}/referrals", json={{"subject": value, "copy": value, "note": note}})
            ''',
        "app/job.py": '''
            from app.transport import put
            def run(m):
                put(m.ssn, m.race)
            ''',
    })
    assert lint(root / "app/job.py") == [(3, "MCD101"), (3, "MCD101")]  # one for the SSN, one for race
    assert sorted(m.split("'")[1] for m in messages(root / "app/job.py")) == ["race", "ssn"]


def test_a_payload_built_by_a_function_value_handed_to_another_module(tmp_path: Path) -> None:
    # the caller hands a partial, a lambda or a closure that builds the row (placed in a third
    # module): what the callee sends of it is the caller's finding, at its call
    root = project(tmp_path, {
        "hq/rows.py": '''
            def referral_row(member):
                return {"medicaid_id": member.cin, "ssn": member.ssn}
            ''',
        "hq/client.py": f'''
            import requests
            def send_built(factory):
                requests.post("{ICE}/referrals", json=factory(), timeout=30)
            def send_member(member):
                from hq.rows import referral_row
                requests.post("{ICE}/referrals", json=referral_row(member), timeout=30)
            ''',
        "hq/job.py": '''
            import functools
            from hq.client import send_built, send_member
            from hq.rows import referral_row
            def via_partial(member):
                send_built(functools.partial(referral_row, member))
            def via_lambda(member):
                send_built(lambda: referral_row(member))
            def nameless(member):
                send_member(member)
            ''',
    })
    assert lint(root / "hq/job.py") == [(5, "MCD101"), (7, "MCD101")]


def test_a_file_written_by_another_module_is_decided_by_the_callers_upload(tmp_path: Path) -> None:
    # the helper writes a file named for enforcement from the records it is handed: MCD201 at the
    # caller's call, unless the caller uploads the file itself (to the state: clean; to ICE: at the upload)
    root = project(tmp_path, {
        "nightly/exporter.py": '''
            import csv
            REFERRAL_FILE = "/var/exports/ice_referrals.csv"
            def write_referrals(members):
                with open(REFERRAL_FILE, "w", newline="") as fh:
                    writer = csv.writer(fh)
                    for m in members:
                        writer.writerow([m.cin, m.dob, m.immigration_status])
                return REFERRAL_FILE
            ''',
        "nightly/keep.py": '''
            from nightly.exporter import write_referrals
            from nightly.models import Member
            def no_upload():
                write_referrals(Member.objects.filter(county="06037"))
            ''',
        "nightly/state.py": '''
            import paramiko
            from nightly.exporter import write_referrals
            from nightly.models import Member
            def to_state():
                path = write_referrals(Member.objects.filter(county="06037"))
                sftp = paramiko.SFTPClient.from_transport(paramiko.Transport(("mft.dhcs.ca.gov", 22)))
                sftp.put(path, "/inbound/referrals.csv")
            ''',
        "nightly/ice.py": '''
            import paramiko
            from nightly.exporter import write_referrals
            from nightly.models import Member
            def to_ice():
                path = write_referrals(Member.objects.filter(county="06037"))
                sftp = paramiko.SFTPClient.from_transport(paramiko.Transport(("sftp.eid.ice.gov", 22)))
                sftp.put(path, "/inbound/referrals.csv")
            ''',
    })
    assert lint(root / "nightly/keep.py") == [(4, "MCD201")]
    assert lint(root / "nightly/state.py") == []
    assert lint(root / "nightly/ice.py") == [(7, "MCD201")]
