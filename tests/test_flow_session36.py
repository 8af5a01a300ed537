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
