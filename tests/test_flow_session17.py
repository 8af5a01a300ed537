"""The data flow shapes of the seventeenth session: known misses it fixed and what its SPEC-only
probers found (rounds 110 and after).

Single-module cases carry their expected findings inline (``# MCD101`` on the line
reported; a case without annotations must stay clean).
"""

from __future__ import annotations

import pytest
from annotations import actual, expected

HEAD = '''import csv
from dataclasses import asdict, dataclass, field

import boto3
import requests

ICE_URL = "https://eid.ice.gov/api"
ICE_BUCKET = "ice-eid-handoff"
STATE_URL = "https://mmis.dhcs.ca.gov/api"
'''

CASES: dict[str, str] = {
    # SPEC section 5 (a value carries the names of where it came from): a constant looked up in a
    # constant table by a member's field still tells that field (the race behind its label), by
    # subscript as by get; the lookup's constants alone (a fixed key) tell nothing
    "constant-table-looked-up-by-a-field-keeps-its-name": '''
RACE_LABELS = {"1": "White", "2": "Black", "3": "Asian"}
def refer(m):
    requests.post(ICE_URL, json={
        "medicaid_id": m.cin,
        "race": RACE_LABELS[m.race_cd],  # MCD101
        "ethnicity": RACE_LABELS.get(m.ethnicity_cd, "unknown"),  # MCD101
        "label": RACE_LABELS["1"],
    })
''',
    # SPEC section 4 (URL resolution) and 10: a URL taken from a routing table by the member's status
    # is either of the table's URLs; the fields sent there are reported, and the status chose whom
    "url-from-a-routing-table-by-status": '''
ROUTES = {"EWI": ICE_URL, "US": STATE_URL}
def sync(members):
    for m in members:
        url = ROUTES[m.immigration_status]
        requests.post(url, json={"medicaid_id": m.cin, "ssn": m.ssn})  # MCD101
''',
    # SPEC section 6 (try handlers see the state at any point of the try body): a raise nested in an
    # if of the body reaches the handler with what the branch placed; finally runs on a return or
    # continue nested in the body too. What the branch sent elsewhere, or what finally sends that is
    # permitted, stays clean.
    "try-handlers-and-finally-see-exits-nested-in-branches": '''
def handler_sees_a_nested_raise(m):
    body = {"medicaid_id": m.cin}
    try:
        if not m.cin:
            body["ssn"] = m.ssn  # MCD101
            raise LookupError("no CIN")
        body["dob"] = m.birth_date
    except LookupError:
        requests.post(ICE_URL, json=body, timeout=30)
def finally_sees_a_nested_return(m):
    body = {"medicaid_id": m.cin}
    try:
        if m.bad:
            body["race"] = m.race  # MCD101
            return None
    finally:
        requests.post(ICE_URL, json=body, timeout=30)
def finally_sees_a_nested_continue(m, items):
    for it in items:
        body = {"medicaid_id": m.cin}
        try:
            if it.skip:
                body["email"] = m.email  # MCD101
                continue
        finally:
            requests.post(ICE_URL, json=body, timeout=30)
def the_full_record_goes_to_the_state_before_the_raise(m):
    body = {"medicaid_id": m.cin}
    try:
        if not m.cin:
            full = {"medicaid_id": m.cin, "ssn": m.ssn}
            requests.post(STATE_URL, json=full, timeout=30)
            raise LookupError("no CIN")
    except LookupError:
        requests.post(ICE_URL, json=body, timeout=30)
def finally_sends_only_permitted_fields(m):
    try:
        if m.bad:
            return None
        requests.post(STATE_URL, json={"ssn": m.ssn}, timeout=30)
    finally:
        requests.post(ICE_URL, json={"medicaid_id": m.cin}, timeout=30)
''',
    # SPEC section 6: the allow-list comprehension is a sanitizer where ALLOWED resolves to a
    # constant collection of names; one read from settings the analysis cannot see, or a parameter
    # no call fixes, lets every field through (as the deny-loop form already read it). A parameter
    # the call gives a constant still filters.
    "an-allow-list-that-is-not-a-constant-sanitizes-nothing": '''
from agency_settings import settings
ALLOWED = ("medicaid_id", "phone", "date_of_birth")
def settings_list(m):
    allowed = set(settings.PARTNER_FIELDS)
    rec = {
        "medicaid_id": m.cin,
        "ssn": m.ssn,  # MCD101
    }
    requests.post(ICE_URL, json={k: v for k, v in rec.items() if k in allowed})
def parameter_list(m, allowed):
    rec = {
        "medicaid_id": m.cin,
        "claim_id": m.last_claim_id,  # MCD102
    }
    requests.post(ICE_URL, json={k: v for k, v in rec.items() if k in allowed})
def constant_list(m):
    rec = {"medicaid_id": m.cin, "ssn": m.ssn}
    requests.post(ICE_URL, json={k: v for k, v in rec.items() if k in ALLOWED})
def _select(rec, allowed):
    return {k: v for k, v in rec.items() if k in allowed}
def list_given_by_the_call(m):
    requests.post(ICE_URL, json=_select({"medicaid_id": m.cin, "ssn": m.ssn}, ALLOWED))
''',
    # SPEC section 6 (a branch that ends in continue does not flow past its end; explicit selection
    # of permitted keys): for k, v in rec.items(): if k not in ALLOWED: continue, then out[k] = v
    # keeps only the allowed keys.
    "the-allow-list-loop-with-continue": '''
ALLOWED = ("medicaid_id", "phone", "date_of_birth")
WIDE = ("medicaid_id", "ssn")
def skip_the_others(m):
    rec = {"medicaid_id": m.cin, "ssn": m.ssn}
    out = {}
    for k, v in rec.items():
        if k not in ALLOWED:
            continue
        out[k] = v
    requests.post(ICE_URL, json=out)
def a_list_that_lets_ssn_through(m):
    rec = {
        "medicaid_id": m.cin,
        "ssn": m.ssn,
    }
    out = {}
    for k, v in rec.items():
        if k not in WIDE:
            continue
        out[k] = v  # MCD101
    requests.post(ICE_URL, json=out)
''',
    # SPEC section 6 (match captures and aliases of sub-containers are followed): a capture of a
    # mapping pattern, an as-capture, a walrus and a helper that returns a part of its argument are
    # the same dict as the part of the sent envelope; a copy is not.
    "aliases-of-a-sub-container-through-match-walrus-and-a-helper": '''
def subject_of(envelope):
    return envelope["subject"]
def capture(m):
    envelope = {"subject": {"medicaid_id": m.cin}}
    match envelope:
        case {"subject": sub}:
            sub["last_name"] = m.last_name  # MCD101
    requests.post(ICE_URL, json=envelope)
def capture_as(m):
    envelope = {"subject": {"medicaid_id": m.cin}}
    match envelope:
        case {"subject": _} as env:
            env["sex"] = m.sex  # MCD101
    requests.post(ICE_URL, json=envelope)
def walrus(m):
    envelope = {"subject": {"medicaid_id": m.cin}}
    if sub := envelope["subject"]:
        sub["race"] = m.race  # MCD101
    requests.post(ICE_URL, json=envelope)
def helper(m):
    envelope = {"subject": {"medicaid_id": m.cin}}
    sub = subject_of(envelope)
    sub["ssn"] = m.ssn  # MCD101
    requests.post(ICE_URL, json=envelope)
def a_copy_is_no_alias(m):
    envelope = {"subject": {"medicaid_id": m.cin}}
    match envelope:
        case {"subject": sub}:
            sub = dict(sub)
            sub["ssn"] = m.ssn
    requests.post(ICE_URL, json=envelope)
def the_state_gets_the_full_subject(m):
    envelope = {"subject": {"medicaid_id": m.cin}}
    sub = subject_of(envelope)
    sub["ssn"] = m.ssn
    requests.post(STATE_URL, json=envelope)
    requests.post(ICE_URL, json={"medicaid_id": m.cin})
''',
    # SPEC section 7: the not-enforcement pragma on a line marks the name there as not enforcement;
    # on a bucket or topic constant it overrides the words of the bucket's own name (il-hfs-ero-
    # review of a state's Eligibility Review Office), as on the call's line. An unmarked constant
    # still speaks.
    "not-enforcement-on-a-bucket-or-topic-constant": '''
import json
s3 = boto3.client("s3")
ERO_REVIEW_BUCKET = "il-hfs-ero-review"  # medicaid-scope: not-enforcement
ERO_TOPIC = "ero.case.reviews"  # medicaid-scope: not-enforcement
ERO_HANDOFF = "ero-handoff"
def archive(m):
    s3.put_object(Bucket=ERO_REVIEW_BUCKET, Key="case.json", Body=json.dumps(vars(m)))
def review(m, producer):
    producer.send(ERO_TOPIC, value={"cin": m.cin, "ssn": m.ssn})
def handoff(m):
    s3.put_object(Bucket=ERO_HANDOFF, Key="case.json", Body=json.dumps(vars(m)))  # MCD103
def keyed_under_the_marked_bucket(m):
    s3.put_object(Bucket=ERO_REVIEW_BUCKET, Key=f"{ICE_BUCKET}/case.json", Body=json.dumps(vars(m)))
''',
    # SPEC sections 5 and 6 (an attribute chain carries all its names): a string built from
    # member.home_address.line1 and .city is an address; a part of a joined string that no name
    # classifies is still MCD104.
    "a-string-built-from-parts-of-an-address-chain": '''
def refer(member):
    requests.post(ICE_URL, json={
        "home_address": f"{member.home_address.line1}, {member.home_address.city}",
        "mailing": member.mailing_address.line1 + " " + member.mailing_address.zip,
        "medicaid_id": f"{member.cin}|{member.risk_score}",  # MCD104
    })
''',
    # SPEC section 6 (pop and del are sanitizers): a key popped from every element of a list in a
    # loop over it is gone from the list after the loop (a list the loop does not run over is
    # empty); popped only under a condition, or with a break that may leave rows as they were, it
    # stays.
    "keys-removed-from-every-row-of-a-list": '''
def from_values(qs):
    scoped = list(qs.values("cin", "ssn"))
    for r in scoped:
        r.pop("ssn")
    requests.post(ICE_URL, json=scoped)
def from_rows(cur):
    cur.execute("SELECT cin, ssn FROM members WHERE imgrtn_stus_cd = '5'")
    rows = [dict(zip(("cin", "ssn"), row)) for row in cur.fetchall()]
    for r in rows:
        del r["ssn"]
    requests.post(ICE_URL, json=rows)
def only_some(qs):
    scoped = list(qs.values("cin", "ssn"))  # MCD101
    for r in scoped:
        if r["cin"]:
            r.pop("ssn")
    requests.post(ICE_URL, json=scoped)
def stops_early(qs):
    scoped = list(qs.values("cin", "ssn"))  # MCD101
    for r in scoped:
        if not r["cin"]:
            break
        r.pop("ssn")
    requests.post(ICE_URL, json=scoped)
def pops_another(qs):
    scoped = list(qs.values("cin", "ssn", "dob"))  # MCD101
    for r in scoped:
        r.pop("dob")
    requests.post(ICE_URL, json=scoped)
''',
    # SPEC section 6: only a lone k-not-in-ALLOWED guard of a continue selects the allowed keys; an
    # and with another test lets keys outside the list through.
    "a-continue-guard-that-lets-more-than-the-list-through": '''
ALLOWED = ("medicaid_id", "dob", "address", "phone")
def more_than_the_list(member):
    out = {}
    for k, v in vars(member).items():  # MCD103
        if k not in ALLOWED and not k.startswith("ext_"):
            continue
        out[k] = v
    requests.post(ICE_URL, json=out)
''',
    # SPEC sections 3 and 6: Meta.fields built from the model's own field list is not known (a whole
    # record, MCD103); a comprehension over a constant list keeps the names its test keeps; pandas
    # reading a SQLAlchemy query's .statement reads that query's columns.
    "serializer-fields-built-by-a-comprehension-and-a-query-statement": '''
import pandas as pd
from rest_framework import serializers
BASE_FIELDS = ("cin", "dob", "ssn")  # MCD101
class ByMeta(serializers.ModelSerializer):
    class Meta:
        model = Member
        fields = [f.name for f in Member._meta.get_fields()]  # MCD103
class Filtered(serializers.ModelSerializer):
    class Meta:
        model = Member
        fields = [f for f in BASE_FIELDS if f != "ssn"]
class Copied(serializers.ModelSerializer):
    class Meta:
        model = Member
        fields = [f for f in BASE_FIELDS]
def send(m, session):
    requests.post(ICE_URL, json=ByMeta(m).data)
    requests.post(ICE_URL, json=Filtered(m).data)
    requests.post(ICE_URL, json=Copied(m).data)
def statement(session):
    q = session.query(
        Enrollee.cin,
        Enrollee.ssn,  # MCD101
    ).filter(Enrollee.immigration_status == "EWI")
    df = pd.read_sql(q.statement, session.bind)
    requests.post(ICE_URL, data=df.to_json(orient="records"))
''',
    # SPEC sections 4 and 6 (class and client-object names, names resolve by scope): a class under a
    # module alias, a local variable, a parameter's default or a class attribute is that class when
    # called; a state client under such a name stays clean.
    "a-client-class-under-another-name": '''
class IceClient:
    URL = "https://eid.ice.gov/api"
    def post_payload(self, payload):
        return requests.post(self.URL, json=payload)
class StateClient:
    URL = "https://mmis.dhcs.ca.gov/api"
    def post_payload(self, payload):
        return requests.post(self.URL, json=payload)
Alias = IceClient
def module_alias(m):
    Alias().post_payload({"first_name": m.first_name})  # MCD101
def local_alias(m):
    cls = IceClient
    cls().post_payload({"first_name": m.first_name})  # MCD101
def default_class(m, client_cls=IceClient):
    client_cls().post_payload({"sex": m.sex})  # MCD101
def default_given(m):
    default_class_state(m, client_cls=StateClient)
def default_class_state(m, client_cls=StateClient):
    client_cls().post_payload({"sex": m.sex})
class Service:
    client_cls = IceClient
    def refer(self, m):
        self.client_cls().post_payload({"race": m.race})  # MCD101
class StateService:
    client_cls = StateClient
    def refer(self, m):
        self.client_cls().post_payload({"race": m.race})
def either(m, flag):
    cls = IceClient if flag else StateClient
    cls().post_payload({"medicaid_id": m.cin})
''',
    # SPEC sections 3 and 5: a ContactPoint whose system is email holds an e-mail address; an
    # extension's value is what its StructureDefinition names (us-core-race: race);
    # construct_fhir_element builds the resource its first argument names; more clinical resource
    # types; a literal read back from a dict of the function is a constant, unless the function
    # stores something else there.
    "fhir-contact-points-extensions-factories-and-literals-read-back": '''
US_CORE_RACE = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-race"
def patient(m):
    res = {
        "resourceType": "Patient",
        "birthDate": m.dob,
        "telecom": [
            {"system": "phone", "value": m.phone},
            {"system": "email", "value": m.contact_value},  # MCD101
        ],
        "extension": [{
            "url": US_CORE_RACE,
            "valueCoding": {"code": m.omb_code},  # MCD101
        }],
    }
    requests.post(f"{ICE_URL}/{res['resourceType']}", json=res)
def literal_read_back(m):
    body = {"medicaid_id": m.cin, "kind": "referral"}
    requests.post(ICE_URL, json={"medicaid_id": body["medicaid_id"], "kind": body["kind"]})
def changed_later(m, kind):
    body = {"medicaid_id": m.cin, "kind": "referral"}
    body["kind"] = m.case_kind
    requests.post(ICE_URL, json={"kind": body["kind"]})  # MCD104
def factory(m, raw):
    from fhir.resources import construct_fhir_element
    obs = construct_fhir_element("AdverseEvent", raw)  # MCD102
    requests.post(ICE_URL, data=obs.json())
    pat = construct_fhir_element("Patient", {"birthDate": m.dob})
    requests.post(ICE_URL, data=pat.json())
    adverse = {"resourceType": "ImmunizationRecommendation", "patient": {"reference": m.cin}}  # MCD102
    requests.post(ICE_URL, json=adverse)
def contact_point(m):
    from fhir.resources.contactpoint import ContactPoint
    requests.post(ICE_URL, json={"telecom": [ContactPoint(system="email", value=m.contact_value).dict()]})  # MCD101
''',
    # SPEC sections 3, 6 and 10: every pandas spelling of dropping a column (a string, axis=1,
    # axis=columns, labels=) drops it, dropping rows keeps the columns; rename with axis=1 renames;
    # groupby().last() is a row per group, every member's (MCD201); a column stored through .loc is
    # placed at the store.
    "pandas-drop-and-rename-forms-groupby-rows-and-loc-stores": '''
import pandas as pd
COLS = ["msis_ident_num", "imgrtn_stus_cd"]
def drop_forms(path):
    df = pd.read_csv(path, usecols=COLS + ["ssn"])
    df = df[df["imgrtn_stus_cd"] == "5"]
    requests.post(ICE_URL, json=df.drop(columns="ssn").to_dict("records"))
    requests.post(ICE_URL, json=df.drop(["ssn"], axis=1).to_dict("records"))
    requests.post(ICE_URL, json=df.drop("ssn", axis="columns").to_dict("records"))
    requests.post(ICE_URL, json=df.drop(labels=["ssn"], axis=1).to_dict("records"))
def drop_rows_keeps_columns(path):
    df = pd.read_csv(path, usecols=COLS + ["ssn"])  # MCD101
    df = df[df["imgrtn_stus_cd"] == "5"]
    requests.post(ICE_URL, json=df.drop([0, 1]).to_dict("records"))
def rename_axis(path):
    df = pd.read_csv(path)
    df = df[df["imgrtn_stus_cd"] == "5"]
    out = df.rename({"ssn": "ref_no"}, axis=1)[["msis_ident_num", "ref_no"]]  # MCD101
    requests.post(ICE_URL, json=out.to_dict("records"))
def last_per_member(path):
    df = pd.read_csv(path, usecols=["msis_ident_num", "birth_dt"])
    out = df.groupby("msis_ident_num").last().reset_index()
    requests.post(ICE_URL, json=out.to_dict("records"))  # MCD201
def stored_through_loc(path, other):
    df = pd.read_csv(path, usecols=COLS)
    df = df[df["imgrtn_stus_cd"] == "5"]
    df.loc[:, "last_name"] = other["surname"]  # MCD101
    df.loc[df["msis_ident_num"].notna(), "primary_dx"] = other["dx"]  # MCD102
    df.loc[:, "note"] = "reviewed"
    requests.post(ICE_URL, json=df.to_dict("records"))
''',
    # SPEC sections 3 and 6 (a keyword that names a new column is a placement; names survive methods
    # of the value): a groupby aggregation per member keeps what it aggregates; a named aggregation
    # is placed at its keyword with both names, a dict aggregation keeps the columns it names.
    "pandas-named-aggregations": '''
import pandas as pd
SCOPE = ["5", "6"]
def named(path):
    df = pd.read_csv(path, usecols=["msis_ident_num", "imgrtn_stus_cd", "prmry_dgns_cd"])
    df = df[df["imgrtn_stus_cd"].isin(SCOPE)]
    out = df.groupby("msis_ident_num", as_index=False).agg(
        dx_codes=("prmry_dgns_cd", "unique"),  # MCD102
        latest_zip=("zip_cd", "last"),
    )
    requests.post(ICE_URL, json=out.to_dict("records"))
def by_dict(path):
    df = pd.read_csv(path, usecols=["msis_ident_num", "imgrtn_stus_cd", "prmry_dgns_cd", "birth_dt"])  # MCD102
    df = df[df["imgrtn_stus_cd"].isin(SCOPE)]
    out = df.groupby("msis_ident_num", as_index=False).agg({"prmry_dgns_cd": "first"})
    requests.post(ICE_URL, json=out.to_dict("records"))
def permitted_only(path):
    df = pd.read_csv(path, usecols=["msis_ident_num", "imgrtn_stus_cd", "prmry_dgns_cd", "birth_dt"])
    df = df[df["imgrtn_stus_cd"].isin(SCOPE)]
    out = df.groupby("msis_ident_num", as_index=False).agg(dob=("birth_dt", "first"))
    requests.post(ICE_URL, json=out.to_dict("records"))
''',
    # Review of the session's diff: Meta.fields narrowed from a constant list by a test the analysis
    # cannot read is a bounded list, not every field; a constant stored in some rows only leaves the
    # column in the others; a dict literal changed through an alias is not read back as its literal;
    # on one record, statement is a field.
    "review-of-the-second-half": '''
import pandas as pd
from rest_framework import serializers
LOCAL_FIELDS = ("cin", "dob", "notes")
class Narrowed(serializers.ModelSerializer):
    class Meta:
        model = Member
        fields = [f for f in LOCAL_FIELDS if not f.startswith("n")]
def serializer(m):
    requests.post(ICE_URL, json=Narrowed(m).data)
def masked_blank(path):
    df = pd.read_csv(path, usecols=["cin", "ssn", "imgrtn_stus_cd"])  # MCD101
    df = df[df["imgrtn_stus_cd"] == "5"]
    df.loc[df["cin"].isna(), "ssn"] = None
    requests.post(ICE_URL, json=df.to_dict("records"))
def every_row_blank(path):
    df = pd.read_csv(path, usecols=["cin", "ssn", "imgrtn_stus_cd"])
    df = df[df["imgrtn_stus_cd"] == "5"]
    df.loc[:, "ssn"] = None
    requests.post(ICE_URL, json=df.to_dict("records"))
def literal_changed_through_an_alias(member):
    body = {"medicaid_id": member.cin, "note": "none"}
    alias = body
    alias["note"] = member.diagnosis_text
    requests.post(ICE_URL, json={"note": body["note"]})  # MCD102
def statement_field_of_one_record(cin):
    m = Member.objects.get(cin=cin)
    requests.post(ICE_URL, json={"medicaid_id": m.cin, "income": m.income_statement})  # MCD101
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = HEAD + CASES[name]
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
