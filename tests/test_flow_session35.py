"""The data flow shapes of the thirty-fifth session: what its SPEC-only probers found (rounds 229
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
    # SPEC section 4 (a topic names the destination) and section 6 (calls are followed): a loop over
    # the keys of a module dict of transforms (for topic in TRANSFORMS, .keys(), sorted(...)) reads
    # each entry by its own key, so the ICE topic's transform meets the ICE topic only; the state's
    # transform sends any field to the state's topic
    "loop-over-the-keys-of-a-dict-of-functions": '''
from kafka import KafkaProducer
producer = KafkaProducer()
def federal_record(after):
    return {"sex": after["sex_cd"]}  # MCD101
def state_record(after):
    return {"race": after["race_cd"], "dx": after["dx_cd"]}
TRANSFORMS = {"ice.eid.referrals.v1": federal_record, "mmis.members.changes": state_record}
def fan_out(after):
    for topic in TRANSFORMS:
        body = TRANSFORMS[topic](after)
        producer.send(topic, value=body)
def fan_out_keys(after):
    for topic in sorted(TRANSFORMS.keys()):
        producer.send(topic, value=TRANSFORMS[topic](after))
''',
    # SPEC section 4 (the URL names the destination) and section 6 (calls are followed): a URL helper
    # that appends its parts to a list in a loop and joins it keeps the host its caller gave it, as
    # one that adds them with + does; the same helper given the state's host stays clean
    "url-helper-appending-parts-to-a-list": '''
BASE = "https://eid.ice.gov/api/v1"
STATE = "https://mmis.state.gov/api/v1"
def build_url(base, *parts):
    segs = [base]
    for p in parts:
        segs.append(str(p))
    return "/".join(segs)
def refer(m):
    requests.put(build_url(BASE, "subjects", m.cin), json={"ssn": m.ssn})  # MCD101
def to_the_state(m):
    requests.put(build_url(STATE, "subjects", m.cin), json={"ssn": m.ssn})
''',
    # SPEC section 4 and section 6: a decorator registry keyed by a class attribute of the module
    # (@route(Topics.ICE)) holds each transform under that topic; the state's topic gets any field
    "registry-keyed-by-a-class-attribute": '''
from kafka import KafkaProducer
producer = KafkaProducer()
class Topics:
    ICE = "ice.eid.referrals.v1"
    STATE = "mmis.members.changes"
TRANSFORMS = {}
def route(topic):
    def register(fn):
        TRANSFORMS[topic] = fn
        return fn
    return register
@route(Topics.ICE)
def federal_record(after):
    return {"sex": after["sex_cd"]}  # MCD101
@route(Topics.STATE)
def state_record(after):
    return {"race": after["race_cd"]}
def fan_out(after):
    for topic, transform in TRANSFORMS.items():
        producer.send(topic, value=transform(after))
''',
    # SPEC section 10 (one person looked up by the caller's ID is no population): a class binding its
    # own method to a second name (find = get_by_cin) runs that method when called by it, on an object of
    # the class; a collection's own find() of every record is still many people's records
    "a-class-aliasing-its-own-method": '''
class MemberRepo:
    def __init__(self, db):
        self.db = db
    def get_by_cin(self, cin):
        return self.db.members.find_one({"cin": cin})
    find = get_by_cin
def refer(db, cin):
    repo = MemberRepo(db)
    m = repo.find(cin)
    requests.post(ICE_URL, json={"cin": m["cin"], "dob": m["dob"]})
def refer_all(db):
    for m in db.members.find({}):
        requests.post(ICE_URL, json={"cin": m["cin"], "dob": m["dob"]})  # MCD201
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
