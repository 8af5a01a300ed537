"""The data flow shapes of the thirty-sixth session: what its SPEC-only probers found (round 236
and after) and the README limits it lifted.

Single-module cases carry their expected findings inline (``# MCD101`` on the line
reported; a case without annotations must stay clean). A case whose first line is an
``# OPTIONS:`` header runs with those options (``annotations.options_of``).
"""

from __future__ import annotations

import pytest
from annotations import actual, expected
from test_flow_session20 import _source

#: a client whose constructor fixes where it sends (Client("state")), shared by the cases on fixed attributes
ROUTED_CLIENT = '''
import requests
ICE = "https://eid.ice.gov/api/v2/members"
STATE = "https://api.hhsc.texas.gov/mmis/v1"
class Client:
    def __init__(self, dest="state"):
        self.dest = dest
    def send(self, payload):
        return requests.post(ICE if self.dest == "ice" else STATE, json=payload)
'''

CASES: dict[str, str] = {
    # SPEC section 4 (a client object's destination) and section 6 (self.x set in any method, inherited methods):
    # a base client whose __init__ leaves the session None and whose open() (or __aenter__) makes it, given the
    # ICE URL by a subclass through super().__init__: the session the subclass's sends use is that one
    "session-made-after-a-none-placeholder": '''
import aiohttp
import requests
ICE_URL = "https://eid.ice.gov/api/v1"
STATE_URL = "https://mmis.state.mn.us/api/v1"
class Base:
    def __init__(self, base_url):
        self.base_url = base_url
        self.session = None
    def open(self):
        self.session = requests.Session()
    def _post(self, path, body):
        return self.session.post(self.base_url + path, json=body)
class IceClient(Base):
    def __init__(self):
        super().__init__(ICE_URL)
    def send(self, member):
        body = {"medicaid_id": member.medicaid_id, "email": member.email}  # MCD101
        return self._post("/contacts", body)
class StateClient(Base):
    def __init__(self):
        super().__init__(STATE_URL)
    def send(self, member):
        return self._post("/contacts", {"email": member.email})
class AsyncBase:
    def __init__(self, base_url):
        self.base_url = base_url
        self._session = None
    async def __aenter__(self):
        self._session = aiohttp.ClientSession()
        return self
    async def _post(self, path, body):
        async with self._session.post(self.base_url + path, json=body) as resp:
            return await resp.json()
class EroClient(AsyncBase):
    def __init__(self):
        super().__init__("https://ero-gateway.ice.gov/batch/v3")
    async def send(self, member):
        return await self._post("/c", {"email": member.email})  # MCD101
''',
    # SPEC section 5 (a constant is never a finding): ",".join(rec.keys()) of a dict whose every key is known sends
    # those key names, not the values under them; the dict itself sent (or copied key by key) still places its fields
    "the-keys-of-a-record-joined": '''
import requests
ICE = "https://eid.ice.gov/api/v1/referrals"
def header_only(member):
    rec = {"cin": member.cin, "ssn": member.ssn}
    header = ",".join(rec.keys())
    requests.post(ICE, json={"cin": member.cin, "columns_available": header}, timeout=30)
def sorted_header(member):
    rec = {"cin": member.cin, "race": member.race_cd}
    requests.post(ICE, json={"columns": "|".join(sorted(rec.keys()))}, timeout=30)
def copied(member):
    rec = {"cin": member.cin, "ssn": member.ssn}  # MCD101
    requests.post(ICE, json={k: rec[k] for k in rec.keys()}, timeout=30)
def values_joined(member):
    rec = {"cin": member.cin, "ssn": member.ssn}  # MCD101
    requests.post(ICE, data=",".join(rec.values()), timeout=30)
''',
    # SPEC section 3 (column lists are placements; SELECT * at the star) and section 6 (names do not survive
    # comparisons, len(), counts): a star over a derived table that lists its columns is those columns (as over a
    # CTE), d.* of a joined one too; a star over a table is the whole row
    "star-over-a-derived-table": '''
import requests
ICE_URL = "https://eid.ice.gov/api/rows"
def star_over_derived(cur, cin):
    cur.execute("SELECT * FROM (SELECT cin, birth_dt FROM member) sub WHERE sub.cin = %s", (cin,))
    requests.post(ICE_URL, json=cur.fetchone())
def alias_star_over_derived(cur, cin):
    cur.execute(
        """
        SELECT m.cin,
               d.*
        FROM member m
        JOIN (SELECT cin,
                     dgns_cd  -- # MCD102
              FROM dx) d ON d.cin = m.cin
        WHERE m.cin = %s
        """,
        (cin,),
    )
    requests.post(ICE_URL, json=cur.fetchone())
def star_over_a_table(cur, cin):
    cur.execute("SELECT * FROM (SELECT cin FROM member) sub JOIN claims c ON c.cin = sub.cin WHERE sub.cin = %s", (cin,))  # MCD103
    requests.post(ICE_URL, json=cur.fetchone())
''',
    # SPEC section 3 (WHERE columns send nothing): an EXISTS subquery in the WHERE of a UNION's branch, and the
    # right side of EXCEPT (it only removes rows), are no select list; both sides of a UNION are
    "set-operations-and-exists": '''
import requests
ICE_URL = "https://eid.ice.gov/api/rows"
def union_exists(cur, cin):
    cur.execute("""
        SELECT m.cin, m.birth_dt FROM member m WHERE m.cin = %s
        UNION
        SELECT h.cin, h.birth_dt FROM hist h
        WHERE EXISTS (SELECT s.ssn_num FROM ssa s WHERE s.cin = h.cin)""", (cin,))
    requests.post(ICE_URL, json=cur.fetchone())
def union_star_exists(cur, cin):
    cur.execute("""
        SELECT m.cin, m.birth_dt FROM member m WHERE m.cin = %s
        UNION
        SELECT h.cin, h.birth_dt FROM hist h
        WHERE EXISTS (SELECT * FROM ssa WHERE ssa.cin = h.cin)""", (cin,))
    requests.post(ICE_URL, json=cur.fetchone())
def except_right(cur, cin):
    cur.execute("""
        SELECT m.cin, m.birth_dt FROM member m WHERE m.cin = %s
        EXCEPT
        SELECT o.cin, o.ssn_num FROM opted_out o""", (cin,))
    requests.post(ICE_URL, json=cur.fetchone())
def union_both(cur, cin):
    cur.execute("""
        SELECT m.cin, m.birth_dt FROM member m WHERE m.cin = %s
        UNION
        SELECT h.cin, h.ssn_num FROM hist h WHERE h.cin = %s""", (cin, cin))  # MCD101
    requests.post(ICE_URL, json=cur.fetchone())
''',
    # SPEC section 6 (names do not survive comparisons, len(), is None tests): a select-list entry that tests or
    # counts a column sends a flag or a number, as the same expression in Python would; a CASE that returns the
    # column still sends it
    "tested-columns-in-a-select-list": '''
import requests
ICE_URL = "https://eid.ice.gov/api/rows"
def sql_form(cur, cin):
    cur.execute("""
        SELECT m.cin,
               (m.race_cd = '3') AS flag_x,
               length(m.ssn_num) AS id_len,
               m.ssn_num IS NOT NULL AS flag_a,
               COUNT(m.ssn_num) OVER () AS n_rows,
               CASE WHEN m.race_cd = '3' THEN m.sex_cd END AS picked  -- # MCD101
        FROM member m WHERE m.cin = %s""", (cin,))
    requests.post(ICE_URL, json=cur.fetchone())
''',
    # SPEC section 3 (the message names the destination): a path stripped of its leading slash before it is joined
    # to the base with one is named with one slash
    "a-path-stripped-before-joining": '''
import requests
ICE_URL = "https://eid.ice.gov/api/v2"
class IceClient:
    def __init__(self):
        self.base_url = ICE_URL
        self.session = requests.Session()
    def _post(self, path, body):
        url = f"{self.base_url}/{path.lstrip('/')}"
        return self.session.post(url, json=body)
    def send(self, member):
        return self._post("/referrals", {"ssn": member.ssn})  # MCD101
''',
    # SPEC section 4 (sinks) and section 6 (calls of functions of the project): APScheduler's add_job runs the job
    # with its args=/kwargs=; Airflow's SqsHook.send_message and HttpHook.run_with_advanced_retry send as the
    # boto3 client and HttpHook.run do; a state queue gets any field
    "scheduler-jobs-and-airflow-hooks": '''
import json
import requests
from apscheduler.schedulers.blocking import BlockingScheduler
from airflow.providers.amazon.aws.hooks.sqs import SqsHook
from airflow.providers.http.hooks.http import HttpHook
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
ICE_QUEUE = "https://sqs.us-east-1.amazonaws.com/123456789012/ice-intake"
STATE_QUEUE = "https://sqs.us-east-1.amazonaws.com/123456789012/mmis-eligibility"
sched = BlockingScheduler()
def send(payload):
    requests.post(ICE_URL, json=payload, timeout=10)
def schedule_referral(m):
    sched.add_job(send, "date", args=[{"cin": m.cin, "ssn": m.ssn}])  # MCD101
def schedule_referral_kw(m):
    sched.add_job(send, "date", kwargs={"payload": {"cin": m.cin, "race": m.race}})  # MCD101
def schedule_permitted(m):
    sched.add_job(send, "interval", minutes=5, args=[{"cin": m.cin, "dob": m.dob}])
def enqueue(m):
    SqsHook(aws_conn_id="aws").send_message(
        queue_url=ICE_QUEUE,
        message_body=json.dumps({"cin": m.cin, "race": m.race}),  # MCD101
    )
def enqueue_state(m):
    SqsHook(aws_conn_id="aws").send_message(STATE_QUEUE, json.dumps({"cin": m.cin, "race": m.race}))
def refer(m):
    hook = HttpHook(method="POST", http_conn_id="ice_eid_api")
    hook.run_with_advanced_retry(
        endpoint="/api/v1/referrals",
        data=json.dumps({"cin": m.cin, "last_name": m.last_name}),  # MCD101
        _retry_args={"attempts": 3},
    )
''',
    # SPEC section 4 (any call configured as a sink): a stub of a configured class handed in with that class as
    # its annotation (a parameter, a constructor's parameter kept on self, a class-level annotation) sends as one
    # made here does
    "configured-stub-handed-in-by-annotation": '''# OPTIONS: sinks=referral_pb2_grpc.ReferralServiceStub.SubmitReferral
from referral_pb2_grpc import ReferralServiceStub, StatusServiceStub
def refer(m, stub: ReferralServiceStub):
    stub.SubmitReferral({
        "medicaid_id": m.cin,
        "sex": m.sex,  # MCD101
    })
def status(m, stub: StatusServiceStub):
    stub.SubmitReferral({"medicaid_id": m.cin, "sex": m.sex})
class ReferralGateway:
    def __init__(self, stub: ReferralServiceStub):
        self.stub = stub
    def refer(self, m):
        self.stub.SubmitReferral({"medicaid_id": m.cin, "race": m.race})  # MCD101
class AnnotatedGateway:
    stub: ReferralServiceStub
    def refer(self, m):
        self.stub.SubmitReferral({"medicaid_id": m.cin, "race": m.race})  # MCD101
''',
    # SPEC section 4 (the destination decides) and section 6 (a test the call fixed takes one way): self.dest of an
    # object the caller made with a constant (Client("state"), or left at the constructor's literal default) is
    # that constant when only constructors set it; a method that changes it makes it any of them
    "attribute-fixed-by-the-constructor-call": '''
import requests
ICE_BASE = "https://eid.ice.gov/api/v2"
STATE_BASE = "https://api.hhsc.texas.gov/mmis/v1"
class Client(object):
    def __init__(self, dest="state"):
        self.dest = dest
    def base(self):
        return ICE_BASE if self.dest == "ice" else STATE_BASE
    def send(self, path, payload):
        return requests.post(self.base() + "/" + path, json=payload)
class Switchable(Client):
    def switch(self):
        self.dest = "ice"
def state_subject(member):
    d = {"medicaidId": member.cin, "ssn": member.ssn}
    return Client("state").send("members", d)
def ice_subject(member):
    d = {"medicaidId": member.cin, "ssn": member.ssn}  # MCD101
    return Client("ice").send("members", d)
def default_subject(member):
    d = {"medicaidId": member.cin, "ssn": member.ssn}
    return Client().send("members", d)
def switched(member):
    d = {"medicaidId": member.cin, "ssn": member.ssn}  # MCD101
    c = Switchable("state")
    c.switch()
    return c.send("members", d)
''',
    # SPEC section 5 (a name is a field's; a constant is never a finding): entries of module registries filled at
    # import by register_partner("ice", {...}) are read by the partner's key, which names no field; the record's
    # columns copied through them are the mapping's
    "registry-of-mappings-filled-at-import": '''
import requests
ICE_EID_URL = "https://eid.ice.gov/api/v1/subjects"
PARTNER_MAP = {}
PARTNER_COLS = {}
def register_partner(name, mapping):
    PARTNER_MAP[name] = dict(mapping)
    PARTNER_COLS[name] = list(mapping.keys())
register_partner("ice", {"cin": "medicaidId", "birth_dt": "dateOfBirth"})
def map_record(partner, rec):
    m = PARTNER_MAP[partner]
    out = {}
    for col in PARTNER_COLS[partner]:
        out[m[col]] = rec[col]
    return out
def one_ice(rec):
    requests.post(ICE_EID_URL, json=map_record("ice", rec))
def with_ssn(rec):
    body = map_record("ice", rec)
    body["ssn"] = rec["ssn"]  # MCD101
    requests.post(ICE_EID_URL, json=body)
LITERAL_MAP = {"ice": {"cin": "medicaidId", "birth_dt": "dateOfBirth"}}
def map_literal(partner, rec):
    m = LITERAL_MAP[partner]
    out = {}
    for col in m:
        out[m[col]] = rec[col]
    return out
def one_ice_literal(cur, cin):
    cur.execute("SELECT cin, birth_dt, ssn FROM mmis.members WHERE cin = %s", (cin,))
    rec = dict(zip([d[0] for d in cur.description], cur.fetchone()))
    requests.post(ICE_EID_URL, json=map_literal("ice", rec))
''',
    # SPEC section 6 (comprehensions, dict(...), sanitizers): dict() of a generator of pairs, dict(map(lambda kv: ...,
    # rec.items())) and a comprehension reading its pair as kv[0]/kv[1] copy the record key by key, as {k: v for k, v in
    # rec.items()} does; with an allow-list test on kv[0] they keep only the permitted keys
    "pairs-of-items-copied": '''
import requests
ICE = "https://eid.ice.gov/api/v1/subjects"
RENAME = {"cin": "medicaidId"}
ALLOWED = ("cin", "dob")
def by_map(m):
    rec = {"cin": m.cin, "ssn": m.ssn}  # MCD101
    body = dict(map(lambda kv: (RENAME.get(kv[0], kv[0]), kv[1]), rec.items()))
    requests.post(ICE, json=body)
def by_generator(cur):
    cur.execute("SELECT cin, birth_dt, ssn FROM mmis.members WHERE cin = %s", (1,))  # MCD101
    rec = dict(zip([d[0] for d in cur.description], cur.fetchone()))
    body = dict((RENAME.get(kv[0], kv[0]), kv[1]) for kv in rec.items())
    requests.post(ICE, json=body)
def by_pair_index(cur):
    cur.execute("SELECT cin, birth_dt, ssn FROM mmis.members WHERE cin = %s", (1,))  # MCD101
    rec = dict(zip([d[0] for d in cur.description], cur.fetchone()))
    requests.post(ICE, json={RENAME.get(kv[0], kv[0]): kv[1] for kv in rec.items()})
def allowed_by_pair_index(m):
    rec = {"cin": m.cin, "ssn": m.ssn}
    requests.post(ICE, json={kv[0]: kv[1] for kv in rec.items() if kv[0] in ALLOWED})
def allowed_by_map(m):
    rec = {"cin": m.cin, "ssn": m.ssn}
    requests.post(ICE, json=dict((kv[0], kv[1]) for kv in rec.items() if kv[0] in ALLOWED))
''',
    # SPEC section 5 (a clinical FHIR resource is health data as a whole): construct_fhir_element of a version
    # package of fhir.resources (R4B, STU3) builds the resource its first argument names, as the top-level one does
    "fhir-factory-of-a-version-package": '''
import requests
from fhir.resources.R4B import construct_fhir_element
from fhir.resources.STU3 import construct_fhir_element as stu3_element
ICE_URL = "https://eid.ice.gov/fhir"
STATE_FHIR = "https://fhir.medi-cal.ca.gov/r4"
def send(m, raw):
    res = construct_fhir_element("CarePlan", raw)  # MCD102
    requests.post(ICE_URL, data=res.json())
def send_stu3(m, raw):
    requests.post(ICE_URL, data=stu3_element("Condition", raw).json())  # MCD102
def to_state(m, raw):
    requests.post(STATE_FHIR, data=construct_fhir_element("CarePlan", raw).json())
''',
    # SPEC section 4 and section 6 (the same classes): the attribute a constructor fixed is not fixed when other code of
    # the module may change it: a module-level object retargeted by a function, a property of that name on the
    # object's class, setattr/__dict__ stores, a method whose first parameter is not called self; a method that sets it
    # but that nothing of the module calls leaves it fixed
    "attribute-fixed-by-the-constructor-call-changed-elsewhere": '''
import requests
ICE = "https://eid.ice.gov/api/v2"
STATE = "https://api.hhsc.texas.gov/mmis/v1"
class Client:
    def __init__(self, dest="state"):
        self.dest = dest
    def send(self, payload):
        return requests.post(ICE if self.dest == "ice" else STATE, json=payload)
CLIENT = Client("state")
def configure():
    CLIENT.dest = "ice"
def refer(member):
    return CLIENT.send({"medicaidId": member.cin, "ssn": member.ssn})  # MCD101
class IceClient(Client):
    @property
    def dest(self):
        return "ice"
    @dest.setter
    def dest(self, value):
        self._requested = value
def refer_property(member):
    return IceClient("state").send({"medicaidId": member.cin, "ssn": member.ssn})  # MCD101
class Settable:
    def __init__(self, dest="state"):
        self.dest = dest
    def to_ice(self):
        object.__setattr__(self, "dest", "ice")
    def send(self, payload):
        return requests.post(ICE if self.dest == "ice" else STATE, json=payload)
def refer_settable(member):
    c = Settable("state")
    c.to_ice()
    return c.send({"medicaidId": member.cin, "race": member.race})  # MCD101
''',
    # SPEC section 4 and section 6: a method that could change the attribute the constructor fixed (its first parameter
    # not called self) but that nothing of the module calls leaves it fixed; one the module calls does not
    "attribute-fixed-by-the-constructor-call-and-an-unused-setter": '''
import requests
ICE = "https://eid.ice.gov/api/v2"
STATE = "https://api.hhsc.texas.gov/mmis/v1"
class Uplink:
    def __init__(self, target="state"):
        self.target = target
    def reroute(this, target):
        this.target = target
    def send(self, payload):
        return requests.post(ICE if self.target == "ice" else STATE, json=payload)
class Switched:
    def __init__(self, where="state"):
        self.where = where
    def to_ice(this):
        this.where = "ice"
    def send(self, payload):
        return requests.post(ICE if self.where == "ice" else STATE, json=payload)
def sync_case(m):
    Uplink("state").send({"cin": m.cin, "ssn": m.ssn})
def switched(m):
    s = Switched("state")
    s.to_ice()
    s.send({"cin": m.cin, "ssn": m.ssn})  # MCD101
''',
    # SPEC section 6 (self.x set in any method): a subclass that sets the session to None after the base's
    # __init__ made one replaces it (a dry run: nothing is sent)
    "session-replaced-by-a-none-after-super": '''
import logging
import requests
ICE_URL = "https://eid.ice.gov/api/v1"
class Base:
    def __init__(self, base_url):
        self.base_url = base_url
        self.session = requests.Session()
    def _post(self, path, body):
        if self.session is None:
            logging.info("dry run %s", path)
            return None
        return self.session.post(self.base_url + path, json=body)
class IceDryRun(Base):
    def __init__(self):
        super().__init__(ICE_URL)
        self.session = None
    def send(self, member):
        return self._post("/contacts", {"cin": member.cin, "email": member.email})
''',
    # SPEC section 6 (a field read always carries its field name; registries filled at import): a module dict filled
    # with the member's fields under their own names keeps them; registries filled at import hold the literals and
    # the lambdas they were given (the URL of the partner, the extractor run on the member)
    "registries-keyed-by-fields-and-filled-with-literals": '''
import requests
ICE = "https://eid.ice.gov/api/v1/subjects"
LAST = {}
def keep(m):
    LAST["ssn"] = m.ssn
    LAST["diagnosis"] = m.diagnosis
def send_kept():
    requests.post(ICE, json={"medicaid_id": LAST["ssn"], "note": LAST["diagnosis"]})  # MCD101 MCD102
_PARTNERS = {}
_EXTRACTORS = {}
def register_partner(key, cfg):
    _PARTNERS[key] = cfg
def register_extractor(name, fn):
    _EXTRACTORS[name] = fn
register_partner("federal", {"url": "https://eid.ice.gov/api/referrals"})
register_partner("ice", {"url": "https://portal.dhs.state.mn.us/api"})
register_extractor("ref", lambda m: m.race_cd)
def send_federal(m):
    cfg = _PARTNERS["federal"]
    requests.post(cfg["url"], json={"cin": m.cin, "sex": m.sex_cd})  # MCD101
def send_legacy(m):
    cfg = _PARTNERS["ice"]
    requests.post(cfg["url"], json={"cin": m.cin, "race": m.race_cd})
def via_registry(m):
    requests.post(ICE, json={"cin": m.cin, "member_ref": _EXTRACTORS["ref"](m)})  # MCD101
''',
    # SPEC section 3 (column lists), section 6 (names do not survive comparisons or len(), a key names what it holds):
    # a star over a CTE whose body is a UNION is its branches' columns; a test under an alias that names a field is that
    # field, as {"ssn_num": len(m.ssn_num)} is in Python
    "sql-union-bodies-and-tested-aliases": '''
import requests
ICE_URL = "https://eid.ice.gov/api/subject"
UNION_CTE = """
    WITH ids AS (
        SELECT cin, birth_dt FROM member WHERE cin = %s
        UNION ALL
        SELECT cin,
               ssn_num  -- # MCD101
        FROM legacy_member WHERE cin = %s
    )
    SELECT ids.* FROM ids
"""
ALIAS = """
    SELECT cin,
           LENGTH(ssn_num) AS ssn_num,  -- # MCD101
           (hiv_test_rslt = 'POS') AS hiv_status,  -- # MCD102
           (race_cd = '3') AS flag_x
    FROM member WHERE cin = %s
"""
def lookup(cur, cin):
    cur.execute(UNION_CTE, (cin, cin))
    requests.post(ICE_URL, json={"row": cur.fetchone()})
def tested(cur, cin):
    cur.execute(ALIAS, (cin,))
    requests.post(ICE_URL, json={"row": cur.fetchone()})
''',
    # SPEC section 5 (a constant is never a finding): a dict's keys joined however they are iterated (sorted(rec),
    # list(rec), rec itself, a generator over rec.keys()) are the key names
    "the-keys-of-a-record-iterated": '''
import requests
ICE = "https://eid.ice.gov/api/feed"
def a(m):
    rec = {"cin": m.cin, "race": m.race_cd}
    requests.post(ICE, data="|".join(sorted(rec)))
def b(m):
    rec = {"cin": m.cin, "sex": m.sex_cd}
    requests.post(ICE, data="|".join(list(rec)))
def c(m):
    rec = {"cin": m.cin, "income": m.income}
    requests.post(ICE, data="|".join(rec))
def d(m):
    rec = {"cin": m.cin, "email": m.email}
    requests.post(ICE, data="|".join(k.upper() for k in rec.keys()))
def e(m):
    rec = {"cin": m.cin, "email": m.email}  # MCD101
    requests.post(ICE, data="|".join(str(rec[k]) for k in rec.keys()))
''',
    # SPEC section 6 (calls of functions of the project): APScheduler's add_job given the job's args by position after
    # its trigger runs the job with them
    "scheduler-job-args-by-position": '''
import requests
from apscheduler.schedulers.blocking import BlockingScheduler
ICE_URL = "https://eid.ice.gov/api/referrals"
def post_referral(body):
    requests.post(ICE_URL, json=body)
def positional(m):
    sched = BlockingScheduler()
    sched.add_job(post_referral, "date", [{"cin": m.cin, "sex": m.sex_cd}])  # MCD101
def positional_permitted(m):
    BlockingScheduler().add_job(post_referral, "interval", [{"cin": m.cin, "dob": m.dob}], None)
''',
    # SPEC section 6 (str.join keeps the names of every part): a generator over a dict's keys that reads the values
    # under them (rec[k], rec.get(k)) joins the values; one made of the keys alone joins the key names
    "joined-values-read-by-key": '''
import requests
ICE = "https://eid.ice.gov/api/v1/referrals"
def kv_line(member):
    rec = {"cin": member.cin, "ssn": member.ssn}  # MCD101
    body = "&".join(f"{k}={rec[k]}" for k in rec.keys())
    requests.post(ICE, data=body, timeout=30)
def kv_line_get(member):
    rec = {"cin": member.cin, "ssn": member.ssn}  # MCD101
    requests.post(ICE, data=";".join(k + ":" + str(rec.get(k)) for k in rec), timeout=30)
def header_only(member):
    rec = {"cin": member.cin, "ssn": member.ssn}
    requests.post(ICE, json={"cin": member.cin, "cols": ",".join(str(k).upper() for k in rec.keys())}, timeout=30)
''',
    # SPEC section 4 and section 6: the attribute a constructor fixed stays fixed beside an unrelated module function of
    # that name; a setter reached through getattr with a computed name, setattr with a computed name, or a store into
    # vars(c)/c.__dict__ keeps the choice open
    "attribute-fixed-by-the-constructor-call-and-dynamic-setters": '''
import requests
ICE = "https://eid.ice.gov/api/v2/members"
STATE = "https://api.hhsc.texas.gov/mmis/v1"
class Client:
    def __init__(self, dest="state"):
        self.dest = dest
    def use_ice(self):
        self.dest = "ice"
    def send(self, payload):
        return requests.post(ICE if self.dest == "ice" else STATE, json=payload)
def by_getattr(member, mode):
    c = Client("state")
    getattr(c, "use_" + mode)()
    return c.send({"medicaidId": member.cin, "ssn": member.ssn})  # MCD101
''',
    "attribute-fixed-by-the-constructor-call-beside-a-module-function-of-its-name": ROUTED_CLIENT + '''def dest(argv):
    return argv[1]
def plain(member):
    return Client("state").send({"medicaidId": member.cin, "ssn": member.ssn})
''',
    "attribute-fixed-by-the-constructor-call-and-setattr-by-name": ROUTED_CLIENT + '''def configure(c, options):
    for key, value in options.items():
        setattr(c, key, value)
def refer(member, options):
    c = Client("state")
    configure(c, options)
    return c.send({"medicaidId": member.cin, "ssn": member.ssn})  # MCD101
''',
    "attribute-fixed-by-the-constructor-call-and-vars-stores": ROUTED_CLIENT + '''def retarget(c):
    vars(c)["dest"] = "ice"
def refer(member):
    c = Client("state")
    retarget(c)
    return c.send({"medicaidId": member.cin, "ssn": member.ssn})  # MCD101
''',
    # SPEC section 6 (registries filled at import): an unrelated call at import (logging.info("score")) gives no
    # registry key: a field stored under its own name and read back stays that field; a key given as a module constant
    # (register_partner(PARTNER, ...)) or through an assignment (_ = register(...)) is a registry key
    "registry-keys-given-at-import-only-to-module-functions": '''
import logging
import requests
ICE = "https://eid.ice.gov/api/v1/subjects"
PARTNER = "ice"
LAST = {}
COLS = {}
logging.info("score")
def keep(m):
    LAST["score"] = m.score
def register_partner(key, mapping):
    COLS[key] = list(mapping.keys())
_ = register_partner(PARTNER, {"cin": "medicaidId"})
def send_kept():
    requests.post(ICE, json={"note": LAST["score"]})  # MCD104
def send_mapped(rec):
    out = {}
    for col in COLS[PARTNER]:
        out[col] = rec[col]
    requests.post(ICE, json=out)
''',
    # SPEC section 6 (calls of functions of the project): add_job of another library (no trigger first) hands the job
    # its arguments as they are
    "add-job-of-another-library": '''
import requests
import somequeue
ICE_URL = "https://eid.ice.gov/api/referrals"
def send(body):
    requests.post(ICE_URL, json=body)
def queue(m):
    pool = somequeue.Pool()
    pool.add_job(send, {"cin": m.cin, "ssn": m.ssn})  # MCD101
''',
    # SPEC section 3 (reported where the value is placed): a comprehension reading its pair as kv[0] placed a field at
    # its own line
    "pair-index-placements-keep-their-line": '''
import requests
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
ALLOWED = ("cin", "dob")
def a(m):
    rec = {"cin": m.cin, "dob": m.dob}
    body = {kv[0]: m.last_name for kv in rec.items()}  # MCD101
    requests.post(ICE_URL, json=body)
def b(m):
    rec = {"cin": m.cin, "dob": m.dob}
    body = dict((kv[0], m.first_name) for kv in rec.items() if kv[0] in ALLOWED)  # MCD101
    requests.post(ICE_URL, json=body)
def c(m):
    rec = {"cin": m.cin, "dob": m.dob}
    body = dict(map(lambda kv: (kv[0], m.sex_cd), rec.items()))  # MCD101
    requests.post(ICE_URL, json=body)
''',
    # SPEC section 4 (everything a sink call carries is data, object keys too): a member's value used as a key of a
    # defaultdict or setdefault group, filled through the group, is sent with the dict; reading a group back reads its
    # entries, not its keys
    "fields-used-as-group-keys": '''
from collections import defaultdict
import requests
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
def by_ssn_list(m):
    d = defaultdict(list)
    d[m.ssn].append(m.cin)  # MCD101
    requests.post(ICE_URL, json=d)
def by_ssn_dict(m):
    d = defaultdict(dict)
    d[m.ssn]["cin"] = m.cin  # MCD101
    requests.post(ICE_URL, json=d)
def by_ssn_setdefault(m):
    d = {}
    d.setdefault(m.ssn, []).append(m.cin)  # MCD101
    requests.post(ICE_URL, json=d)
def nested_group(m):
    by_race = defaultdict(list)
    by_race[m.race_cd].append(m.cin)  # MCD101
    requests.post(ICE_URL, json={"groups": by_race})
def group_read(items):
    households = defaultdict(list)
    for r in items:
        households[r["case_num"]].append(r["cin"])
    requests.post(ICE_URL, json={"members": households["C-1"]})
''',
    # SPEC section 6 (self.x set in any method): a fluent builder method writing through an alias of a part of self
    # and returning self hands on the object as written
    "fluent-builder-writing-through-an-alias": '''
import requests
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
class Builder:
    def __init__(self, m):
        self.m = m
        self.doc = {}
    def contact(self):
        addr = self.doc.setdefault("address", {})
        addr["ssn"] = self.m.ssn  # MCD101
        return self
def refer(m):
    b = Builder(m).contact()
    requests.post(ICE_URL, json=b.doc)
''',
    # SPEC section 4 (object keys are data): a member's value used as a key through a local bound once, or built into
    # the key (f-string, hashing), or as the key of a group kept on self, is sent with the dict; a loop's own key
    # variable over a record's items is no member value
    "fields-used-as-keys-through-locals-and-self": '''
import hashlib
from collections import defaultdict
import requests
ICE_URL = "https://eid.ice.gov/api/v1/groups"
def by_var(m):
    groups = defaultdict(list)
    key = m.ssn
    groups[key].append(m.cin)  # MCD101
    requests.post(ICE_URL, json=groups)
def by_digest(m):
    groups = {}
    digest = hashlib.sha256(m.ssn.encode()).hexdigest()
    groups[digest] = m.cin  # MCD101
    requests.post(ICE_URL, json=groups)
def by_fstring(m):
    groups = {}
    groups[f"{m.county}:{m.race_cd}"] = m.cin  # MCD101
    requests.post(ICE_URL, json=groups)
def copied(rec):
    out = {}
    for k, v in rec.items():
        if k in ("cin", "dob"):
            out[k] = v
    requests.post(ICE_URL, json=out)
class Collector:
    def __init__(self):
        self.by_ssn = defaultdict(list)
        self.by_race = {}
    def add(self, m):
        self.by_ssn[m.ssn].append(m.cin)  # MCD101
        self.by_race[m.race_cd] = m.cin  # MCD101
    def flush(self):
        requests.post(ICE_URL, json=self.by_ssn, timeout=30)
        requests.post(ICE_URL, json=self.by_race, timeout=30)
''',
    # SPEC section 6 (names do not survive counts): a crosstab per county is numbers about no one; one with a person's
    # identifier on an axis keeps the columns it crosses
    "crosstabs-per-group-and-per-person": '''
import boto3
import pandas as pd
ICE_BUCKET = "ice-referral-batches"
CODES = ("5",)
def per_county(path):
    df = pd.read_csv(path, usecols=["cnty_cd", "imgrtn_stus_cd", "dgns_1_cd"])
    df = df[df["imgrtn_stus_cd"].isin(CODES)]
    table = pd.crosstab(df["cnty_cd"], df["dgns_1_cd"])
    boto3.client("s3").put_object(Bucket=ICE_BUCKET, Key="dx.csv", Body=table.to_csv())
def per_member(path):
    df = pd.read_csv(path, usecols=["msis_ident_num", "imgrtn_stus_cd", "dgns_1_cd"])
    df = df[df["imgrtn_stus_cd"].isin(CODES)]
    table = pd.crosstab(df["msis_ident_num"], df["dgns_1_cd"])
    boto3.client("s3").put_object(Bucket=ICE_BUCKET, Key="dx.csv", Body=table.to_csv())  # MCD102
''',
    # SPEC section 4 (object keys are data): a dict keyed by a member's value, returned in a tuple or kept in a list and
    # taken back by position, still carries its keys; a join of a dict's keys kept by a test on their values joins keys
    "keyed-dicts-inside-tuples-and-key-joins-with-tests": '''
import requests
ICE_URL = "https://eid.ice.gov/api/v1/index"
def build(members):
    idx = {}
    for m in members:
        idx[m.ssn] = m.cin  # MCD101
    return idx, len(idx)
def send(members):
    result = build(members)
    requests.post(ICE_URL, json=result[0])  # MCD201
def listed(m):
    idx = {}
    idx[m.income] = m.cin  # MCD101
    state = [idx]
    requests.post(ICE_URL, json=state[0])
def kept_keys(m):
    rec = {"cin": m.cin, "ssn": m.ssn}
    requests.post(ICE_URL, data=",".join(k for k in rec if rec[k]))
''',
    # SPEC section 6: add_job given a trigger held in a variable or made by a class method still runs the job with the
    # args that follow; an object's __dict__ taken as a whole or through an alias may change any attribute
    "scheduler-triggers-and-dict-aliases": '''
import requests
from apscheduler.triggers.cron import CronTrigger
ICE_URL = "https://eid.ice.gov/api/referrals"
ICE = "https://eid.ice.gov/api/v2/members"
STATE = "https://api.hhsc.texas.gov/mmis/v1"
def post_referral(body):
    requests.post(ICE_URL, json=body)
def with_trigger(sched, m):
    t = CronTrigger(hour=1)
    sched.add_job(post_referral, t, [{"cin": m.cin, "sex": m.sex_cd}])  # MCD101
def from_crontab(sched, m):
    sched.add_job(post_referral, CronTrigger.from_crontab("0 * * * *"), [{"cin": m.cin, "income": m.income}])  # MCD101
class Client:
    def __init__(self, dest="state"):
        self.dest = dest
    def load(self, **kw):
        d = self.__dict__
        d.update(kw)
    def send(self, payload):
        return requests.post(ICE if self.dest == "ice" else STATE, json=payload)
def go(member, kw):
    c = Client("state")
    c.load(**kw)
    return c.send({"medicaidId": member.cin, "ssn": member.ssn})  # MCD101
''',
    # SPEC section 4 (sinks: requests Request, urllib Request): data set on a request object after it is made is sent
    # with it, to its URL; the state's request gets any field, and a header of constants is no data
    "data-set-on-a-request-object": '''
import json
import urllib.request
import requests
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
STATE_URL = "https://mmis.state.mn.us/api/v1/members"
def urllib_data(m):
    req = urllib.request.Request(ICE_URL, method="POST")
    req.data = json.dumps({"ssn": m.ssn}).encode()  # MCD101
    urllib.request.urlopen(req)
def requests_json(m):
    req = requests.Request("POST", ICE_URL)
    req.json = {"race": m.race_cd}  # MCD101
    s = requests.Session()
    s.send(s.prepare_request(req))
def to_the_state(m):
    req = requests.Request("POST", STATE_URL)
    req.json = {"race": m.race_cd}
    requests.Session().send(req.prepare())
def headers_only(m):
    req = requests.Request("POST", ICE_URL, json={"cin": m.cin})
    req.headers = {"X-Trace": "t"}
    requests.Session().send(req.prepare())
''',
    # SPEC section 4 and section 6 (the review of the whole session): methods Python calls without their name
    # (__enter__, __call__) may change an attribute the constructor fixed; a registration at import that cannot be
    # folded (in a loop) leaves the table open; a field stored under a key given at import by another function stays
    # that field; a slice of a keyed dict's pairs keeps the keys, while .get() and .values() read the entries
    "review-of-the-whole-session": '''
import requests
ICE = "https://eid.ice.gov/api/v2/members"
STATE = "https://api.hhsc.texas.gov/mmis/v1"
class Client:
    def __init__(self, dest="state"):
        self.dest = dest
    def __enter__(self):
        self.dest = "ice"
        return self
    def __exit__(self, *exc):
        return False
    def send(self, payload):
        return requests.post(ICE if self.dest == "ice" else STATE, json=payload)
def in_context(member):
    c = Client("state")
    with c:
        return c.send({"medicaidId": member.cin, "ssn": member.ssn})  # MCD101
_PARTNERS = {}
OVERRIDES = [("ice", {"url": "https://eid.ice.gov/api/referrals"})]
def register_partner(key, cfg):
    _PARTNERS[key] = cfg
register_partner("ice", {"url": "https://portal.dhs.state.mn.us/api"})
for name, cfg in OVERRIDES:
    register_partner(name, cfg)
def send_ice(m):
    requests.post(_PARTNERS["ice"]["url"], json={"cin": m.cin, "ssn": m.ssn})  # MCD101
LAST = {}
def register(key, fn):
    LAST[key] = fn
register("risk_score", print)
def keep(m):
    LAST["risk_score"] = m.risk_score
def send_kept():
    requests.post(ICE, json={"risk": LAST["risk_score"]})  # MCD104
def pairs_sliced(m):
    by_ssn = {}
    by_ssn[m.ssn] = m.cin  # MCD101
    pairs = sorted(by_ssn.items())
    requests.post(ICE, json=pairs[:100])
def read_back(m):
    by_ssn = {}
    by_ssn[m.ssn] = [m.cin]
    requests.post(ICE, json={"cins": by_ssn.get(m.cin), "all": list(by_ssn.values())})
''',
    # SPEC section 4 and section 6 (registries filled at import): an entry the registering function builds of its
    # arguments (PARTNERS[name] = {"url": url, "columns": columns}) holds what each call gave it: ICE's permitted
    # columns stay clean, another key's SSN column is reported at the URL it names
    "registry-entries-built-of-the-arguments": '''
import requests
PARTNERS = {}
def register(name, url, columns):
    PARTNERS[name] = {"url": url, "columns": columns}
register("ice", "https://eid.ice.gov/api/v1/referrals", ("cin", "dob"))
register("tpl", "https://eid.ice.gov/api/v1/tpl", ("cin", "ssn"))
def push_ice(row):
    spec = PARTNERS["ice"]
    body = {c: row[c] for c in spec["columns"]}
    return requests.post(spec["url"], json=body, timeout=30)
def push_tpl(row):
    spec = PARTNERS["tpl"]
    body = {c: row[c] for c in spec["columns"]}  # MCD101
    return requests.post(spec["url"], json=body, timeout=30)
''',
    # SPEC section 4 and section 6 (review of batch 5): a local alias of a shared object (c = CLIENT, a loop's or a
    # with's target, a getter's result) retargeted keeps the choice open; a registration at import inside a loop over a
    # constant list is read element by element; a helper that registers another key again leaves the folded ones
    "aliases-of-shared-objects-and-registrations-in-loops": ROUTED_CLIENT + '''CLIENT = Client("state")
def retarget():
    c = CLIENT
    c.dest = "ice"
def refer(m):
    return CLIENT.send({"medicaidId": m.cin, "ssn": m.ssn})  # MCD101
_PARTNERS = {}
def register_partner(key, cfg):
    _PARTNERS[key] = cfg
register_partner("fed", {"url": "https://eid.ice.gov/api/referrals"})
register_partner("ice", {"url": "https://portal.dhs.state.mn.us/api"})
for name, cfg in [("mn", {"url": "https://mn-its.dhs.state.mn.us/api"})]:
    register_partner(name, cfg)
def refresh():
    register_partner("mn", {"url": "https://mn-its.dhs.state.mn.us/api/v2"})
def send_fed(m):
    requests.post(_PARTNERS["fed"]["url"], json={"cin": m.cin, "ssn": m.ssn})  # MCD101
def send_legacy(m):
    requests.post(_PARTNERS["ice"]["url"], json={"cin": m.cin, "ssn": m.ssn})
''',
    # SPEC section 10 (a same-module function that tests status counts as a condition where it is used as one): flags
    # made by such a function in a comprehension (or gathered), zipped with the records and tested before the send,
    # choose the records; flags made and never tested choose nothing
    "status-flags-made-by-a-helper-in-a-comprehension": '''
import asyncio
import httpx
import requests
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
UNLAWFUL = {"EWI", "OVERSTAY"}
def in_scope(m):
    return m.immigration_status in UNLAWFUL
async def in_scope_async(m):
    return m.immigration_status in UNLAWFUL
def refer(members):
    flags = [in_scope(m) for m in members]
    for m, ok in zip(members, flags):
        if ok:
            requests.post(ICE_URL, json={"medicaid_id": m.cin})
async def refer_gathered(members, client: httpx.AsyncClient):
    flags = await asyncio.gather(*(in_scope_async(m) for m in members))
    for m, ok in zip(members, flags):
        if ok:
            await client.post(ICE_URL, json={"medicaid_id": m.cin})
def refer_untested(members):
    flags = [in_scope(m) for m in members]
    for m in members:
        requests.post(ICE_URL, json={"medicaid_id": m.cin, "flagged": len(flags)})  # MCD201
''',
    # SPEC section 10 (reported once per sink call, at the sink call): a Django EmailMessage whose attachment holds many
    # people's records is judged at send(), to the recipients it has then (also when `to` is changed to enforcement
    # after the attachment)
    "django-message-attachments-judged-at-send": '''
from django.core.mail import EmailMessage
from eligibility.models import Member
STATE = "desk@hhs.texas.gov"
ICE = "roster@ice.dhs.gov"
def mail_roster():
    members = Member.objects.filter(county_code="031")
    body = "\\\\n".join(f"{m.cin},{m.dob}" for m in members)
    em = EmailMessage(subject="Roster", body="see file", to=[STATE])
    em.attach("roster.csv", body, "text/csv")
    em.to = [ICE]
    em.send()  # MCD201
def mail_direct():
    members = Member.objects.filter(county_code="031")
    body = "\\\\n".join(f"{m.cin},{m.dob}" for m in members)
    em = EmailMessage(subject="Roster", body="see file", to=[ICE])
    em.attach("roster.csv", body, "text/csv")
    em.send()  # MCD201
def mail_scoped():
    members = Member.objects.filter(immigration_status__in=("EWI",))
    body = "\\\\n".join(f"{m.cin},{m.dob}" for m in members)
    em = EmailMessage(subject="Roster", body="see file", to=[ICE])
    em.attach("roster.csv", body, "text/csv")
    em.send()
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want



def test_a_url_chosen_between_two_enforcement_constants_is_named_by_its_url() -> None:
    # SPEC section 3 (the message names the destination): a URL that is one of two enforcement constants
    # (url = CBP_URL if use_cbp else ICE_URL) is named by a URL it may be, not by the constant's name
    from flake8_medicaid_scope import Config
    from flake8_medicaid_scope.analysis import analyze

    source = '''import requests
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
CBP_URL = "https://intake.cbp.gov/api/v1/referrals"
def refer(m, use_cbp):
    url = CBP_URL if use_cbp else ICE_URL
    requests.post(url, json={"ssn": m.ssn})
'''
    found = analyze(source, Config.from_options(cache=False))
    assert [(f.line, f.message.split("sent to enforcement endpoint ")[1].split(" (line")[0]) for f in found] == [
        (6, "https://intake.cbp.gov/api/v1/referrals")]
