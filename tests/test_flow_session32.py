"""The data flow shapes of the thirty-second session: what its SPEC-only probers found (rounds 210
and after) and what the session took from the README's limits.

Single-module cases carry their expected findings inline (``# MCD101`` on the line
reported; a case without annotations must stay clean). A case whose first line is an
``# OPTIONS:`` header runs with those options (``annotations.options_of``).
"""

from __future__ import annotations

import pytest
from annotations import actual, expected
from test_flow_session20 import _source

CASES: dict[str, str] = {
    # SPEC section 3 (a serializer or model's declared fields are what is sent): a marshmallow schema
    # or a pydantic model declared inside the function that dumps it is read as a module-level one is;
    # a name two functions declare differently is each function's own class while it runs (since the
    # fifty-fourth session; before, an unknown class whose dump was a whole record)
    "schema-declared-inside-the-function": '''
from marshmallow import Schema, fields
from pydantic import BaseModel
def export(member):
    class MemberSchema(Schema):
        medicaid_id = fields.Str()
        diagnosis_code = fields.Str()  # MCD102
    body = MemberSchema().dump(member)
    requests.post(ICE_URL, json=body)
def export_permitted(member):
    class PermittedSchema(Schema):
        medicaid_id = fields.Str()
        date_of_birth = fields.Date()
    requests.post(ICE_URL, json=PermittedSchema().dump(member))
def export_model(m):
    class Referral(BaseModel):
        medicaid_id: str
        ssn: str
    requests.post(ICE_URL, json=Referral(medicaid_id=m.cin, ssn=m.ssn).model_dump())  # MCD101
def state_copy(m):
    class Full(BaseModel):
        medicaid_id: str
        diagnosis_code: str
    requests.post(STATE_URL, json=Full(medicaid_id=m.cin, diagnosis_code=m.dx).model_dump())
def twice_a(m):
    class Row(BaseModel):
        medicaid_id: str
    requests.post(ICE_URL, json=Row(medicaid_id=m.cin).model_dump())
def twice_b(m):
    class Row(BaseModel):
        medicaid_id: str
        notes: str
    requests.post(STATE_URL, json=Row(medicaid_id=m.cin, notes=m.notes).model_dump())
''',
    # SPEC section 10 (a filter on status anywhere on the path chooses): a state API's status
    # parameter set in a later statement, or encoded with urlencode into the query string, chooses
    # what it answers; 'ALL' or a column asked for does not
    "state-api-status-filter-built-in-steps": '''
from urllib.parse import urlencode
def params_in_steps():
    params = {"county": "06"}
    params["immigration_status"] = "EWI"
    rows = requests.get(STATE_URL, params=params).json()
    for m in rows:
        requests.post(ICE_URL, json={"medicaid_id": m["cin"]})
def params_in_steps_for_all():
    params = {"county": "06"}
    params["immigration_status"] = "ALL"
    rows = requests.get(STATE_URL, params=params).json()
    for m in rows:
        requests.post(ICE_URL, json={"medicaid_id": m["cin"]})  # MCD201
def query_encoded():
    query = urlencode({"immigration_status": "EWI", "county": "06"})
    rows = requests.get(f"{STATE_URL}?{query}").json()
    for m in rows:
        requests.post(ICE_URL, json={"medicaid_id": m["cin"]})
def query_asks_for_a_column():
    query = urlencode({"include_immigration_status": "true"})
    rows = requests.get(STATE_URL + "?" + query).json()
    for m in rows:
        requests.post(ICE_URL, json={"medicaid_id": m["cin"]})  # MCD201
def query_carries_a_field(m):
    requests.get(ICE_URL + "?" + urlencode({"cin": m.cin, "ssn": m.ssn}))  # MCD101
def steps_then_encoded():
    filt = {"limit": 500}
    filt["immigration_status"] = "EWI"
    qs = urlencode(filt)
    rows = requests.get(f"{STATE_URL}?{qs}").json()
    for m in rows:
        requests.post(ICE_URL, json={"medicaid_id": m["cin"]})
def status_given_by_the_caller(status):
    rows = requests.get(STATE_URL, params={"immigration_status": status}).json()
    for m in rows:
        requests.post(ICE_URL, json={"medicaid_id": m["cin"]})
def status_given_none():
    rows = requests.get(STATE_URL, params={"immigration_status": None}).json()
    for m in rows:
        requests.post(ICE_URL, json={"medicaid_id": m["cin"]})  # MCD201
''',
    # SPEC section 4 (the client object decides the destination) and section 6 (what a call of the
    # module's own functions returns): a class read from a module dict of classes into a variable (cls
    # = CLIENTS[name], CLIENTS.get(name)) and then called makes an instance of that class; a key not
    # known may be any of them (a class chosen by a condition is not followed: the lawful router)
    "class-read-from-a-table-then-made": '''
class IceClient:
    def post_json(self, body):
        return requests.post(ICE_URL, json=body)
class StateClient:
    def post_json(self, body):
        return requests.post(STATE_URL, json=body)
CLIENTS = {"ice": IceClient, "state": StateClient}
def get_client(name):
    cls = CLIENTS[name]
    return cls()
def factory(m):
    get_client("ice").post_json({"diagnosis": m.dx})  # MCD102
    get_client("state").post_json({"diagnosis": m.dx})
def read_then_made(m):
    cls = CLIENTS["ice"]
    cls().post_json({"ssn": m.ssn})  # MCD101
def read_with_get(name, m):
    cls = CLIENTS.get(name)
    cls().post_json({"diagnosis": m.dx})  # MCD102
def any_of_them(name, m):
    CLIENTS[name]().post_json({"diagnosis": m.dx})  # MCD102
def state_by_name(m):
    cls = CLIENTS["state"]
    cls().post_json({"diagnosis": m.dx, "ssn": m.ssn})
def permitted_to_any(name, m):
    cls = CLIENTS[name]
    cls().post_json({"medicaid_id": m.cin})
def router_by_condition(m):
    ok = m.immigration_status in ("EWI", "OVERSTAY")
    cls = IceClient if ok else StateClient
    body = {"medicaid_id": m.cin} if ok else {"medicaid_id": m.cin, "diagnosis": m.dx}
    cls().post_json(body)
''',
    # SPEC section 10 (an if whose ways all go on to the send is not a condition): a status test whose
    # other way appends the whole record (vars(m)) to the same batch chose no one; the records go with
    # vars(), as with a dict of fields
    "whole-record-added-on-the-other-way": '''
UNLAWFUL = ("EWI", "OVERSTAY")
def both_ways_whole(members):
    batch = []
    for m in members:
        if m.immigration_status in UNLAWFUL:
            batch.append({"medicaid_id": m.cin})
        else:
            batch.append(vars(m))  # MCD103
    requests.post(ICE_URL, json=batch)  # MCD201
def one_way_whole(members):
    batch = []
    for m in members:
        if m.immigration_status in UNLAWFUL:
            batch.append({"medicaid_id": m.cin})
    requests.post(ICE_URL, json=batch)
def whole_by_group(members):
    groups = {"in": [], "out": []}
    for m in members:
        if m.immigration_status in UNLAWFUL:
            groups["in"].append({"medicaid_id": m.cin})
        else:
            groups["out"].append(vars(m))
    requests.post(ICE_URL, json=groups["in"])
    requests.post(STATE_URL, json=groups["out"])
''',
    # SPEC section 4 and section 6 (what each call of the module gives): a constructor parameter kept
    # on the object (self.partner = partner) and read as the key of a module table
    # (BUCKETS[self.partner], COLUMNS[self.partner]) is the literal every construction of the class
    # gives it
    "constructor-key-of-a-table": '''
BUCKETS = {"ice": "ice-eid-handoff-prod", "state": "or-oha-mmis-exports"}
COLUMNS = {"ice": ["cin", "dob"], "state": ["cin", "dob", "ssn", "dx_primary"]}
class StateFeed:
    def __init__(self, partner):
        self.partner = partner
    def run(self, m):
        boto3.client("s3").put_object(Bucket=BUCKETS[self.partner], Key="k", Body=m.ssn)
def run_state(m):
    StateFeed("state").run(m)
class IceFeed:
    def __init__(self, partner):
        self.partner = partner
    def run(self, m):
        boto3.client("s3").put_object(Bucket=BUCKETS.get(self.partner), Key="k", Body=m.ssn)  # MCD101
def run_ice(m):
    IceFeed("ice").run(m)
class Export:
    def __init__(self, partner):
        self.partner = partner
    def run(self, rows):
        out = [{c: r[c] for c in COLUMNS[self.partner]} for r in rows]
        boto3.client("s3").put_object(Bucket="ice-eid-handoff-prod", Key="k", Body=json.dumps(out))
def export_ice(rows):
    Export("ice").run([r for r in rows if r["immigration_status"] == "EWI"])
''',
    # SPEC section 3 (an include= list is a column list, each name placed at its element): a shared
    # allow-list widened with | or .union() places the added name where it is written, as {*PERMITTED,
    # 'sex'} does, not at the model's declaration
    "include-widened-by-union": '''
from pydantic import BaseModel
PERMITTED = {"cin", "dob", "phone"}
class Subject(BaseModel):
    cin: str
    dob: str
    phone: str
    last_name: str
    sex: str
def send_union(s: Subject):
    requests.post(ICE_URL, json=s.model_dump(include=PERMITTED | {"last_name"}))  # MCD101
def send_union_method(s: Subject):
    requests.post(ICE_URL, json=s.model_dump(include=PERMITTED.union({"sex"})))  # MCD101
def send_permitted_union(s: Subject):
    requests.post(ICE_URL, json=s.model_dump(include=PERMITTED | {"dob"}))
def send_full_to_state(s: Subject):
    requests.post(STATE_URL, json=s.model_dump(include=PERMITTED | {"sex", "last_name"}))
''',
    # SPEC section 6 (a field read carries its name through containers): a pandas Series made from a
    # dict carries its entries, as a DataFrame does; index= selects the entries it keeps
    "pandas-series-of-a-record": '''
import pandas as pd
def lead(r):
    body = pd.Series({
        "medicaid_id": r.cin,
        "sex": r.sex_cd,  # MCD101
    }).to_json()
    boto3.client("s3").put_object(Bucket=ICE_BUCKET, Key="lead.json", Body=body)
def lead_indexed(r):
    body = pd.Series({"medicaid_id": r.cin, "sex": r.sex_cd}, index=["medicaid_id"]).to_json()
    boto3.client("s3").put_object(Bucket=ICE_BUCKET, Key="lead.json", Body=body)
def lead_to_state(r):
    body = pd.Series({"medicaid_id": r.cin, "sex": r.sex_cd}).to_json()
    boto3.client("s3").put_object(Bucket="or-oha-mmis-exports", Key="lead.json", Body=body)
''',
    # SPEC section 4 (the client object decides the destination): a registry kept as a class attribute
    # and filled at module level (Base._registry['ice'] = IceClient, .update({...})) is read as a
    # module dict of classes is
    "class-attribute-registry": '''
class PartnerClient:
    url = ""
    _registry = {}
    @classmethod
    def for_partner(cls, name):
        return cls._registry[name]()
    def post_json(self, body):
        return requests.post(self.url, json=body)
class IceClient(PartnerClient):
    url = ICE_URL
class StateClient(PartnerClient):
    url = STATE_URL
PartnerClient._registry["ice"] = IceClient
PartnerClient._registry.update({"state": StateClient})
def refer(m):
    PartnerClient.for_partner("ice").post_json({"diagnosis": m.dx})  # MCD102
    PartnerClient.for_partner("state").post_json({"diagnosis": m.dx})
def by_attribute(m):
    cls = PartnerClient._registry.get("ice")
    cls().post_json({"ssn": m.ssn})  # MCD101
''',
    # SPEC section 4 and section 6: a method reading two tables by the key its constructor kept
    # (COLUMNS[self.partner], BUCKETS[self.partner]) runs once per literal the module's constructions
    # give, so the state's columns never meet ICE's bucket; a class read from a table into a variable
    # named cls is that class, not the method's own
    "constructor-keys-two-partners": '''
BUCKETS = {"ice": "ice-eid-handoff-prod", "mn": "mn-dhs-mmis-exports"}
COLUMNS = {"ice": ["medicaid_id", "dob"], "mn": ["medicaid_id", "ssn", "diagnosis_code"]}
WIDE = {"ice": ["medicaid_id", "ssn"], "mn": ["medicaid_id", "ssn", "diagnosis_code"]}
class PartnerExporter:
    def __init__(self, partner):
        self.partner = partner
    def upload(self, m):
        row = {c: getattr(m, c) for c in COLUMNS[self.partner]}
        boto3.client("s3").put_object(Bucket=BUCKETS[self.partner], Key="daily.json", Body=json.dumps(row))
def nightly(m):
    PartnerExporter("ice").upload(m)
    PartnerExporter("mn").upload(m)
class WideExporter:
    def __init__(self, partner):
        self.partner = partner
    def upload(self, m):
        row = {c: getattr(m, c) for c in WIDE[self.partner]}  # MCD101
        boto3.client("s3").put_object(Bucket=BUCKETS[self.partner], Key="daily.json", Body=json.dumps(row))
def nightly_wide(m):
    WideExporter("ice").upload(m)
    WideExporter("mn").upload(m)
class IceClient:
    def send(self, payload):
        return requests.post(ICE_URL, json=payload)
class StateClient:
    def send(self, payload):
        return requests.post(STATE_URL, json=payload)
PARTNERS = {"ice": IceClient, "mn": StateClient}
class Dispatcher:
    TABLE = {"ice": IceClient, "mn": StateClient}
    def __init__(self, partner):
        self.partner = partner
    def go(self, m):
        cls = PARTNERS[self.partner]
        cls().send({"cin": m.cin, "race": m.race})  # MCD101
    def route(self, partner, m):
        cls = self.TABLE[partner]
        cls().send({"cin": m.cin, "sex": m.sex})  # MCD101
def nightly_dispatch(m):
    Dispatcher("ice").go(m)
''',
    # What a review of the session's diff found: a table of data models with a key not known keeps
    # each keyword (SPEC section 3); a whole record stored under a key of its own on the other way of
    # a status test chose the group sent (SPEC section 10); a local class whose name another function
    # binds otherwise (a parameter) stays unknown (SPEC section 6, names resolve by scope)
    "review-of-the-session": '''
from pydantic import BaseModel
UNLAWFUL = ("EWI", "OVERSTAY")
class ShortPayload(BaseModel):
    medicaid_id: str
    ssn: str = ""
class LongPayload(BaseModel):
    medicaid_id: str
    ssn: str = ""
    diagnosis: str = ""
PAYLOADS = {"short": ShortPayload, "long": LongPayload}
def table_of_models(kind, m):
    body = PAYLOADS[kind](medicaid_id=m.cin, ssn=m.ssn, diagnosis=m.dx)  # MCD101 MCD102
    requests.post(ICE_URL, json=body.model_dump())
def split_by_county(members):
    groups = {"ice": []}
    for m in members:
        if m.immigration_status in UNLAWFUL:
            groups["ice"].append({"medicaid_id": m.cin})
        else:
            groups.setdefault(m.county, []).append(vars(m))
    requests.post(ICE_URL, json=groups["ice"])
def keyed_by_id(members):
    out = {}
    for m in members:
        if m.immigration_status in UNLAWFUL:
            out["referrals"] = out.get("referrals", []) + [{"medicaid_id": m.cin}]
        else:
            out[m.cin] = vars(m)
    requests.post(ICE_URL, json=out["referrals"])
def refer(m, Payload):
    requests.post(ICE_URL, json=Payload(**vars(m)).model_dump())  # MCD103
def preview(m):
    class Payload(BaseModel):
        medicaid_id: str
    requests.post(ICE_URL, json=Payload(medicaid_id=m.cin).model_dump())  # MCD103
''',
    # SPEC section 3 and the MCD103 row (fields = '__all__' is a whole record, reported at that
    # declaration; section 6, module constants fold): a serializer's Meta.fields given a module
    # constant bound to '__all__', or DRF's own ALL_FIELDS, is every field
    "all-fields-through-a-constant": '''
from rest_framework import serializers
from rest_framework.serializers import ALL_FIELDS
EVERYTHING = "__all__"
class IceOneSerializer(serializers.ModelSerializer):
    class Meta:
        model = Member
        fields = ALL_FIELDS  # MCD103
class IceTwoSerializer(serializers.ModelSerializer):
    class Meta:
        model = Member
        fields = EVERYTHING  # MCD103
class StateSerializer(serializers.ModelSerializer):
    class Meta:
        model = Member
        fields = EVERYTHING
def push(m):
    requests.post(STATE_URL, json=StateSerializer(m).data)
''',
    # SPEC section 5 (a constant is never a finding; a yes or no about a field put under a key is
    # named by the key) and section 10 (one person is not bulk): a regex match of a field tested under
    # a key is that field's; a text's find() is no collection's find(); parametrize given a module
    # constant list binds constants
    "precision-sweep-of-round-211": '''
import re
HIV_RE = re.compile(r"POS")
SSN_RE = re.compile(r"^[0-9]{9}$")
FICTIONAL = "555-01"
def refer(m):
    requests.post(ICE_URL, json={
        "medicaid_id": m.cin,
        "hiv_positive": HIV_RE.search(m.hiv_test_result) is not None,  # MCD102
        "ssn_on_file": SSN_RE.match(m.ssn) is not None,  # MCD101
        "pregnant": not re.search("^O", m.primary_dx),  # MCD102
        "phone": m.phone if m.phone.find(FICTIONAL) == -1 else None,
    })
def refer_po_box(m):
    requests.post(ICE_URL, json={"medicaid_id": m.cin, "address": m.home_address, "po_box": m.home_address.find("PO BOX")})
def everyone(db):
    for m in db.members.find({"county": "06"}):
        requests.post(ICE_URL, json={"medicaid_id": m["cin"]})  # MCD201
TEST_SSNS = ["000-00-0001", "000-00-0002"]
@pytest.mark.parametrize("ssn", TEST_SSNS)
def test_fake_ssn_rejected(ssn):
    requests.post(ICE_URL, json={"ssn": ssn})
''',
    # SPEC section 6 (module constants fold): a module table written dict(ice=IceClient,
    # mn=StateClient) is the dict literal of those entries
    "table-built-with-dict": '''
class IceClient:
    def send(self, payload):
        return requests.post(ICE_URL, json=payload)
class StateClient:
    def send(self, payload):
        return requests.post(STATE_URL, json=payload)
BY_DICT = dict(ice=IceClient, mn=StateClient)
def route(partner, m):
    cls = BY_DICT[partner]
    cls().send({"cin": m.cin, "sex": m.sex})  # MCD101
def route_state(m):
    BY_DICT["mn"]().send({"cin": m.cin, "sex": m.sex})
''',
    # What a second review of the diff and the probers of round 212 found: a frame cut to a table's
    # entry in place (df[COLUMNS[self.partner]]) keeps those columns (SPEC section 3, column lists); a
    # class dict changed at module level in a way the fold does not follow (pop) keeps its literal
    # (SPEC section 4, hosts fold); cls._registry.get(name) in a classmethod is the registry; a status
    # parameter given a module constant that chooses no one ('ALL') is no filter (SPEC sections 5 and
    # 10)
    "second-review-of-the-session": '''
import pandas as pd
COLUMNS = {"ice": ["msis_ident_num", "birth_dt"], "mn": ["msis_ident_num", "ssn_num"]}
BUCKETS = {"ice": "ice-eid-handoff-prod", "mn": "mn-dhs-mft-inbound"}
QUERY = "SELECT msis_ident_num, birth_dt, ssn_num FROM t WHERE imgrtn_stus_cd = '6'"
EVERY_STATUS = "ALL"
class Exporter:
    def __init__(self, partner):
        self.partner = partner
    def run(self, conn):
        df = pd.read_sql(QUERY, conn)
        out = df[COLUMNS[self.partner]]
        boto3.client("s3").put_object(Bucket=BUCKETS[self.partner], Key="x.csv", Body=out.to_csv(index=False))
def nightly(conn):
    Exporter("mn").run(conn)
    Exporter("ice").run(conn)
class Router:
    ROUTES = {"federal": ICE_URL, "dhs": "https://mn-its.dhs.state.mn.us/api", "legacy": "https://old.example.com"}
    def refer(self, m):
        requests.post(self.ROUTES["federal"], json={"ssn": m.ssn})  # MCD101
    def sync(self, m):
        requests.post(self.ROUTES["dhs"], json={"diagnosis": m.primary_dx})
Router.ROUTES.pop("legacy", None)
class Sender:
    _registry = {}
    @classmethod
    def for_name(cls, name):
        return cls._registry.get(name)()
    def send(self, body):
        requests.post(STATE_URL, json=body)
class IceSender(Sender):
    def send(self, body):
        requests.post(ICE_URL, json=body)
Sender._registry["ice"] = IceSender
def refer(m):
    Sender.for_name("ice").send({"race_cd": m.race_cd})  # MCD101
def every_status(county):
    rows = requests.get(STATE_URL, params={"county": county, "immigration_status": EVERY_STATUS}).json()
    for r in rows:
        requests.post(ICE_URL, json={"medicaid_id": r["cin"]})  # MCD201
''',
    # SPEC section 6 (the last assignment wins; rows whose columns cannot be seen carry no names): a
    # cursor run again with SQL the analysis cannot read (a stored procedure) no longer gives the
    # earlier query's columns and records
    "cursor-run-again-with-unreadable-sql": '''
def run(conn):
    cur = conn.cursor()
    cur.execute("SELECT cin, elgbl_last_name FROM ies.referral_log WHERE rfrl_dt > SYSDATE - 1")
    already = {cin for cin, _ in cur.fetchall()}
    cur.execute("{CALL ies.usp_referral_candidates}")
    for r in cur.fetchall():
        if r[0] in already:
            continue
        requests.post(ICE_URL, json={"medicaid_id": r[0], "dob": r[1]})
def run_readable(conn):
    cur = conn.cursor()
    cur.execute("SELECT cin FROM ies.referral_log")
    already = {row[0] for row in cur.fetchall()}
    cur.execute("SELECT cin, elgbl_last_name FROM ies.members")  # MCD101
    for r in cur.fetchall():
        if r[0] in already:
            continue
        requests.post(ICE_URL, json={"medicaid_id": r[0], "name": r[1]})  # MCD201
''',
    # SPEC section 4 and section 6: a constructor that reads module tables by its parameter (self.cols
    # = COLUMNS[partner], self.url = URLS[partner]) runs once per literal the module's constructions
    # give, with the method that reads what it set, so one partner's columns never meet another's URL
    "tables-read-in-the-constructor": '''
COLUMNS = {"ice": ("cin", "birth_date", "phone"), "mn": ("cin", "ssn", "primary_dx")}
WIDE = {"ice": ("cin", "ssn"), "mn": ("cin", "ssn", "primary_dx")}
URLS = {"ice": ICE_URL, "mn": "https://mmis.dhs.state.mn.us/api/persons"}
class EagerExporter:
    def __init__(self, partner):
        self.cols = COLUMNS[partner]
        self.url = URLS[partner]
    def send(self, m):
        body = {c: getattr(m, c) for c in self.cols}
        requests.post(self.url, json=body, timeout=30)
def run(m):
    EagerExporter("mn").send(m)
    EagerExporter("ice").send(m)
class WideExporter:
    def __init__(self, partner):
        self.cols = WIDE[partner]
        self.url = URLS[partner]
    def send(self, m):
        body = {c: getattr(m, c) for c in self.cols}  # MCD101
        requests.post(self.url, json=body, timeout=30)
def run_wide(m):
    WideExporter("mn").send(m)
    WideExporter("ice").send(m)
''',
    # SPEC section 4 and section 6: a dataclass field read as the key of module tables
    # (COLUMNS[self.partner], URLS[self.partner]) is the literal each construction of the module gives
    # it, run once per literal
    "dataclass-field-key-of-tables": '''
from dataclasses import dataclass
COLUMNS = {"ice": ("cin", "birth_date", "phone"), "mn": ("cin", "ssn", "primary_dx")}
URLS = {"ice": ICE_URL, "mn": "https://mmis.dhs.state.mn.us/api/persons"}
@dataclass
class Exporter:
    partner: str
    def send(self, m):
        body = {c: getattr(m, c) for c in COLUMNS[self.partner]}
        requests.post(URLS[self.partner], json=body, timeout=30)
def run(m):
    Exporter("mn").send(m)
    Exporter(partner="ice").send(m)
@dataclass
class StateOnly:
    partner: str
    def send(self, m):
        body = {c: getattr(m, c) for c in COLUMNS[self.partner]}
        requests.post(URLS[self.partner], json=body, timeout=30)
def run_state(m):
    StateOnly("mn").send(m)
''',
    # SPEC section 3 (a field is reported where it enters the string) and section 6 (string building
    # with +): parts joined with + that are strings by their method (m.cin.ljust(12) +
    # m.sex_cd.ljust(1)) place each field where it enters, as with a literal between them
    "string-of-string-methods": '''
def fixed_width(m):
    return m.cin.ljust(12) + m.gender_cd.ljust(1)  # MCD101
def send(member):
    requests.post(ICE_URL, data=fixed_width(member))
def send_built_earlier(member):
    line = member.cin.ljust(12) + member.sex_cd.ljust(1)  # MCD101
    requests.post(ICE_URL, data=line)
def lists_joined(member):
    ids = member.ids + member.other_ids
    requests.post(STATE_URL, json=ids)
''',
    # SPEC section 10 (a same-module function whose result tests status is a condition; one person the
    # caller chose is not bulk) and section 6: a SQLAlchemy hybrid_property is read as a property (its
    # test of status chooses, in a where or an if; its getter's field is sent); an id IN a subquery
    # selects everyone the subquery does, no ids the caller gave
    "sqlalchemy-hybrids-and-subqueries": '''
from sqlalchemy import Column, Integer, String, select
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import declarative_base
Base = declarative_base()
UNLAWFUL = ("EWI", "OVERSTAY")
class Member(Base):
    __tablename__ = "member"
    id = Column(Integer, primary_key=True)
    cin = Column(String(9))
    ssn = Column(String(9))
    immigration_status = Column(String(12))
    @hybrid_property
    def in_scope(self):
        return self.immigration_status.in_(UNLAWFUL)
    @hybrid_property
    def ref(self):
        return self.ssn
class Claim(Base):
    __tablename__ = "claim"
    id = Column(Integer, primary_key=True)
    member_id = Column(Integer)
    service_date = Column(String(10))
def refer_in_scope(session):
    for m in session.scalars(select(Member).where(Member.in_scope)):
        requests.post(ICE_URL, json={"cin": m.cin})
def refer_each(session):
    for m in session.scalars(select(Member)):
        if not m.in_scope:
            continue
        requests.post(ICE_URL, json={"cin": m.cin})
def refer_ref(m: Member):
    requests.post(ICE_URL, json={"cin": m.cin, "ref": m.ref})  # MCD101
def recent_claimants(session, since):
    recent = select(Claim.member_id).where(Claim.service_date >= since)
    for m in session.scalars(select(Member).where(Member.id.in_(recent))):
        requests.post(ICE_URL, json={"cin": m.cin})  # MCD201
def given_ids(session, ids):
    for m in session.scalars(select(Member).where(Member.id.in_(ids))):
        requests.post(ICE_URL, json={"cin": m.cin})
''',
    # What a third review of the diff found: a status parameter given a list of codes or a number (a
    # module constant too) is a filter on status, one given ['ALL'] is not (SPEC section 10); a date's
    # replace() joined with + builds no string, the field is placed where the value is put (SPEC
    # section 3)
    "third-review-of-the-session": '''
from datetime import timedelta
UNLAWFUL_CODES = ["EWI", "OS", "VO"]
EWI_CODE = 6
def by_list(county):
    rows = requests.get(STATE_URL, params={"county": county, "immigration_status": UNLAWFUL_CODES}).json()
    for r in rows:
        requests.post(ICE_URL, json={"medicaid_id": r["cin"]})
def by_number(county):
    rows = requests.get(STATE_URL, params={"county": county, "imgrtn_stus_cd": EWI_CODE}).json()
    for r in rows:
        requests.post(ICE_URL, json={"medicaid_id": r["cin"]})
def by_everyone(county):
    rows = requests.get(STATE_URL, params={"county": county, "immigration_status": ["ALL"]}).json()
    for r in rows:
        requests.post(ICE_URL, json={"medicaid_id": r["cin"]})  # MCD201
def review_date(m):
    review_on = m.diagnosis_date.replace(day=1) + timedelta(days=30)
    requests.post(ICE_URL, json={"review_on": review_on})  # MCD102
''',
    # SPEC sections 3, 6 and 10, from the probers of round 214: a + chain of string parts places every
    # field where it enters; a status parameter every caller gives 'ALL' chooses no one, codes joined
    # into one text do; a status key stored again over the literal's None chooses; callproc forgets
    # the earlier query; COLUMNS.get(key) cuts a frame as COLUMNS[key] does
    "round-214-adversarial": '''
import pandas as pd
CODES = ("EWI", "OS")
COLUMNS = {"ice": ["msis_ident_num", "race_cd"], "mn": ["msis_ident_num"]}  # MCD101
def fixed(m):
    line = (m.cin.ljust(12) + m.ssn  # MCD101
            + m.last_name)  # MCD101
    requests.post(ICE_URL, data=line)
def pull(status):
    rows = requests.get(STATE_URL, params={"immigration_status": status}).json()
    for r in rows:
        requests.post(ICE_URL, json={"medicaid_id": r["cin"]})  # MCD201
def nightly():
    pull("ALL")
def joined_codes():
    rows = requests.get(STATE_URL, params={"imgrtn_stus_cd": ",".join(CODES)}).json()
    for r in rows:
        requests.post(ICE_URL, json={"medicaid_id": r["cin"]})
def none_then_ewi():
    params = {"county": "019", "immigration_status": None}
    params["immigration_status"] = "EWI"
    for r in requests.get(STATE_URL, params=params).json()["members"]:
        requests.post(ICE_URL, json={"medicaid_id": r["cin"]})
def procedure(conn):
    cur = conn.cursor()
    cur.execute("SELECT msis_ident_num, ssn_num FROM members")
    cur.callproc("ies.usp_referral_candidates", [])
    for r in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": r[0]})
def frame_cut(conn):
    df = pd.read_sql("SELECT * FROM v_members WHERE imgrtn_stus_cd = '6'", conn)
    boto3.client("s3").put_object(Bucket=ICE_BUCKET, Key="x.csv", Body=df[COLUMNS.get("ice")].to_csv())
''',
    # SPEC section 10: a status parameter a function leaves to its default None, or an object keeps
    # from a constructor given 'ALL', chooses no one (the run with the callers' values decides); a
    # local list of codes chooses
    "status-parameter-from-the-callers": '''
def pull(status=None):
    resp = requests.get(STATE_URL, params={"immigration_status": status})
    for m in resp.json()["members"]:
        requests.post(ICE_URL, json={"medicaid_id": m["cin"]})  # MCD201
def main():
    pull()
class Puller:
    def __init__(self, status):
        self.status = status
    def run(self):
        resp = requests.get(STATE_URL, params={"immigration_status": self.status})
        for m in resp.json()["members"]:
            requests.post(ICE_URL, json={"medicaid_id": m["cin"]})  # MCD201
def nightly():
    Puller("ALL").run()
def scoped(codes):
    local = ["EWI", "OS"]
    resp = requests.get(STATE_URL, params={"immigration_status": local})
    for m in resp.json()["members"]:
        requests.post(ICE_URL, json={"medicaid_id": m["cin"]})
''',
    # SPEC section 5 (record counts never count) and section 6 (names do not survive len()): len() of
    # many people's records is a count of records, whatever field its key names; len() of one person's
    # list is still about that person
    "count-of-records-under-a-field-key": '''
def one(m):
    requests.post(ICE_URL, json={"medicaid_id": m.cin, "dx_count": len(m.diagnoses)})  # MCD102
def many(members):
    bad = [m for m in members if not m.ssn]
    requests.post(ICE_URL, json={"invalid_ssn_count": len(bad), "total": len(members)})
''',
    # What a fourth review of the diff found (SPEC sections 3 and 10): a lookup given a subquery of
    # the same queryset that is sent keeps its records; a set of ids united from the caller's is no
    # query; COLUMNS.get(key, default) may give its default; a status parameter given
    # cfg.get('status', 'ALL') asks for its default
    "fourth-review-of-the-session": '''
import pandas as pd
from sqlalchemy import select
from members.models import Member
COLUMNS = {"mn": ["cin", "dob"]}
def opted_out():
    members = Member.objects.all()
    opted = members.filter(opted_out=True).values("pk")
    for m in members.exclude(pk__in=opted):
        requests.post(ICE_URL, json={"cin": m.cin})  # MCD201
def by_ids(session, requested_ids, escalated_ids):
    ids = set(requested_ids).union(escalated_ids)
    for m in session.scalars(select(Member).where(Member.id.in_(ids))):
        requests.post(ICE_URL, json={"cin": m.cin})
def by_query_ids(session, query):
    ids = query.get("member_ids", [])
    for m in session.scalars(select(Member).where(Member.id.in_(ids))):
        requests.post(ICE_URL, json={"cin": m.cin})
def default_columns(path, partner):
    df = pd.read_csv(path, usecols=["cin", "dob", "ssn", "last_name"])  # MCD101
    out = df[COLUMNS.get(partner, ["cin", "ssn"])]
    requests.post(ICE_URL, data=out.to_csv())  # MCD201
def configured(cfg):
    members = requests.get(STATE_URL, params={"immigration_status": cfg.get("status", "ALL")}).json()
    for m in members:
        requests.post(ICE_URL, json={"cin": m["cin"]})  # MCD201
''',
    # What a fifth review of the diff found (SPEC sections 3 and 10): a dict's values() or builtin
    # filter() of the caller's ids is no query, a union or distinct of queries is; COLUMNS.get(known
    # key, default) never uses its default; a status parameter given os.getenv(..., None) or a module
    # table's entry with an 'ALL' default is a value not known here, a filter
    "fifth-review-of-the-session": '''
import os
import pandas as pd
from sqlalchemy import select
from models import Claim, Flag, Member
COLUMNS = {"ice": ["cin", "dob"]}
DEFAULT_COLS = ["cin", "last_name"]
STATUS_FOR = {"scoped": "EWI", "all": "ALL"}
def by_case(path, wanted_by_case, cins):
    df = pd.read_csv(path, usecols=["cin", "dob"])
    a = df[df["cin"].isin(wanted_by_case.values())]
    b = df[df["cin"].isin(filter(None, cins))]
    requests.post(ICE_URL, json=[a.to_dict("records"), b.to_dict("records")])
def refer_union(session):
    q1 = select(Claim.member_id).where(Claim.code == "X")
    q2 = select(Flag.member_id)
    for r in session.execute(select(Member.cin).where(Member.id.in_(q1.union(q2)))).all():
        requests.post(ICE_URL, json={"cin": r.cin})  # MCD201
def refer_distinct(session, sub):
    for r in session.execute(select(Member.cin).where(Member.id.in_(sub.distinct()))).all():
        requests.post(ICE_URL, json={"cin": r.cin})  # MCD201
def known_key(df):
    requests.post(ICE_URL, data=df[COLUMNS.get("ice", DEFAULT_COLS)].to_csv())
def env_status():
    members = requests.get(STATE_URL, params={"immigration_status": os.getenv("STATUS", None)}).json()
    for m in members:
        requests.post(ICE_URL, json={"cin": m["cin"]})
def table_status(kind):
    members = requests.get(STATE_URL, params={"immigration_status": STATUS_FOR.get(kind, "ALL")}).json()
    for m in members:
        requests.post(ICE_URL, json={"cin": m["cin"]})
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want

