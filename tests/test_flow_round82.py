"""Rounds 82 and after of the data flow: shapes found by the SPEC-only probers of the fifteenth
session, and the known misses it fixed.

Single-module cases carry their expected findings inline (``# MCD101`` on the line
reported; a case without annotations must stay clean).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from annotations import actual, expected

HEAD = '''import csv
import boto3
import pandas as pd
import requests

ICE_URL = "https://eid.ice.gov/api"
ICE_BUCKET = "ice-eid-handoff"
STATE_URL = "https://mmis.dhcs.ca.gov/api"
BASIC = ["medicaid_id", "dob"]
'''

CASES: dict[str, str] = {
    # SPEC section 3 (column lists, each name at its own line): a list grown with +=, cols = cols +
    # [...], append, extend or insert holds every name written into it before the use, each placed
    # where it was written; growth after the use, or a branch that never grows it, adds nothing
    "column-lists-grown-in-place": '''
def grown_by_augmented_add(rows, path):
    cols = ["medicaid_id", "dob"]
    cols += ["ssn"]  # MCD101
    with open(path, "w") as fh:
        w = csv.DictWriter(fh, fieldnames=cols)
        for r in rows:
            if r["immigration_status"] == "UNLAWFUL":
                w.writerow({c: r[c] for c in cols})
    boto3.client("s3").upload_file(path, ICE_BUCKET, "a.csv")
def grown_by_rebinding(r):
    cols = list(BASIC)
    cols = cols + ["diagnosis_code"]
    requests.post(ICE_URL, json={c: r[c] for c in cols})  # MCD102
def grown_by_append_in_a_branch(path, extra):
    df = pd.read_csv(path)
    df = df[df["immigration_status"] == "UNLAWFUL"]
    cols = ["medicaid_id"]
    if extra:
        cols.append("race")  # MCD101
    cols += ["phone"]
    df[cols].to_csv("/tmp/a.csv")
    boto3.client("s3").upload_file("/tmp/a.csv", ICE_BUCKET, "b.csv")
def comprehension_over_grown_list(r):
    cols = ["medicaid_id"]
    cols += ["ssn"]
    requests.post(ICE_URL, json={c: r.get(c) for c in cols})  # MCD101
def permitted_growth_only(path, with_phone):
    df = pd.read_csv(path)
    df = df[df["immigration_status"] == "UNLAWFUL"]
    cols = list(BASIC)
    if with_phone:
        cols.append("phone")
    cols += ["citizenship"]
    df[cols].to_csv("/tmp/c.csv")
    boto3.client("s3").upload_file("/tmp/c.csv", ICE_BUCKET, "c.csv")
def grown_after_the_use(r):
    cols = ["medicaid_id"]
    body = {c: r[c] for c in cols}
    cols.append("ssn")
    requests.post(ICE_URL, json=body)
def names_only_sent(r):
    cols = ["medicaid_id"]
    cols += ["ssn"]
    requests.post(ICE_URL, json={"columns": cols})
''',
    # SPEC section 6 (aliases of sub-containers): a dict appended to the object's list is the same dict;
    # what is put into it or deleted from it afterwards is in the list too; a copy appended, or a list
    # bound anew, shares nothing
    "dict-put-in-an-object-list-then-changed": '''
class Batch:
    def __init__(self):
        self.items = []
    def add(self, m):
        entry = {"medicaid_id": m.cin}
        self.items.append(entry)
        entry["ssn"] = m.ssn  # MCD101
    def flush(self):
        requests.post(ICE_URL, json={"items": self.items})
class Resetting:
    def __init__(self):
        self.items = []
    def add(self, m):
        entry = {"medicaid_id": m.cin}
        self.items.append(entry)
        self.items = []
        entry["ssn"] = m.ssn
        requests.post(ICE_URL, json={"items": self.items})
class Pruning:
    def __init__(self):
        self.items = []
    def add(self, m):
        entry = {"medicaid_id": m.cin, "ssn": m.ssn}
        self.items.append(entry)
        del entry["ssn"]
        requests.post(ICE_URL, json={"items": self.items})
class Copied:
    def __init__(self):
        self.items = []
    def add(self, m):
        entry = {"medicaid_id": m.cin}
        self.items.append(dict(entry))
        entry["ssn"] = m.ssn
        requests.post(ICE_URL, json={"items": self.items})
''',
    # SPEC section 5 (a value carries the name of where it is put): a test of what the code reads, stored
    # under a subscript key or given as a keyword that the vocabulary knows, is that field (as under a
    # dict literal's key); a test of settings under a key nobody knows, or of constants, is not
    "comparisons-named-by-a-subscript-or-keyword": '''
class Referral:
    def __init__(self, medicaid_id, pregnant):
        self.medicaid_id = medicaid_id
        self.pregnant = pregnant
def stored_under_a_key(m):
    body = {"medicaid_id": m.cin}
    body["hiv_positive"] = m.hiv_test_result == "POS"  # MCD102
    requests.post(ICE_URL, json=body)
def given_by_keyword(m):
    requests.post(ICE_URL, json=dict(medicaid_id=m.cin, disabled=m.disability_code is not None))  # MCD102
def unknown_key_of_a_setting(m, cfg):
    body = {"medicaid_id": m.cin}
    body["dry_run"] = cfg.mode == "test"
    requests.post(ICE_URL, json=body, verify=cfg.env != "dev")
def constant_test(m):
    body = {"medicaid_id": m.cin}
    body["hiv_positive"] = "POS" == "NEG"
    requests.post(ICE_URL, json=body)
''',
    # SPEC section 10 (condition on status): a flag that negates a status test (not m.us_citizen), kept in a
    # variable, is a condition on status where it decides the send; a negated test of another field is not
    "negated-status-flags": '''
def negated_citizenship(members):
    for m in members:
        eligible = not m.us_citizen
        if eligible:
            requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id})
def negated_flag(members):
    for m in members:
        lawful = m.immigration_status in ("LPR", "CITIZEN")
        if not lawful:
            requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id})
def negated_other_field(members):
    for m in members:
        skip = not m.active
        if skip:
            continue
        requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id})  # MCD201
''',
    # SPEC section 10 (condition on status): records grouped under their own status, then one group
    # picked by a constant key, were chosen by status; every group iterated, a group of another field, a
    # group picked by a key the caller gives, or rows read back from an outbox's groups are not
    "records-grouped-by-status": '''
from collections import defaultdict
from itertools import groupby
def picked_by_subscript(rows):
    groups = defaultdict(list)
    for r in rows:
        groups[r["immigration_status"]].append(r)
    for r in groups["UNLAWFUL"]:
        requests.post(ICE_URL, json={"medicaid_id": r["medicaid_id"]})
def picked_by_setdefault_and_get(rows):
    groups = {}
    for r in rows:
        groups.setdefault(r["immigration_status"], []).append(r)
    for r in groups.get("UNLAWFUL", []):
        requests.post(ICE_URL, json={"medicaid_id": r["medicaid_id"]})
def groupby_status_skipped(rows):
    rows = sorted(rows, key=lambda r: r["immigration_status"])
    for status, grp in groupby(rows, key=lambda r: r["immigration_status"]):
        if status != "UNLAWFUL":
            continue
        for r in grp:
            requests.post(ICE_URL, json={"medicaid_id": r["medicaid_id"]})
def grouped_through_a_key_variable(rows):
    by_status = defaultdict(list)
    for r in rows:
        key = r["imgrtn_stus_cd"]
        by_status[key].append(r)
    targets = by_status["5"]
    requests.post(ICE_URL, json=[{"medicaid_id": r["medicaid_id"]} for r in targets])

def all_groups(rows):
    groups = defaultdict(list)
    for r in rows:
        groups[r["immigration_status"]].append(r)
    for status, grp in groups.items():
        for r in grp:
            requests.post(ICE_URL, json={"medicaid_id": r["medicaid_id"]})  # MCD201
def all_values(rows):
    groups = defaultdict(list)
    for r in rows:
        groups[r["immigration_status"]].append(r)
    for grp in groups.values():
        requests.post(ICE_URL, json=[{"medicaid_id": r["medicaid_id"]} for r in grp])  # MCD201
def by_county(rows):
    groups = defaultdict(list)
    for r in rows:
        groups[r["county"]].append(r)
    for r in groups["LA"]:
        requests.post(ICE_URL, json={"medicaid_id": r["medicaid_id"]})  # MCD201
def by_get(rows):
    groups = defaultdict(list)
    for r in rows:
        groups[r["immigration_status"]].append(r)
    requests.post(ICE_URL, json=[{"medicaid_id": r["medicaid_id"]} for r in groups.get("UNLAWFUL", [])])
def computed_key(rows, wanted):  # the group a caller names is not known to be chosen by status
    groups = defaultdict(list)
    for r in rows:
        groups[r["immigration_status"]].append(r)
    requests.post(ICE_URL, json=[{"medicaid_id": r["medicaid_id"]} for r in groups[wanted]])  # MCD201
def outbox_all(rows):
    outbox = {"ice": [], "mco": []}
    for r in rows:
        outbox["mco"].append(r)
    for name, batch in outbox.items():
        for r in batch:
            requests.post(ICE_URL, json={"medicaid_id": r["medicaid_id"]})  # MCD201
''',
    # SPEC section 4 (URL resolution folds module constants) and section 6 (loops): a loop over a constant
    # table of endpoints (a dict's values, a list of route records) runs once per entry with its URL; the
    # partners' table stays clean (round 84)
    "endpoint-tables-iterated": '''
ENDPOINTS = {"referral": "https://eid.ice.gov/api/referrals"}
PARTNERS = {"mco": "https://api.mco-partner.example.com/sync", "state": STATE_URL}
ROUTES = [{"name": "referral", "url": "https://eid.ice.gov/api/referrals"}]
STATE_ROUTES = [{"name": "mmis", "url": STATE_URL}]
def over_values(m):
    for url in ENDPOINTS.values():
        requests.post(url, json={"ssn": m.ssn})  # MCD101
def over_records(m):
    for route in ROUTES:
        requests.post(route["url"], json={"ssn": m.ssn})  # MCD101
def partners_only(m):
    for url in PARTNERS.values():
        requests.post(url, json={"ssn": m.ssn})
    for route in STATE_ROUTES:
        requests.post(route["url"], json={"ssn": m.ssn})
''',
    # SPEC section 6 (a field that enters a URL is reported where it entered) and section 4 (files
    # written for later upload): url += m.last_name; a URL with a field kept in a request spec and read
    # back by its key; a frame written to a path parameter and uploaded from it (rounds 84 and 86)
    "urls-and-files-held-by-a-name": '''
def name_added_to_url(m):
    url = "https://eid.ice.gov/v0/search?name="
    url += m.last_name  # MCD101
    requests.get(url)
def url_kept_in_a_request_spec(m):
    spec = {"url": f"{ICE_URL}/subjects/{m.ssn}"}  # MCD101
    requests.post(spec["url"], json={"sex": m.sex})  # MCD101
def state_url_kept_in_a_spec(m):
    dhs_req = {"url": f"https://eligibility.dhs.illinois.gov/api/{m.ssn}"}
    requests.post(dhs_req["url"], json={"sex": m.sex})
def frame_written_to_a_parameter_path(member, local):
    pd.DataFrame([{"medicaid_id": member.cin, "ssn": member.ssn}]).to_csv(local)  # MCD101
    boto3.client("s3").upload_file(local, ICE_BUCKET, "in/subject.csv")
def frame_written_to_a_parameter_path_for_the_state(member, local):
    pd.DataFrame([{"medicaid_id": member.cin, "ssn": member.ssn}]).to_csv(local)
    boto3.client("s3").upload_file(local, "ca-dhcs-eligibility-archive", "in/subject.csv")
def bulk_parquet_to_a_parameter_path(path, local):
    df = pd.read_csv(path, usecols=["msis_ident_num", "ssn"])  # MCD101
    df.to_parquet(local)
    boto3.client("s3").upload_file(local, ICE_BUCKET, "in/subjects.parquet")  # MCD201
''',
    # SPEC section 10 (a filter inside a helper holds for its callers): list(), sorted() and the like of
    # a visible helper's result are what the helper hands back, chosen by status or not; of an unseen
    # call, a new source (round 83)
    "helper-results-through-builtins": '''
def _scoped(members):
    for m in members:
        if m.imgrtn_stus_cd not in ("5", "6"):
            continue
        yield {"medicaid_id": m.msis_ident_num}
def _all(members):
    for m in members:
        yield {"medicaid_id": m.msis_ident_num}
def send_scoped(members):
    rows = list(_scoped(members))
    requests.post(ICE_URL, json=rows)
def send_sorted_scoped(members):
    rows = sorted(_scoped(members), key=lambda r: r["medicaid_id"])
    requests.post(ICE_URL, json=rows)
def send_all(members):
    rows = list(_all(members))
    requests.post(ICE_URL, json=rows)  # MCD201
def send_fetched(repo):
    rows = list(repo.fetch_all())
    requests.post(ICE_URL, json=rows)  # MCD201
''',
    # SPEC section 10 (condition on status): a query joined ON a status column, a frame masked by a
    # column computed from status, a list filtered in place (members[:] = ...) by citizenship were
    # chosen by status; the same shapes on other columns were not (round 85)
    "status-conditions-of-joins-columns-and-slices": '''
def joined_on_status(session):
    rows = session.query(Enrollee).join(VlpResult, VlpResult.immigration_status == "NLS").all()
    for e in rows:
        requests.post(ICE_URL, json={"medicaid_id": e.medicaid_id})
def joined_on_county(session):
    rows = session.query(Enrollee).join(Office, Office.county == Enrollee.county).all()
    for e in rows:
        requests.post(ICE_URL, json={"medicaid_id": e.medicaid_id})  # MCD201
def masked_by_a_status_column(p):
    df = pd.read_csv(p, usecols=["cin", "imgrtn_stus_cd"])
    df["in_scope"] = df["imgrtn_stus_cd"].isin(["3", "5"])
    df = df[df["in_scope"]]
    requests.post(ICE_URL, json=df[["cin"]].to_dict("records"))
def masked_by_another_column(p):
    df = pd.read_csv(p, usecols=["cin", "county"])
    df["local"] = df["county"].isin(["LA", "SF"])
    df = df[df["local"]]
    requests.post(ICE_URL, json=df[["cin"]].to_dict("records"))  # MCD201
def filtered_in_place():
    members = list(Member.objects.filter(county="X"))
    members[:] = [m for m in members if not m.us_citizen]
    requests.post(ICE_URL, json=[{"medicaid_id": m.cin} for m in members])
def emptied_in_place():
    members = list(Member.objects.filter(county="X"))
    members[:] = [m for m in members if m.active]
    requests.post(ICE_URL, json=[{"medicaid_id": m.cin} for m in members])  # MCD201
''',
    # SPEC sections 5 and 6 (round 87): a field read unpacked keeps its name; a length test of a field under
    # a key the vocabulary knows is that field; an owner chain whose words share "of" with the field still
    # qualifies it; a value of another category given to a model named for enforcement is placed at its keyword
    "field-names-through-unpacking-tests-chains-and-models": '''
from pydantic import BaseModel
class IceReferral(BaseModel):
    medicaid_id: str
    dob: str
def unpacked_field(m):
    area, number = m.ssn_parts
    requests.post(ICE_URL, json={"ref": area})  # MCD101
def length_test_under_a_key(m):
    requests.post(ICE_URL, json={
        "ssn_valid": len(m.ssn) == 9,  # MCD101
        "medicaid_id": m.cin,
    })
def response_test_under_a_key(m):
    resp = requests.get(STATE_URL + "/check")
    requests.post(ICE_URL, json={"medicaid_id": m.cin, "ok": resp.status_code == 200, "seen": len(resp.json()) > 0})
def chains_through_of(m):
    requests.post(ICE_URL, json={
        "dob": m.next_of_kin.date_of_birth,  # MCD101
        "birth": m.head_of_household.date_of_birth,  # MCD101
        "medicaid_id": m.proof_of_enrollment.cin,
    })
def enforcement_model_given_another_field(m):
    ref = IceReferral(
        medicaid_id=m.cin,
        dob=m.ssn,  # MCD101
    )
    requests.post(ICE_URL, json=ref.model_dump())
def enforcement_model_given_its_own_fields(m):
    ref = IceReferral(medicaid_id=m.msis_ident_num, dob=m.birth_dt.isoformat())
    requests.post(ICE_URL, json=ref.model_dump())
''',
    # SPEC sections 3 and 6 (round 83): a comprehension spread over lines places its element at the
    # element's own line; a lambda's or nested def's default is what it was made with; positional captures
    # of a class pattern read the attributes __match_args__ names (a dataclass's fields by default)
    "comprehension-lines-defaults-and-class-patterns": '''
from dataclasses import dataclass
@dataclass
class Enrollee:
    cin: str
    ssn: str
class Ordered:
    __match_args__ = ("ssn", "cin")
    def __init__(self, cin, ssn):
        self.cin = cin
        self.ssn = ssn
def spread_comprehension(members):
    body = [
        m.last_name  # MCD101
        for m in members
        if m.immigration_status == "EWI"
    ]
    requests.post(ICE_URL, json=body)
def lambda_default(member):
    body = {"medicaid_id": member.cin, "race": member.race}  # MCD101
    job = lambda b=body: requests.post(ICE_URL, json=b)
    job()
def nested_default(member):
    body = {"medicaid_id": member.cin, "sex": member.sex}  # MCD101
    def job(b=body):
        return requests.post(ICE_URL, json=b)
    job()
def positional_class_pattern(event):
    match event:
        case Enrollee(cin, social):
            requests.post(ICE_URL, json={"medicaid_id": cin, "ref": social})  # MCD101
def match_args_order(event):
    match event:
        case Ordered(first, second):
            requests.post(ICE_URL, json={"medicaid_id": second, "ref": first})  # MCD101
def positional_permitted(event):
    match event:
        case Enrollee(cin, _):
            requests.post(ICE_URL, json={"medicaid_id": cin})
''',
    # SPEC section 6 (decorators, **kwargs passed on; round 83): a function whose decorator of this
    # module sends what it returns is analyzed through that wrapper with no caller in sight; an entry of a
    # dict spread into a send (requests.post(**opts)) changed through a nested key is what is sent
    "decorated-builders-and-spread-options": '''
def posts_to_ice(func):
    def wrapper(member):
        return requests.post(ICE_URL, json=func(member))
    return wrapper
def posts_to_state(func):
    def wrapper(member):
        return requests.post(STATE_URL, json=func(member))
    return wrapper
@posts_to_ice
def referral_body(member):
    return {"veteran_status": member.veteran_status}  # MCD101
@posts_to_state
def renewal_body(member):
    return {"veteran_status": member.veteran_status}
def spread_options_changed_inside(member):
    opts = {"url": ICE_URL, "json": {"medicaid_id": member.cin}}
    opts["json"]["fpl_percent"] = member.fpl_percent  # MCD101
    return requests.post(**opts)
def spread_options_to_the_state(member):
    opts = {"url": STATE_URL, "json": {"medicaid_id": member.cin}}
    opts["json"]["fpl_percent"] = member.fpl_percent
    return requests.post(**opts)
''',
    # Round 89: a module constant a caller hands a helper's fieldnames parameter places its names at its
    # elements; next() of a generator that matches one identifier is one person's record (one matched by
    # county is not); a file put by a call marked as an enforcement sink sends what was written to it
    "column-constants-lookups-and-marked-puts": '''
import io
import pysftp
LETTER_FIELDS = [
    "medicaid_id",
    "primary_language",  # MCD101
]
STATE_FIELDS = ["medicaid_id", "primary_language"]
def rows_to_csv(rows, fieldnames):
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=fieldnames)
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()
def report(path):
    with open(path) as fh:
        rows = [r for r in csv.DictReader(fh) if r["immigration_status"] == "X"]
    requests.post(ICE_URL, data=rows_to_csv(rows, LETTER_FIELDS))
def report_state(path):
    with open(path) as fh:
        rows = list(csv.DictReader(fh))
    requests.post(STATE_URL, data=rows_to_csv(rows, STATE_FIELDS))
def one_by_id(path, wanted_id):
    with open(path) as fh:
        enrollees = list(csv.DictReader(fh))
    match = next((e for e in enrollees if e["medicaid_id"] == wanted_id), None)
    requests.post(ICE_URL, json={"medicaid_id": match["medicaid_id"]})
def first_in_county(path, county):
    with open(path) as fh:
        enrollees = list(csv.DictReader(fh))
    match = next((e for e in enrollees if e["county"] == county), None)
    requests.post(ICE_URL, json={"medicaid_id": match["medicaid_id"]})  # MCD201
def put_marked(m):
    path = "/srv/out/batch.json"
    with open(path, "w") as fh:
        json.dump({"medicaid_id": m["medicaid_id"], "ssn": m["ssn"]}, fh)  # MCD101
    with pysftp.Connection("mft.partner-gateway.example.net") as sftp:
        sftp.put(path)  # medicaid-scope: enforcement
def put_unmarked(m):
    path = "/srv/out/state.json"
    with open(path, "w") as fh:
        json.dump({"medicaid_id": m["medicaid_id"], "ssn": m["ssn"]}, fh)
    with pysftp.Connection("mft.partner-gateway.example.net") as sftp:
        sftp.put(path)
''',
    # SPEC sections 3 and 6 (round 91): DRF Meta.fields built with +, a spread or a base's Meta.fields
    # places each name at its own element; fields a call returns are unknown (MCD103 at the declaration);
    # a pydantic alias given in Annotated[..., Field(alias=...)] names where the value came from
    "serializer-fields-built-and-annotated-aliases": '''
from typing import Annotated
from pydantic import BaseModel, Field
from rest_framework import serializers
from members.models import Member
from members.fields import get_fields
PERMITTED_FIELDS = ("medicaid_id", "dob")
class DhsSubject(BaseModel):
    subject_ref: Annotated[str, Field(alias="ssn")]  # MCD101
    birth: Annotated[str, Field(alias="dob")]
class BaseSer(serializers.ModelSerializer):
    class Meta:
        model = Member
        fields = ["medicaid_id", "dob"]
class GrownSer(BaseSer):
    class Meta(BaseSer.Meta):
        fields = BaseSer.Meta.fields + ["ssn"]  # MCD101
class JoinedSer(serializers.ModelSerializer):
    class Meta:
        model = Member
        fields = ["medicaid_id"] + ["race"]  # MCD101
class SpreadSer(serializers.ModelSerializer):
    class Meta:
        model = Member
        fields = [*PERMITTED_FIELDS, "sex"]  # MCD101
class ComputedSer(serializers.ModelSerializer):
    class Meta:
        model = Member
        fields = get_fields()  # MCD103
def refer(member):
    requests.post(ICE_URL, json=GrownSer(member).data)
    requests.post(ICE_URL, json=JoinedSer(member).data)
    requests.post(ICE_URL, json=SpreadSer(member).data)
    requests.post(ICE_URL, json=ComputedSer(member).data)
    requests.post(ICE_URL, json=BaseSer(member).data)
''',
    # Round 90 (precision): a host whose first label is partly unknown ({env}-api.dhs.illinois.gov) is
    # known by the labels after it; a parameter a call leaves at None is no field; rows reduced to a
    # harmless id are no records (no MCD201); a function that says it sends to ICE names the destination
    # of an unresolved URL (a handler's name, handle_ice_notice, does too: see the README's limits)
    "precision-of-round-90": '''
import os
from django.conf import settings
ENV = os.environ["DEPLOY_ENV"]
DHS_API = f"https://{ENV}-api.dhs.illinois.gov/cases"
ICE_ACK = "https://eid.ice.gov/api/v1/acks"
def state_host_with_env_prefix(m):
    requests.post(DHS_API, json={"ssn": m.ssn})
def ice_host_with_env_prefix(m, env):
    requests.post(f"https://{env}-api.eid.ice.gov/r", json={"ssn": m.ssn})  # MCD101
def unknown_prefix_inside_the_last_label(m, env):
    requests.post(f"https://{env}ice.gov/r", json={"medicaid_id": m.cin, "ssn": m.ssn})
def build(m, ssn=None):
    return {"medicaid_id": m.cin, "ssn": ssn}  # MCD101
def refer_default(m):
    requests.post(ICE_URL, json=build(m))
def refer_given(m):
    requests.post(ICE_URL, json=build(m, ssn=m.ssn))
def ack_pending(conn):
    cur = conn.cursor()
    cur.execute("SELECT correlation_id FROM ice_notice_inbox WHERE acked_at IS NULL")
    for (correlation_id,) in cur.fetchall():
        requests.post(ICE_ACK, json={"correlation_id": correlation_id}, timeout=30)
def push_subjects_to_ice(m):
    requests.post(settings.CASE_MGMT_URL, json={"ssn": m.ssn}, timeout=10)  # MCD101
''',
    # SPEC sections 3 and 6 (round 87): a helper that joins parts, dropping the empty ones (a generator
    # with a truthiness test, filter(None, [...])), builds one text of them, placed where the caller puts
    # it, as a join of a list literal is
    "names-joined-by-helpers": '''
def full_name(m):
    return " ".join(p for p in (m.first_name, m.middle_name, m.last_name) if p)
def full_name_filtered(m):
    return " ".join(filter(None, [m.first_name, m.last_name]))
def display(a, b):
    return " ".join(p for p in (a, b) if p is not None)
def ids(m):
    return "-".join(p for p in (m.cin, m.dob) if p)
def refer(m):
    requests.post(ICE_URL, json={
        "medicaid_id": m.cin,
        "name": full_name(m),  # MCD101
        "also": full_name_filtered(m),  # MCD101
        "shown": display(m.first_name, m.last_name),  # MCD101
        "key": ids(m),
    })
''',
    # SPEC sections 4 and 6 (round 96): start() of a Thread or Process subclass runs its run(); the
    # module-level aiohttp.request(method, url, json=...) is a sink like a session's methods
    "threads-and-aiohttp-request": '''
import threading
import aiohttp
class Sender(threading.Thread):
    def __init__(self, body):
        super().__init__()
        self.body = body
    def run(self):
        requests.post(ICE_URL, json=self.body)
class StateSender(threading.Thread):
    def __init__(self, body):
        super().__init__()
        self.body = body
    def run(self):
        requests.post(STATE_URL, json=self.body)
def refer_in_a_thread(m):
    Sender({"medicaid_id": m.medicaid_id, "ssn": m.ssn}).start()  # MCD101
def renew_in_a_thread(m):
    StateSender({"medicaid_id": m.medicaid_id, "ssn": m.ssn}).start()
async def refer_with_aiohttp_request(m):
    async with aiohttp.request("POST", ICE_URL, json={"medicaid_id": m.medicaid_id, "race": m.race}) as resp:  # MCD101
        return resp.status
async def renew_with_aiohttp_request(m):
    async with aiohttp.request("POST", STATE_URL, json={"medicaid_id": m.medicaid_id, "race": m.race}) as resp:
        return resp.status
''',
    # SPEC sections 3 and 6 (round 97): a marshmallow only= list grown in a branch selects every name it may
    # hold (no whole schema); an exclude= list grown in a branch removes only the names it surely holds
    "schema-selections-grown-in-a-branch": '''
from marshmallow import Schema, fields
class MemberSchema(Schema):
    medicaid_id = fields.Str()
    ssn = fields.Str()  # MCD101
    date_of_birth = fields.Str()
def refer_chosen(member, flag=False):
    only = ["medicaid_id"]
    if flag:
        only.append("date_of_birth")
    requests.post(ICE_URL, json=MemberSchema(only=only).dump(member), timeout=10)
def refer_excluding(member, strict=False):
    hidden = ["date_of_birth"]
    if strict:
        hidden.append("ssn")
    requests.post(ICE_URL, json=MemberSchema(exclude=hidden).dump(member), timeout=10)
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = HEAD + CASES[name]
    want, _, _ = expected(source)
    assert actual(source, population=True) == want


#: what the three reviews of this session's changes found, kept (one folder per review):
#: review82 (rounds 82-87): rows grouped by status beside an "all rows" group (or under a key chosen by a
#:   conditional) are not chosen by status; a join on a key of a table named for status, and an outer
#:   join, choose no one; a list refilled with [:] refills the containers it is in; a dict entry that
#:   holds an e-mail address or a path keeps its key's name when read back; a grown column list places a
#:   name at the write that reaches the use; unpacked settings are no field; a field of a model named
#:   for enforcement declared with another category is not reported twice.
#: review88 (rounds 86-91): the name of a function or class around a send decides an unresolved
#:   destination whatever word it begins with (hw); status groups keyed with an `or` default or a
#:   conditional are chosen by status, except the constant's group (g); a join whose ON clause names a
#:   status column by subscript or in text() chooses (j); Meta.fields = list(PERMITTED) is known (drf); a
#:   lambda's default is the value it was made with (l); a file opened anew in one branch keeps what the
#:   other branch wrote (f); an address built into a dict entry keeps its domain (w); an unknown field
#:   unpacked is still that field (p); a broker list (k); next() of an id match beside another test (n);
#:   a dataclass field(init=False) is no positional capture (m).
#: review94 (the later fixes): a file rewritten in one branch and uploaded there holds what that branch
#:   wrote (f1); an inner join on a relationship, or on a key in text(), chooses no one, a held query's
#:   join on status does (j1, j3); a group key chosen by a status test is a condition (g1); a dataclass
#:   field(kw_only=True) is no positional capture (m1).
REVIEWED = sorted(path for folder in ("review82", "review88", "review94") for path in (Path(__file__).parent / "data" / folder).glob("*.py"))


@pytest.mark.parametrize("path", REVIEWED, ids=[f"{p.parent.name}/{p.stem}" for p in REVIEWED])
def test_reviews_of_the_fifteenth_session(path: Path) -> None:
    """Each reviewed file gives exactly the findings its markers name (see the notes above ``REVIEWED``)."""
    source = path.read_text(encoding="utf-8")
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
