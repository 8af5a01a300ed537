"""Sound control flow: paths that end (return, raise, continue, break) do not flow on;
loops run to a fixpoint; try handlers see the state at any point of the body; match
captures bind the parts of the subject.

Each case is a small module with its expected findings annotated inline.
"""

from __future__ import annotations

import pytest
from annotations import actual, expected

HEAD = '''import json, requests
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
STATE_URL = "https://portal.dhs.state.mn.us/api/members"
'''

CASES = {
    "return-ends-the-branch": '''
def route(m, to_state):
    body = {"ssn": m.ssn, "dx": m.primary_dx}
    if to_state:
        requests.post(STATE_URL, json=body)
        return
    body = {"medicaid_id": m.cin, "dob": m.dob}
    requests.post(ICE_URL, json=body)
''',
    "raise-ends-the-branch": '''
def route(m, kind):
    if kind == "state":
        body = {"ssn": m.ssn}
        raise ValueError("use the state path")
    else:
        body = {"medicaid_id": m.cin}
    requests.post(ICE_URL, json=body)
''',
    "a-branch-that-goes-on-still-joins": '''
def route(m, full):
    body = {"medicaid_id": m.cin}
    if full:
        body = {"ssn": m.ssn}  # MCD101
    requests.post(ICE_URL, json=body)
''',
    "continue-skips-the-rest-of-the-body": '''
def send_all(members):
    for m in members:
        body = {"ssn": m.ssn}
        if m.state_only:
            requests.post(STATE_URL, json=body)
            continue
        body = {"medicaid_id": m.cin}
        requests.post(ICE_URL, json=body)
''',
    "break-leaves-with-its-state": '''
def first_match(members):
    body = {"medicaid_id": "none"}
    for m in members:
        if m.flagged:
            body = {"ssn": m.ssn}  # MCD101
            break
    requests.post(ICE_URL, json=body)
''',
    "while-true-exits-only-through-break": '''
def poll(queue):
    body = {"ssn": queue.ssn}
    while True:
        body = {"medicaid_id": queue.cin}
        if queue.done:
            break
    requests.post(ICE_URL, json=body)
''',
    "a-batch-filled-in-one-iteration-is-sent-in-a-later-one": '''
def send_pairs(members):
    previous = None
    for m in members:
        if previous is not None:
            requests.post(ICE_URL, json=previous)
        previous = {"sex": m.sex}  # MCD101
''',
    "handler-sees-the-state-at-any-point-of-the-body": '''
def send(m, client):
    try:
        body = {"race": m.race}  # MCD101
        client.check(body)
        body = {"medicaid_id": m.cin}
        client.check(body)
    except ValueError:
        requests.post(ICE_URL, json=body)
''',
    "else-and-finally": '''
def send(m, client):
    try:
        body = client.load(m)
    except KeyError:
        return
    else:
        body = {"email": m.email}  # MCD101
    finally:
        requests.post(STATE_URL, json={"ssn": m.ssn})
    requests.post(ICE_URL, json=body)
''',
    "match-captures-bind-parts-of-the-subject": '''
def route(record):
    match record:
        case {"ssn": ssn, "cin": cin}:
            requests.post(ICE_URL, json={"id": ssn, "medicaid_id": cin})  # MCD101
        case {"kind": "minimal", **rest}:
            requests.post(STATE_URL, json=rest)
        case Member(diagnosis=dx):
            requests.post(ICE_URL, json={"code": dx})  # MCD102
''',
    "unreachable-after-return-is-not-analyzed": '''
def send(m):
    return
    requests.post(ICE_URL, json={"ssn": m.ssn})
''',
    "nested-functions-and-closures": '''
def refer(m):
    body = {"sex": m.sex}  # MCD101
    def send():
        requests.post(ICE_URL, json=body)
    send()
def outer():
    def inner(m):
        requests.post(ICE_URL, json={"race": m.race})  # MCD101
    return inner
''',
    "lambdas": '''
def refer(m):
    post = lambda payload: requests.post(ICE_URL, json=payload)
    post({"email": m.email})  # MCD101
    make = lambda: {"medicaid_id": m.cin}
    requests.post(ICE_URL, json=make())
''',
    "functools-partial": '''
import functools
def send(url, payload):
    requests.post(url, json=payload)
def refer(m):
    to_ice = functools.partial(send, ICE_URL)
    to_ice({"language": m.primary_language})  # MCD101
    to_state = functools.partial(send, STATE_URL)
    to_state({"ssn": m.ssn})
''',
    "functools-partial-of-a-library-sink": '''
import functools
from functools import partial
post_referral = partial(requests.post, ICE_URL)
def refer(m):
    post_referral(json={"ssn": m.ssn})  # MCD101
    by_keyword = functools.partial(requests.post, url=ICE_URL, timeout=30)
    by_keyword(json={"sex": m.sex})  # MCD101
    to_state = partial(requests.post, STATE_URL)
    to_state(json={"ssn": m.ssn})
''',
    "decorated-functions-are-still-followed": '''
import functools
def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper
@logged
def send(payload):
    requests.post(ICE_URL, json=payload)
def refer(m):
    send({"income": m.income})  # MCD101
''',
    "kwargs-passed-on": '''
def send(url, **fields):
    requests.post(url, json=fields)
def refer(m):
    send(ICE_URL, medicaid_id=m.cin, ssn=m.ssn)  # MCD101
    send(STATE_URL, ssn=m.ssn)
def relay(**options):
    requests.post(ICE_URL, **options)
def refer2(m):
    relay(json={"sex": m.sex}, timeout=5)  # MCD101
''',
    "a-local-import-does-not-change-another-function": '''
def a(m):
    import httpx as requests
    requests.post(ICE_URL, json={"ssn": m.ssn})  # MCD101
def b(m, client):
    post = client.post
    post(ICE_URL, json={"ssn": m.ssn})
def c(m):
    from json import dumps as post
    post({"ssn": m.ssn})
''',
    "a-local-import-never-shadows-the-module-import-elsewhere": '''
from requests import post as send_it
def e(m):
    from json import dumps as send_it
    return send_it({"ssn": m.ssn})
def f(m):
    send_it(ICE_URL, json={"ssn": m.ssn})  # MCD101
''',
    "names-survive-slices-methods-and-hashing-not-len-or-comparisons": '''
import hashlib
def refer(m):
    requests.post(ICE_URL, json={
        "last4": m.ssn[-4:],  # MCD101
        "hashed": hashlib.sha256(m.ssn.encode()).hexdigest(),  # MCD101
        "upper": m.last_name.upper().strip(),  # MCD101
        "n": len(m.ssn),
        "present": m.diagnosis is not None,
        "flag": bool(m.race),
        "has_dx": m.diagnosis is not None,  # MCD102
        "hiv_status": m.hiv_test_result == "POS",  # MCD102
        "ssn_len": len(m.ssn),  # MCD101
    })
''',
    "attribute-chains-carry-all-their-names": '''
def refer(m, row):
    requests.post(ICE_URL, json={
        "phone": m.guardian.phone,  # MCD101
        "address": m.pcp.address,  # MCD102
        "home": m.home.phone,
        "dob": row["spouse"]["dob"],  # MCD101
    })
''',
    "an-entry-spanning-lines-is-reported-at-its-value": '''
def refer(m):
    requests.post(ICE_URL, json={
        "medicaid_id": m.cin,
        "notes":
            m.primary_dx,  # MCD102
    })
''',
    "a-host-given-to-a-connection-folds-like-a-url": '''
import http.client
EID_HOST = "eid.ice.gov"
def refer(m):
    conn = http.client.HTTPSConnection(EID_HOST)
    conn.request("POST", "/referrals", body=json.dumps({"sex": m.sex}))  # MCD101
    state = http.client.HTTPSConnection("portal.dhs.state.mn.us")
    state.request("POST", "/members", body=json.dumps({"sex": m.sex}))
''',
    "a-url-that-may-be-either-branch": '''
def send(m, to_ice):
    url = ICE_URL if to_ice else STATE_URL
    requests.post(url, json={"ssn": m.ssn})  # MCD101
def send_state_only(m, region):
    url = STATE_URL + "/a" if region else STATE_URL + "/b"
    requests.post(url, json={"ssn": m.ssn})
''',
    "an-object-whose-constructor-took-the-url": '''
class Client:
    def __init__(self, base_url):
        self.base_url = base_url
    def post(self, path, body):
        return requests.post(self.base_url + path, json=body)
ice = Client("https://eid.ice.gov")
state = Client(STATE_URL)
def refer(m):
    ice.post("/b", {"race": m.race})  # MCD101
    state.post("/b", {"race": m.race})
''',
    "super-calls-the-base-method": '''
class Base:
    def send(self, body):
        requests.post(ICE_URL, json=body)
class Child(Base):
    def send(self, body):
        super().send(body)
def refer(m):
    Child().send({"email": m.email})  # MCD101
''',
    "module-collections-grown-after-their-literal": '''
EXPORT_COLUMNS = ["medicaid_id", "birth_date"]
EXPORT_COLUMNS += ["ssn"]
ALLOWED = {"medicaid_id", "date_of_birth"}
ALLOWED.add("race")
KEEP = ["medicaid_id"]
KEEP.append("sex")
SAFE = ["medicaid_id", "date_of_birth"]
SAFE.extend(["home_address"])
def by_columns(row):
    requests.post(ICE_URL, json={c: row[c] for c in EXPORT_COLUMNS})  # MCD101
def allow_listed(rec: dict):
    requests.post(ICE_URL, json={k: v for k, v in rec.items() if k in ALLOWED})  # MCD101
def kept(rec: dict):
    requests.post(ICE_URL, json={k: rec[k] for k in KEEP})  # MCD101
def still_safe(rec: dict):
    requests.post(ICE_URL, json={k: rec[k] for k in SAFE})
''',
    "an-object-filled-by-its-methods-and-sent-from-outside": '''
class Packet:
    def __init__(self):
        self.data = {}
    def add_basic(self, m):
        self.data["medicaid_id"] = m.cin
    def add_health(self, m):
        self.data["dx"] = m.diagnosis_code  # MCD102
class Built:
    def __init__(self, m):
        self.data = {"medicaid_id": m.cin, "sex": m.sex}  # MCD101
def refer(m):
    p = Packet()
    p.add_basic(m)
    p.add_health(m)
    requests.post(ICE_URL, json=p.data)
def only_permitted(m):
    p = Packet()
    p.add_basic(m)
    requests.post(ICE_URL, json=p.data)
def built(m):
    requests.post(ICE_URL, json=Built(m).data)
''',
    "named-tuples-built-from-a-sequence": '''
from typing import NamedTuple
class Row(NamedTuple):
    medicaid_id: str
    ssn: str
class Basic(NamedTuple):
    medicaid_id: str
    date_of_birth: str
def unpacked(raw):
    requests.post(ICE_URL, json=Row(*raw)._asdict())  # MCD101
def made(raw):
    requests.post(ICE_URL, json=Row._make(raw)._asdict())  # MCD101
def permitted(raw):
    requests.post(ICE_URL, json=Basic(*raw)._asdict())
''',
    "a-subclass-override-called-by-its-base": '''
class Sender:
    url = ICE_URL
    def send(self):
        requests.post(self.url, json=self.payload())
    def payload(self):
        return {}
class Referral(Sender):
    def __init__(self, m):
        self.m = m
    def payload(self):
        return {"medicaid_id": self.m.cin, "ssn": self.m.ssn}  # MCD101
class Lawful(Sender):
    def __init__(self, m):
        self.m = m
    def payload(self):
        return {"medicaid_id": self.m.cin}
def refer(m):
    Referral(m).send()
    Lawful(m).send()
''',
    "static-class-methods-properties-and-attributes-set-on-an-argument": '''
class Builder:
    @staticmethod
    def build(m):
        return {"medicaid_id": m.cin, "sex": m.sex}  # MCD101
    @classmethod
    def make(cls, m):
        return {"medicaid_id": m.cin, "race": m.race}  # MCD101
class Referral:
    def __init__(self, m):
        self.m = m
    @property
    def payload(self):
        return {"medicaid_id": self.m.cin, "diagnosis": self.m.dx}  # MCD102
    def send(self):
        requests.post(ICE_URL, json=self.payload)
class Box:
    pass
def fill(box, m):
    box.payload = {"medicaid_id": m.cin, "email": m.email}  # MCD101
def refer(m):
    requests.post(ICE_URL, json=Builder.build(m))
    body = Builder.make(m)
    requests.post(ICE_URL, json=body)
    box = Box()
    fill(box, m)
    requests.post(ICE_URL, json=box.payload)
''',
    "builtins-that-keep-the-value-keep-its-name": '''
def mask(value):
    return "***-**-" + value[-4:]
def refer(m, batch):
    requests.post(ICE_URL, json={"medicaid_id": m.cin, "hh": int(m.household_size)})  # MCD101
    requests.post(ICE_URL, json={"medicaid_id": m.cin, "n": float(m.income)})  # MCD101
    requests.post(ICE_URL, json={"medicaid_id": m.cin, "n": max(m.income, 0)})  # MCD101
    requests.post(ICE_URL, json=list(map(lambda p: {"medicaid_id": p.cin, "email": p.email}, batch)))  # MCD101
    requests.post(ICE_URL, json={"medicaid_id": m.cin, "ssn": mask(m.ssn)})  # MCD101
    requests.post(ICE_URL, json={"medicaid_id": m.cin, "n": len(m.ssn), "y": int(m.date_of_birth.year)})
def frames(df, mid):
    sub = df.loc[df["msis_ident_num"] == mid, ["msis_ident_num", "sex_cd"]]  # MCD101
    requests.post(ICE_URL, data=sub.to_csv(index=False))
    ok = df.loc[:, ["msis_ident_num", "birth_dt"]]
    requests.post(ICE_URL, data=ok.to_csv(index=False))
''',
    "nested-removals-and-later-constant-entries": '''
def deleted(m):
    body = {"person": {"medicaid_id": m.cin, "email": m.email}}
    del body["person"]["email"]
    requests.post(ICE_URL, json=body)
def popped(m):
    body = {"person": {"medicaid_id": m.cin, "email": m.email}}
    body["person"].pop("email")
    requests.post(ICE_URL, json=body)
def redacted(m):
    body = {"person": {"medicaid_id": m.cin, "email": m.email}}
    body["person"]["email"] = "REDACTED"
    requests.post(ICE_URL, json=body)
def overridden(m):
    base = {"medicaid_id": m.cin, "ssn": m.ssn}
    requests.post(ICE_URL, json={**base, "ssn": None})
def one_of_two_removed(m):
    body = {"person": {"medicaid_id": m.cin, "email": m.email, "race": m.race}}  # MCD101
    del body["person"]["email"]
    requests.post(ICE_URL, json=body)
''',
    "nested-functions-change-the-enclosing-function": '''
def rebinds(m):
    body = {"medicaid_id": m.cin}
    def add():
        nonlocal body
        body = {"medicaid_id": m.cin, "ssn": m.ssn}  # MCD101
    add()
    requests.post(ICE_URL, json=body)
def fills(m):
    body = {"medicaid_id": m.cin}
    def enrich():
        body["income"] = m.income  # MCD101
    enrich()
    requests.post(ICE_URL, json=body)
def appends(m):
    items = []
    def add(v):
        items.append(v)
    add({"medicaid_id": m.cin, "sex": m.sex})  # MCD101
    requests.post(ICE_URL, json=items)
def shadows(m):
    body = {"medicaid_id": m.cin}
    def local():
        body = {"ssn": m.ssn}
        return body
    local()
    requests.post(ICE_URL, json=body)
''',
    "a-container-put-into-another-stays-the-same-object": '''
def appended_after(m):
    items = []
    payload = {"items": items}
    items.append({"medicaid_id": m.cin, "race": m.race})  # MCD101
    requests.post(ICE_URL, json=payload)
def filled_after(m):
    person = {"medicaid_id": m.cin}
    payload = {"person": person}
    person["last_name"] = m.last_name  # MCD101
    requests.post(ICE_URL, json=payload)
def chained(m):
    payload = {}
    payload["person"] = person = {}
    person["medicaid_id"] = m.cin
    person["race"] = m.race  # MCD101
    requests.post(ICE_URL, json=payload)
def deleted_after(m):
    person = {"medicaid_id": m.cin, "race": m.race}
    body = {"person": person}
    del person["race"]
    requests.post(ICE_URL, json=body)
def copied(m):
    person = {"medicaid_id": m.cin}
    payload = {"person": dict(person)}
    person["ssn"] = m.ssn
    requests.post(ICE_URL, json=payload)
''',
    "finally-sees-the-state-of-an-exception-path": '''
def refer(m):
    v = m.dob
    try:
        v = m.ssn
        v = m.phone
    finally:
        requests.post(ICE_URL, json={"dob": v})  # MCD101
def permitted(m):
    v = m.dob
    try:
        v = m.phone
    finally:
        requests.post(ICE_URL, json={"dob": v})
''',
    "a-global-rebound-in-one-function-and-sent-by-another": '''
_payload = {}
def load(m):
    global _payload
    _payload = {"medicaid_id": m.cin, "ssn": m.ssn}  # MCD101
def send():
    requests.post(ICE_URL, json=_payload)
''',
    "a-file-path-held-by-a-name-written-then-uploaded": '''
import json
def refer(m, path):
    payload = {"medicaid_id": m.cin, "race": m.race}  # MCD101
    with open(path, "w") as fh:
        json.dump(payload, fh)
    with open(path, "rb") as fh:
        requests.post(ICE_URL, files={"file": fh})
def another_function_same_name(path):
    requests.post(ICE_URL, files={"file": open(path, "rb")})
''',
    "known-models-through-vars-and-one-row-of-a-frame": '''
from dataclasses import dataclass
import pandas as pd
@dataclass
class Contact:
    medicaid_id: str
    phone: str
@dataclass
class Full:
    medicaid_id: str
    ssn: str  # MCD101
def contact(c: Contact):
    requests.post(ICE_URL, json=vars(c))
def full(c: Full):
    requests.post(ICE_URL, json=vars(c))
def one_row(path, mid):
    df = pd.read_csv(path, usecols=["msis_ident_num", "birth_dt"])
    requests.post(ICE_URL, json=df[df["msis_ident_num"] == mid].iloc[0].to_dict())
''',
    "a-sink-named-then-called": '''
from requests import post as http_post
def refer(m):
    post = requests.post
    post(ICE_URL, json={"ssn": m.ssn})  # MCD101
    send = http_post
    send(ICE_URL, json={"race": m.race})  # MCD101
    send(STATE_URL, json={"ssn": m.ssn})
''',
    "review-object-attributes-and-defaults": '''
class Packet:
    def __init__(self):
        self.data = {}
        self.items = []
class Enrollee:
    risk_score = 0
    def __init__(self):
        self.diagnosis = ""
    def load(self, db, key):
        self.__dict__.update(db.get(key))
class Scrubbed:
    def __init__(self, m):
        self.data = {"medicaid_id": m.cin, "ssn": m.ssn}
    def scrub(self):
        self.data.pop("ssn", None)
class Box:
    def __init__(self):
        self.payload = {}
def scrub(box):
    box.payload = {"medicaid_id": box.payload["medicaid_id"]}
def refer(m):
    p = Packet()
    p.data["ssn"] = m.ssn  # MCD101
    p.data.update({"medicaid_id": m.cin, "diagnosis": m.dx})  # MCD102
    requests.post(ICE_URL, json=p.data)
def defaults(db, key):
    e = Enrollee()
    e.load(db, key)
    requests.post(ICE_URL, json={"medicaid_id": key, "dx": e.diagnosis, "score": e.risk_score})  # MCD102 MCD104
def scrubbed(m):
    p = Scrubbed(m)
    p.scrub()
    requests.post(ICE_URL, json=p.data)
def replaced(m):
    b = Box()
    b.payload = {"medicaid_id": m.cin, "ssn": m.ssn}
    scrub(b)
    requests.post(ICE_URL, json=b.payload)
''',
    "review-closures-handed-values-and-paths": '''
import functools
def clean(v):
    return v.strip()
def lawful(m):
    payload = {"medicaid_id": m.cin}
    def record(payload):
        return payload
    record({"ssn": m.ssn})
    requests.post(ICE_URL, json=payload)
def handed_then_returned(m):
    s = clean(m.ssn)
    requests.post(ICE_URL, data=s)  # MCD101
def partial_with_a_field(m):
    send = functools.partial(requests.post, ICE_URL, data=m.ssn)  # MCD101
    send()
def deeper_entry_kept(m):
    body = {"person": {"medicaid_id": m.cin, "alias": {}}}
    body["person"]["alias"]["ssn"] = m.ssn  # MCD101
    body["person"]["ssn"] = None
    requests.post(ICE_URL, json=body)
''',
    "lawful-shapes-found-by-the-precision-prober": '''
from dataclasses import asdict, dataclass
import pandas as pd
STATUS_COL = "imgrtn_stus_cd"
@dataclass
class Subject:
    msis_ident_num: str
    birth_dt: str
    @classmethod
    def from_member(cls, m):
        return cls(msis_ident_num=m.msis_ident_num, birth_dt=m.birth_dt)
class Packet:
    def __init__(self, m):
        self.data = {"medicaid_id": m.cin, "ssn": m.ssn, "full_name": m.full_name}
    def scrub(self):
        self.data.pop("ssn")
        del self.data["full_name"]
    def send(self):
        self.scrub()
        requests.post(ICE_URL, json=self.data)
class StateClient:
    def __init__(self):
        self.dhs_eligibility_url = "https://eligibility.dhs.illinois.gov/api"
    def sync(self, m):
        requests.post(self.dhs_eligibility_url, json={"ssn": m.ssn})
def built(m):
    requests.post(ICE_URL, json=asdict(Subject.from_member(m)))
    requests.post(ICE_URL, json=Subject.from_member(m).__dict__)
def scrubbed_outside(m):
    p = Packet(m)
    p.data.pop("ssn")
    p.data.pop("full_name")
    requests.post(ICE_URL, json=p.data)
def embedded_then_popped(m):
    person = {"medicaid_id": m.cin, "full_name": m.full_name}
    payload = {"person": person}
    person.pop("full_name")
    requests.post(ICE_URL, json=payload)
def status_by_constant(path):
    df = pd.read_csv(path, usecols=["msis_ident_num", "birth_dt", "imgrtn_stus_cd"])
    chosen = df[df[STATUS_COL] == "3"]
    requests.post(ICE_URL, data=chosen.to_csv())
''',
    "a-closure-sees-the-state-at-the-call": '''
def refer(m):
    body = {"medicaid_id": m.cin}
    def flush():
        requests.post(ICE_URL, json=body)
    body["sex"] = m.sex  # MCD101
    flush()
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_control_flow_case(name: str) -> None:
    source = HEAD + CASES[name]
    want, _, _ = expected(source)
    assert actual(source) == want


def _chain(depth: int, url: str) -> str:
    lines = ["import requests", f'URL = "{url}"', "def h0(body):", "    requests.post(URL, json=body)"]
    for i in range(1, depth):
        lines += [f"def h{i}(body):", f"    h{i - 1}(body)"]
    lines += ["def refer(m):", f'    h{depth - 1}({{"ssn": m.ssn}})', ""]
    return "\n".join(lines)


def test_a_chain_within_the_bound_is_followed() -> None:
    from flake8_medicaid_scope import analyze

    found = analyze(_chain(5, "https://eid.ice.gov/x"))
    assert [(f.line, f.code) for f in found] == [(14, "MCD101")]


def test_a_bound_that_cuts_data_on_its_way_to_enforcement_is_mcd901() -> None:
    from flake8_medicaid_scope import analyze

    found = analyze(_chain(27, "https://eid.ice.gov/x"))
    assert [(f.line, f.col, f.code) for f in found] == [(1, 0, "MCD901")]
    assert found[0].message.startswith("MCD901 flake8-medicaid-scope cut the analysis of this file short")
    assert analyze(_chain(27, "https://portal.dhs.state.mn.us/x")) == []  # nothing could be lost: no MCD901


def test_methods_with_positional_only_parameters() -> None:
    """Found by the --full run over Django: a method whose parameters end in ``/`` (an MCD900 once)."""
    from flake8_medicaid_scope import analyze

    source = HEAD + "class H:\n    def __init__(self, a, /, b):\n        self.a = a\n    def send(self, x, /):\n"
    source += "        requests.post(ICE_URL, json={'ssn': x.ssn})\ndef f(m):\n    H(1, b=2).send(m)\n"
    assert [(f.line, f.code) for f in analyze(source)] == [(8, "MCD101")]
