"""Issue 5 in the data flow: lawful partners stay clean, whole-record serializers,
generators and itertools, relative configured sinks, the not-enforcement pragma, MCD902.

Each case is a small module with its expected findings annotated inline; a few
cases pin the exact column and message.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from annotations import actual, expected

from flake8_medicaid_scope import Config, analyze

HEAD = '''import dataclasses, itertools
import requests
from django.conf import settings
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
'''

CASES = {
    "child-support-and-other-domains-of-law": '''
def refer(m, tax_enforcement_client):
    requests.post(settings.CHILD_SUPPORT_ENFORCEMENT_URL, json={"ssn": m.ssn, "income": m.income})
    tax_enforcement_client.post("/liens", json={"ssn": m.ssn})
    requests.post(settings.MFCU_ENFORCEMENT_URL, json={"dx": m.primary_dx})
    requests.post(settings.ENFORCEMENT_URL, json={"ssn": m.ssn})  # MCD101
''',
    "ice-as-in-case-of-emergency": '''
def sync_ice_contacts(m):
    ice_contacts = {"name": m.ice_contact_name, "phone": m.ice_contact_phone}
    requests.post(settings.PORTAL_URL, json=ice_contacts)
def send_ice_contact(m):
    requests.post(settings.ICE_CONTACT_URL, json={"ssn": m.ssn})  # MCD101
''',
    "county-and-city-government-hosts": '''
def sync(m):
    requests.post("https://dhs.cookcountyil.gov/api/members", json={"ssn": m.ssn})
    requests.post("https://humanservices.hennepin.us/api", json={"ssn": m.ssn})
    requests.post("https://save.uscis.dhs.gov/verify", json={"ssn": m.ssn, "a_number": m.a_number})
    requests.post("https://api.dhs.gov/intake", json={"ssn": m.ssn})  # MCD101
''',
    "dhs-next-to-a-state": '''
def sync(m):
    requests.post(settings.MN_DHS_API_URL, json={"ssn": m.ssn})
    requests.post(settings.PA_DHS_URL + "/members", json={"ssn": m.ssn})
    requests.post(settings.DHS_API_URL, json={"ssn": m.ssn})  # MCD101
''',
    "whole-record-serializers-of-unknown-objects": '''
def refer(member, row, profile):
    requests.post(ICE_URL, json=dataclasses.asdict(member))  # MCD103
    requests.post(ICE_URL, json=member.model_dump())  # MCD103
    requests.post(ICE_URL, json=member.to_dict())  # MCD103
    requests.post(ICE_URL, json=row._asdict())  # MCD103
    requests.post(ICE_URL, data=profile.model_dump_json())  # MCD103
    requests.post(ICE_URL, json=member.model_dump(include={"medicaid_id", "dob"}))
    requests.post(ICE_URL, json=member.model_dump(include={"medicaid_id", "ssn"}))  # MCD101
''',
    "responses-are-not-records": '''
def forward(client, url):
    resp = client.fetch(url)
    requests.post(ICE_URL, json=resp.json())
    requests.post(ICE_URL, json=client.fetch(url).json())
''',
    "known-dataclass-fields-flow": '''
@dataclasses.dataclass
class Subject:
    medicaid_id: str
    ssn: str  # MCD101
    def send(self):
        requests.post(ICE_URL, json=dataclasses.asdict(self))
def refer(s: Subject):
    requests.post(ICE_URL, json=dataclasses.asdict(s))
''',
    "django-model-to-dict-and-drf": '''
from django.forms.models import model_to_dict
from rest_framework import serializers
from .serializers import MemberSerializer
class ReferralFieldsSerializer(serializers.ModelSerializer):
    class Meta:
        fields = [
            "medicaid_id",
            "diagnosis_code",  # MCD102
        ]
class EverythingSerializer(serializers.ModelSerializer):
    class Meta:
        fields = "__all__"  # MCD103
def refer(m):
    requests.post(ICE_URL, json=model_to_dict(m))  # MCD103
    requests.post(ICE_URL, json=model_to_dict(m, fields=["medicaid_id", "dob"]))
    requests.post(ICE_URL, json=MemberSerializer(m).data)  # MCD103
    requests.post(ICE_URL, json=ReferralFieldsSerializer(m).data)
    requests.post(ICE_URL, json=EverythingSerializer(m).data)
''',
    "generators-and-itertools-pass-names-on": '''
def rows_for(members):
    for m in members:
        yield {"cin": m.cin, "ssn": m.ssn}  # MCD101
def send_all(members):
    batch = list(itertools.islice(rows_for(members), 100))
    requests.post(ICE_URL, json=batch)
def send_chained(old, new):
    for rec in itertools.chain(old, new):
        requests.post(ICE_URL, json={"dx": rec.primary_dx})  # MCD102
''',
    "generator-with-an-allow-list-stays-clean": '''
ALLOWED = ("medicaid_id", "date_of_birth", "address")
def rows_for(members):
    for m in members:
        yield {name: getattr(m, name) for name in ALLOWED}
def send_all(members):
    for chunk in itertools.batched(rows_for(members), 50):
        requests.post(ICE_URL, json=list(chunk))
''',
    "not-enforcement-pragma": '''
ice_client = requests.Session()  # medicaid-scope: not-enforcement
ICE_HUB = settings.ICE_HUB_URL  # medicaid-scope: not-enforcement
def build_ice_case_update(case):  # medicaid-scope: not-enforcement
    return {"ssn": case.ssn}
def push_to_ice(payload):
    requests.put(settings.ICE_CASE_URL, json=payload)
def sync(case):
    push_to_ice({"ssn": case.ssn})  # medicaid-scope: not-enforcement
    requests.post(ICE_HUB, json={"ssn": case.ssn})
    requests.post(settings.ICE_URL, json={"ssn": case.ssn})  # medicaid-scope: not-enforcement
    requests.post(ICE_URL, json={"ssn": case.ssn})  # MCD101  # medicaid-scope: not-enforcement
''',
    "column-selections-are-placements": '''
def export(df):
    requests.post(ICE_URL, data=df[["medicaid_id", "dob"]].to_json())
    requests.post(ICE_URL, data=df[["medicaid_id", "race"]].to_json())  # MCD101
''',
    "builder-or-model-named-for-enforcement-sent-only-to-a-state-host": '''
from pydantic import BaseModel
class DhsReferral(BaseModel):
    ssn: str
def build_dhs_referral(m):
    return {"ssn": m.ssn}
def go(m):
    requests.post("https://eligibility.dhs.illinois.gov/api", json=build_dhs_referral(m))
    requests.post("https://save.uscis.dhs.gov/x", json=DhsReferral(ssn=m.ssn).model_dump())
''',
    "enforcement-model-reported-once-at-its-declaration": '''
from pydantic import BaseModel
class IceReferral(BaseModel):
    ssn: str  # MCD101
    medicaid_id: str
def go(m):
    requests.post(ICE_URL, json=IceReferral(ssn=m.ssn, medicaid_id=m.cin).model_dump())
''',
    "declared-models-flow-through-validate-and-forward-references": '''
from pydantic import BaseModel
class Basic(BaseModel):
    cin: str
    dob: str
class Full(BaseModel):
    cin: str
    sex: str
def a(raw, p: "Basic"):
    requests.post(ICE_URL, json=Basic.model_validate(raw).model_dump())
    requests.post(ICE_URL, json=p.model_dump())
    requests.post(ICE_URL, json=Full.model_validate(raw).model_dump())  # MCD101
    requests.post(ICE_URL, json=Full(**raw).model_dump())  # MCD101
''',
    "model-dump-include-forms": '''
def a(m):
    requests.post(ICE_URL, json=m.model_dump(include=None))  # MCD103
    requests.post(ICE_URL, json=m.model_dump(include={"ssn": True}))  # MCD101
    requests.post(ICE_URL, json=m.model_dump(include={"medicaid_id": True}))
''',
    "model-to-dict-fields-given-by-position": '''
from django.forms.models import model_to_dict
def a(m):
    requests.post(ICE_URL, json=model_to_dict(m, ["medicaid_id"]))
    requests.post(ICE_URL, json=model_to_dict(m, ["ssn"]))  # MCD101
''',
    "serializer-data-in-drf-shapes": '''
from rest_framework import serializers
class Referral(serializers.ModelSerializer):
    class Meta:
        fields = ["cin", "ssn"]  # MCD101
class Everything(serializers.ModelSerializer):
    class Meta:
        exclude = ["notes"]  # MCD103
def a(self, m):
    requests.post(ICE_URL, json=self.get_serializer(m).data)  # MCD103
    requests.post(ICE_URL, json=Referral(m).data)
    requests.post(ICE_URL, json=Everything(m).data)
''',
    "a-field-read-from-a-response-carries-its-name": '''
def forward(member_id):
    r = requests.get("https://portal.dhs.state.mn.us/api/members/" + member_id)
    record = r.json()
    requests.post(ICE_URL, json={"id": record["ssn"], "status": r.status_code})  # MCD101
''',
    "pragma-on-a-known-sink-keeps-its-data-arguments": '''
def a(m, url):
    requests.post(url, json={"cin": m.cin}, timeout=m.timeout)  # medicaid-scope: enforcement
    requests.post(url, json={"sex": m.sex})  # MCD101  # medicaid-scope: enforcement
''',
    "one-line-bodies": '''
def refer(m): requests.post(ICE_URL, json={"ssn": m.ssn})  # MCD101
def build_ice_referral(m): return {"race": m.race}  # MCD101
''',
    # round 7 precision prober
    "update-with-constants-replaces-the-values": '''
MASK = "***"
def refer(m):
    rec = {"medicaid_id": m.cin, "ssn": m.ssn, "diagnosis": m.dx}
    rec.update(ssn=MASK, diagnosis=MASK)
    requests.post(ICE_URL, json=rec)
def refer_dict(m):
    rec = {"medicaid_id": m.cin, "ssn": m.ssn}
    rec.update({"ssn": "***"})
    requests.post(ICE_URL, json=rec)
def refer_more(m):
    rec = {"medicaid_id": m.cin}
    rec.update({"ssn": m.ssn, "note": None})  # MCD101
    requests.post(ICE_URL, json=rec)
''',
    "function-named-for-enforcement-called-only-with-a-state-host": '''
def send_to_enforcement_unit(url, member):
    requests.post(url, json={"ssn": member.ssn, "claims": member.claims})
def run(member):
    send_to_enforcement_unit("https://mfcu.ag.ny.gov/api/referrals", member)
''',
    "function-named-for-enforcement-called-with-an-ice-host-too": '''
def send_to_enforcement_unit(url, member):
    requests.post(url, json={"ssn": member.ssn})  # MCD101
def run(member):
    send_to_enforcement_unit("https://mfcu.ag.ny.gov/api/referrals", member)
    send_to_enforcement_unit(ICE_URL, member)
''',
    "function-named-for-enforcement-never-called-with-a-known-host": '''
def send_to_ice(url, member):
    requests.post(url, json={"ssn": member.ssn})  # MCD101
''',
    "bucket-named-for-a-state-agency-behind-a-dhs-constant": '''
import json, boto3
DHS_BUCKET = "pa-dhs-backups"
DHS_TOPIC = "mn.dhs.eligibility.events"
def backup(m):
    boto3.client("s3").put_object(Bucket=DHS_BUCKET, Key=f"members/{m.ssn}.json", Body=json.dumps({"ssn": m.ssn}))
    boto3.client("sns").publish(TopicArn=DHS_TOPIC, Message=json.dumps({"dx": m.dx}))
''',
    "bucket-named-for-enforcement-behind-a-dhs-constant": '''
import json, boto3
DHS_BUCKET = "ice-eid-handoff"
def backup(m):
    boto3.client("s3").put_object(Bucket=DHS_BUCKET, Key="x.json", Body=json.dumps({"ssn": m.ssn}))  # MCD101
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = HEAD + CASES[name]
    want, _, _ = expected(source)
    assert actual(source) == want


CITE = "[California v. HHS, No. 3:25-cv-05536 (N.D. Cal. Dec. 29, 2025)]"


def test_whole_record_serializer_column_and_message() -> None:
    source = HEAD + "def refer(member):\n    requests.post(ICE_URL, json=member.model_dump())\n"
    (found,) = analyze(source, Config.from_options(as_of="2026-03-01"))
    assert (found.line, found.col, found.code) == (6, 32, "MCD103")
    assert found.message.startswith("MCD103 whole record member.model_dump() sent to enforcement endpoint https://eid.ice.gov/api/v1/referrals (line 6); ")
    assert found.message.endswith(CITE)


def test_serializer_data_is_not_an_unknown_field() -> None:
    source = HEAD + "def refer(view, m):\n    serializer = view.get_serializer(m)\n    requests.post(ICE_URL, json=serializer.data)\n"
    assert [(f.line, f.col, f.code) for f in analyze(source)] == [(7, 32, "MCD103")]
    source = HEAD + "from .api import MemberSerializer\ndef refer(m):\n    s = MemberSerializer(m)\n    requests.post(ICE_URL, json=s.data)\n"
    (found,) = analyze(source)
    assert (found.line, found.col, found.code) == (8, 32, "MCD103")
    assert "whole record s.data" in found.message


def test_unknown_pragma_word_is_mcd902_at_the_comment() -> None:
    source = "import requests\ndef deliver(payload):  # medicaid-scope: enforcment\n    requests.post('https://x.example', json=payload)\n"
    (found,) = analyze(source)
    assert (found.line, found.col, found.code) == (2, 23, "MCD902")
    assert found.message == (
        "MCD902 unknown pragma: '# medicaid-scope:' followed by 'enforcment' has no effect; the known words are enforcement, not-enforcement"
        " [California v. HHS, No. 3:25-cv-05536 (N.D. Cal. Dec. 29, 2025)]"
    )


def test_unknown_word_that_begins_with_a_known_one_has_no_effect() -> None:
    # round 39: "Enforcement-Relay" is not "enforcement": MCD902, and the function is no sink
    source = "import requests\ndef deliver(packet):  # medicaid-scope: Enforcement-Relay\n    requests.post('https://hub.vendor.example/api', json=packet)\n" \
             "def go(m):\n    deliver({'sex': m.sex})\n"
    assert [(f.line, f.col, f.code) for f in analyze(source)] == [(2, 22, "MCD902")]
    source = source.replace("Enforcement-Relay", "Enforcement")
    assert [(f.line, f.code) for f in analyze(source)] == [(5, "MCD101")]


def test_pragma_text_in_strings_and_docstrings_is_not_a_pragma() -> None:
    source = '"""Use # medicaid-scope: enforcment to mark."""\nTEXT = "# medicaid-scope: nope"\n'
    assert analyze(source) == []


def test_not_enforcement_never_overrides_host_patterns() -> None:
    source = HEAD + "def f(m):  # medicaid-scope: not-enforcement\n    requests.post(ICE_URL, json={'ssn': m.ssn})\n"
    assert [(f.line, f.code) for f in analyze(source)] == [(6, "MCD101")]


def _package(root: Path) -> Path:
    pkg = root / "mmis_bridge"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "sub").mkdir()
    (pkg / "sub" / "__init__.py").write_text("")
    return pkg


SENDER = 'from {imp} import publish\ndef refer(m):\n    publish("referrals", {{"ssn": m.ssn}})\n'


@pytest.mark.parametrize(
    ("where", "imp"),
    [("views.py", ".transport"), ("sub/views.py", "..transport"), ("views.py", "mmis_bridge.transport")],
)
def test_configured_sink_imported_relatively(tmp_path: Path, where: str, imp: str) -> None:
    path = _package(tmp_path) / where
    source = SENDER.format(imp=imp)
    path.write_text(source)
    config = Config.from_options(sinks=["mmis_bridge.transport.publish"])
    assert [(f.line, f.code) for f in analyze(source, config, filename=str(path))] == [(3, "MCD101")]
    other = Config.from_options(sinks=["other_pkg.transport.publish"])
    assert analyze(source, other, filename=str(path)) == []


def test_relative_sink_without_a_filename_matches_by_suffix() -> None:
    source = SENDER.format(imp=".transport")
    assert [(f.line, f.code) for f in analyze(source, Config.from_options(sinks=["mmis_bridge.transport.publish"]))] == [(3, "MCD101")]
    assert analyze(source, Config.from_options(sinks=["mmis_bridge.outbox.publish"])) == []


def test_configured_sink_given_a_state_host_is_clean() -> None:
    source = 'from transfer import outbox\ndef f(m):\n    outbox.publish("https://mft.dhs.state.mn.us/in", {"ssn": m.ssn})\n'
    assert analyze(source, Config.from_options(sinks=["transfer.outbox.publish"])) == []


def test_configured_method_sinks_through_an_instance() -> None:
    source = "from agency.transport import Publisher\ndef f(m):\n    pub = Publisher()\n    pub.publish({'ssn': m.ssn})\n    Publisher().publish({'sex': m.sex})\n"
    found = analyze(source, Config.from_options(sinks=["agency.transport.Publisher.publish"]))
    assert [(f.line, f.code) for f in found] == [(4, "MCD101"), (5, "MCD101")]
    assert "configured sink agency.transport.Publisher.publish" in found[0].message


def test_relative_configured_sink_names_the_configured_function() -> None:
    (found,) = analyze(SENDER.format(imp=".transport"), Config.from_options(sinks=["mmis_bridge.transport.publish"]))
    assert "configured sink mmis_bridge.transport.publish" in found.message


def test_serializer_exclude_message_says_what_it_is() -> None:
    source = HEAD + "from rest_framework import serializers\nclass R(serializers.ModelSerializer):\n    class Meta:\n        exclude = ['x']\n"
    source += "def f(m):\n    requests.post(ICE_URL, json=R(m).data)\n"
    (found,) = analyze(source)
    assert "whole record R: Meta.exclude (every other field)" in found.message
