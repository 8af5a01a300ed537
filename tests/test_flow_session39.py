"""The data flow shapes of the thirty-ninth session: what its SPEC-only probers found (round 255
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
    # SPEC section 3 (reported where the value is put into the data that is sent) and section 6 (what flows from
    # arguments to the return value): a sum grown from a field (total += fee_of(code)) is arithmetic, not data being
    # built; the sum carries the field's name to where it is put, in the helper's caller or below in the same function
    "sum-of-a-field-placed-where-the-sum-is-put": '''
import os
from decimal import Decimal
import requests
ICE = "https://eid.ice.gov/api/v2/claims"
STATE = "https://mmis.dhs.state.mn.us/api/v2/claims"
FEES = {"99213": Decimal("74.10")}
LIMIT = int(os.environ.get("PAGE_LIMIT", "50"))
def price(codes):
    total = Decimal("0")
    for code in codes:
        total += FEES.get(code, Decimal("0"))
    return total
def units(claims):
    n = 0
    for c in claims:
        n += c.units_of_service
    return n
def answer(claim):
    requests.post(ICE, json={"allowed_amount": str(price(claim.procedure_codes))}, timeout=30)  # MCD102
    requests.post(ICE, json={"units": units(claim.lines)}, timeout=30)  # MCD102
def summed_comprehension(claim):
    requests.post(ICE, json={"total": sum([c.paid_amount for c in claim.lines])}, timeout=30)  # MCD102
    total = sum(c.paid_amount for c in claim.lines)
    requests.post(ICE, json={"total": total}, timeout=30)  # MCD102
def in_place(m):
    paid = 0.0
    paid += m.paid_amount
    paid -= m.copay_amount
    requests.post(ICE, json={"paid": paid}, timeout=30)  # MCD102
def to_the_state(claim):
    requests.post(STATE, json={"allowed_amount": str(price(claim.procedure_codes))}, timeout=30)
def a_list_still_placed_where_it_grows(m):
    codes = []
    codes += m.diagnosis_codes  # MCD102
    requests.post(ICE, json=codes, timeout=30)
def text_still_placed_where_it_grows(m):
    url = ICE + "?dx="
    url += m.primary_dx  # MCD102
    requests.get(url, timeout=30)
def url_built_with_a_number_is_a_text(m):
    url = f"{ICE}?limit={LIMIT}"
    url += "&last_name=" + m.last_name  # MCD101
    requests.get(url, timeout=30)
def memo_built_with_a_number_is_one_text(m):
    memo = f"units={int(m.units)}"
    memo += ";ssn=" + m.ssn
    requests.post(ICE, json={"medicaid_id": m.cin, "memo": memo}, timeout=30)  # MCD101
def a_sum_of_lists_is_a_list(m):
    codes = sum([m.diagnosis_codes], [])  # MCD102
    codes += m.diagnosis_codes_secondary  # MCD102
    requests.post(ICE, json=codes, timeout=30)
''',
    # SPEC section 6 (sanitizers: an explicit selection of permitted keys): an attrs filter kept in a module
    # constant, or a lambda comparing the attribute's name with one name, selects as the inline include() does
    "attrs-filter-from-a-constant-or-an-equality": '''
import attr
import attrs
import requests
ICE = "https://eid.ice.gov/api/v1/referrals"
@attrs.define
class Enrollee:
    cin: str
    ethnicity: str
    ssn: str
_A = attrs.fields(Enrollee)
PERMITTED = attrs.filters.include(_A.cin)
NO_SSN = attrs.filters.exclude(_A.ssn)
def by_constant(m):
    rec = Enrollee(cin=m.cin, ethnicity=m.ethnicity, ssn=m.ssn)
    requests.post(ICE, json=attrs.asdict(rec, filter=PERMITTED), timeout=30)
def by_equality(m):
    rec = Enrollee(cin=m.cin, ethnicity=m.ethnicity, ssn=m.ssn)
    requests.post(ICE, json=attr.asdict(rec, filter=lambda a, v: a.name == "cin"), timeout=30)
def by_inequality(m):
    rec = Enrollee(cin=m.cin, ethnicity=m.ethnicity, ssn=m.ssn)  # MCD101
    requests.post(ICE, json=attr.asdict(rec, filter=lambda a, v: a.name != "ssn"), timeout=30)
def by_excluding_constant(m):
    rec = Enrollee(cin=m.cin, ethnicity=m.ethnicity, ssn=m.ssn)  # MCD101
    requests.post(ICE, json=attrs.asdict(rec, filter=NO_SSN), timeout=30)
def local_filter_is_not_the_constant(m, PERMITTED):
    rec = Enrollee(cin=m.cin, ethnicity=m.ethnicity, ssn=m.ssn)  # MCD101 MCD101
    requests.post(ICE, json=attrs.asdict(rec, filter=PERMITTED), timeout=30)
LOOSE = attrs.filters.include(_A.cin)
def loosen():
    global LOOSE
    LOOSE = attrs.filters.include(_A.cin, _A.ssn)
def rebound_at_run_time(m):
    rec = Enrollee(cin=m.cin, ethnicity=m.ethnicity, ssn=m.ssn)  # MCD101
    requests.post(ICE, json=attrs.asdict(rec, filter=LOOSE), timeout=30)
NARROW = attrs.filters.include(_A.cin)
def read_only():
    global NARROW
    return repr(NARROW)
def widen_lawfully():
    global NARROW
    NARROW = attrs.filters.include(_A.cin)
def rebound_to_a_lawful_filter(m):
    rec = Enrollee(cin=m.cin, ethnicity=m.ethnicity, ssn=m.ssn)
    requests.post(ICE, json=attrs.asdict(rec, filter=NARROW), timeout=30)
def local_filter(m):
    flt = attrs.filters.include(_A.cin)
    rec = Enrollee(cin=m.cin, ethnicity=m.ethnicity, ssn=m.ssn)
    requests.post(ICE, json=attrs.asdict(rec, filter=flt), timeout=30)
def local_filter_rebound_otherwise(m, full):
    flt = attrs.filters.include(_A.cin)
    if full:
        flt, mode = attrs.filters.exclude(), "full"
    rec = Enrollee(cin=m.cin, ethnicity=m.ethnicity, ssn=m.ssn)  # MCD101 MCD101
    requests.post(ICE, json=attrs.asdict(rec, filter=flt), timeout=30)
def local_lambda(m):
    keep = lambda a, v: a.name == "ssn"  # noqa: E731
    rec = Enrollee(cin=m.cin, ethnicity=m.ethnicity, ssn=m.ssn)  # MCD101
    requests.post(ICE, json=attrs.asdict(rec, filter=keep), timeout=30)
def reversed_and_either(m):
    rec = Enrollee(cin=m.cin, ethnicity=m.ethnicity, ssn=m.ssn)  # MCD101
    requests.post(ICE, json=attrs.asdict(rec, filter=lambda a, v: "cin" == a.name), timeout=30)
    requests.post(ICE, json=attrs.asdict(rec, filter=lambda a, v: a.name == "cin" or a.name == "ethnicity"), timeout=30)
def either_with_a_prohibited_one(m):
    rec = Enrollee(cin=m.cin, ethnicity=m.ethnicity, ssn=m.ssn)  # MCD101
    requests.post(ICE, json=attrs.asdict(rec, filter=lambda a, v: a.name == "cin" or a.name == "ssn"), timeout=30)
''',
    # SPEC section 6 (nested functions and closures; names resolve by scope): a name a nested function rebinds as
    # nonlocal is what the enclosing function holds after the call, a field or a URL
    "nonlocal-rebinding-in-a-nested-function": '''
import requests
ICE = "https://eid.ice.gov/api/v1/referrals"
STATE = "https://mmis.dhs.state.mn.us/api"
def switched_to_ssn(member):
    ref = member.cin
    def switch():
        nonlocal ref
        ref = member.ssn
    switch()
    requests.post(ICE, json={"ref": ref}, timeout=30)  # MCD101
def switched_to_cin(member):
    ref = member.ssn
    def switch():
        nonlocal ref
        ref = member.cin
    switch()
    requests.post(ICE, json={"medicaid_id": ref}, timeout=30)
def maybe_switched(member, masked):
    ref = member.ssn
    def switch():
        nonlocal ref
        ref = member.cin
    if masked:
        switch()
    requests.post(ICE, json={"medicaid_id": ref}, timeout=30)  # MCD101
def url_switched(m, to_ice):
    url = STATE
    def pick():
        nonlocal url
        url = ICE
    if to_ice:
        pick()
    requests.post(url, json={"ssn": m.ssn}, timeout=30)  # MCD101
def url_kept(m):
    url = ICE
    def pick():
        nonlocal url
        url = STATE
    pick()
    requests.post(url, json={"ssn": m.ssn}, timeout=30)
def counted(m):
    n = 0
    def bump():
        nonlocal n
        n += 1
    bump()
    requests.post(ICE, json={"medicaid_id": m.cin, "n": n}, timeout=30)
''',
    # SPEC section 4 (e-mail recipients) and section 10 (people): an appellant, a claimant, a participant or a
    # resident is a person whose record holds the address; the member's address beside ICE on the recipient list is
    # sent to ICE; a hearing officer's is not a member's
    "appellants-and-claimants-are-people": '''
from django.core.mail import EmailMessage, send_mail
ICE_BOX = "eid-requests@ice.dhs.gov"
def notice_cc_ice(appellant):
    EmailMessage(
        subject="Hearing notice",
        body="Your hearing is scheduled.",
        from_email="bah@illinois.gov",
        to=[appellant.email],  # MCD101
        cc=[ICE_BOX],
    ).send()
def notice_list(claimant):
    send_mail("Notice", "Your hearing is scheduled.", "bah@illinois.gov",
              [claimant.email, ICE_BOX])  # MCD101
def officer_copy(hearing_officer):
    send_mail("Notice", "A hearing is scheduled.", "bah@illinois.gov",
              [hearing_officer.email, ICE_BOX])
''',
    # SPEC section 6 (sanitizers): an attrs filter kept in a module constant that holds a lambda selects as the
    # lambda written at filter= does
    "attrs-filter-lambda-in-a-constant": '''
import attrs
import requests
from attrs import asdict
ICE = "https://eid.ice.gov/api/v2/subjects"
@attrs.define
class Subject:
    cin: str
    ssn: str  # MCD101
ONLY_CIN = lambda a, v: a.name == "cin"  # noqa: E731
NO_CIN = lambda a, v: a.name != "cin"  # noqa: E731
def send(rec: Subject):
    requests.post(ICE, json=asdict(rec, filter=ONLY_CIN), timeout=20)
def send_wrong(rec: Subject):
    requests.post(ICE, json=asdict(rec, filter=NO_CIN), timeout=20)
''',
    # SPEC section 3 (names survive methods of the value): a payment rounded to cents is the payment
    "decimal-rounding-keeps-the-field": '''
import math
from decimal import Decimal
import requests
ICE = "https://eid.ice.gov/api/v1/referrals"
CENTS = Decimal("0.01")
def net_balance(member):
    balance = Decimal("0.00")
    for c in member.claims:
        balance += c.charge_amount
    return balance.quantize(CENTS)
def refer(member):
    requests.post(ICE, json={
        "medicaid_id": member.cin,
        "balance": net_balance(member),  # MCD102
        "p": member.paid_amount.quantize(CENTS),  # MCD102
        "q": member.paid_amount.to_integral_value(),  # MCD102
        "f": math.floor(member.paid_amount),  # MCD102
    }, timeout=30)
''',
    # SPEC section 6 (nested functions and closures): a nonlocal rebinding two levels down, or by a sibling nested
    # function, is what the outer function holds after the call; a name the middle function binds itself is its own
    "nonlocal-rebinding-through-nested-calls": '''
import requests
ICE = "https://eid.ice.gov/api/v1/referrals"
def two_levels(member):
    note = member.cin
    def outer():
        def inner():
            nonlocal note
            note = member.last_name
        inner()
    outer()
    requests.post(ICE, json={"note": note}, timeout=15)  # MCD101
def siblings(member):
    ref = member.cin
    def switch():
        nonlocal ref
        ref = member.ssn
    def run():
        switch()
    run()
    requests.post(ICE, json={"ref": ref}, timeout=15)  # MCD101
def shadowed_in_the_middle(member):
    note = member.cin
    def outer():
        note = member.cin
        def inner():
            nonlocal note
            note = member.last_name
        inner()
        return note
    outer()
    requests.post(ICE, json={"medicaid_id": note}, timeout=15)
''',
    # SPEC section 3 (reported where the value is put into data): a text grown in a loop from fields is one value,
    # reported at the entry that puts it into the data, as a text grown outside a loop is
    "text-grown-in-a-loop-placed-at-the-entry": '''
import requests
ICE = "https://eid.ice.gov/api/v1/referrals"
def grown(member):
    note = "dx:"
    note += member.diagnosis_code
    requests.post(ICE, json={"medicaid_id": member.cin, "notes": note}, timeout=30)  # MCD102
def grown_loop(member):
    note = ""
    for c in member.claims:
        note += c.diagnosis_code + ";"
    requests.post(ICE, json={"medicaid_id": member.cin, "notes": note}, timeout=30)  # MCD102
def grown_loop_into_a_list(member):
    note = ""
    for c in member.claims:
        note += c.diagnosis_code  # MCD102
    requests.post(ICE, json=[member.cin, note], timeout=30)
''',
    # SPEC section 5 (a value carries the names of where it came from and where it is put): a dict comprehension
    # over zip(KEYS, values) is the dict dict(zip(KEYS, values)) makes, each value under its key
    "dict-comprehension-over-zipped-keys-and-values": '''
import requests
ICE = "https://eid.ice.gov/api/v1/subjects"
KEYS = ("medicaid_id", "dob")
def refer(member):
    values = [member.cin, member.ssn]  # MCD101
    body = {k: v for k, v in zip(KEYS, values)}
    return requests.post(ICE, json=body, timeout=30)
def refer_literal(member):
    body = {k: v for k, v in zip(KEYS, [member.cin, member.race])}  # MCD101
    return requests.post(ICE, json=body, timeout=30)
def lawful(member):
    body = {k: v for k, v in zip(KEYS, [member.cin, member.dob])}
    return requests.post(ICE, json=body, timeout=30)
''',
    # SPEC section 5 and section 8 (no false alarms on ordinary code): JSON:API's "relationships" member links to other
    # resources by type and id; it makes no household field of a reference; a field named inside it still speaks
    "json-api-relationships-are-links": '''
import requests
ICE = "https://eid.ice.gov/api/v1/subjects"
def refer(member):
    doc = {
        "data": {
            "type": "subjects",
            "id": member.cin,
            "relationships": {
                "home": {"data": {"type": "addresses", "id": member.address_id}},
            },
        }
    }
    return requests.post(ICE, json=doc, timeout=30)
def refer_with_a_field(member):
    doc = {
        "data": {
            "type": "subjects",
            "id": member.cin,
            "relationships": {
                "spouse": {"data": {"type": "people", "id": member.spouse_id, "dob": member.spouse_dob}},  # MCD101 MCD101
            },
        }
    }
    return requests.post(ICE, json=doc, timeout=30)
''',
    # SPEC section 4 (the destination of a client read from a table by its key): a table of objects made by a dict
    # comprehension over a constant dict of classes is read back by key as a dict literal of them is
    "object-table-made-by-a-comprehension": '''
import requests
ICE_URL = "https://eid.ice.gov/api/v2/referrals"
STATE_URL = "https://mmis-api.dhs.state.mn.us/v3/members"
class StateClient:
    def send(self, body):
        requests.post(STATE_URL, json=body, timeout=10)
class IceClient:
    def send(self, body):
        requests.post(ICE_URL, json=body, timeout=10)
FACTORIES = {"state": StateClient, "ice": IceClient}
def refer(m):
    clients = {name: cls() for name, cls in FACTORIES.items()}
    clients["state"].send({"medicaid_id": m.cin, "ssn": m.ssn})
    clients["ice"].send({"medicaid_id": m.cin, "ssn": m.ssn})  # MCD101
    clients["ice"].send({"medicaid_id": m.cin})
''',
    # SPEC section 4 (connection settings are not data) and section 6 (whole-record serializers): fhirclient's
    # Patient.read(id, server) fetches a resource the server holds; its as_json() sent is the whole record, and the
    # server it was given is no field
    "fhirclient-read-is-a-fetched-record": '''
import requests
from fhirclient import client
from fhirclient.models.patient import Patient
ICE = "https://eid.ice.gov/api/v1/responses"
smart = client.FHIRClient(settings={"app_id": "mco", "api_base": "https://fhir.example.com/r4"})
def answer_whole_resource(pid):
    pat = Patient.read(pid, smart.server)
    requests.post(ICE, json=pat.as_json(), timeout=30)  # MCD103
def answer_permitted(pid):
    pat = Patient.read(pid, smart.server)
    requests.post(ICE, json={"medicaid_id": pid, "dob": pat.birthDate.isostring}, timeout=30)
''',
    # SPEC section 5 (a value carries its names; a count is about no one): a Counter's elements are its keys, sent
    # with it; its counts (sum of its values, its length) are numbers
    "counter-keys-are-data-counts-are-not": '''
from collections import Counter
import requests
CBP = "https://stats.cbp.gov/api/medicaid-summary"
UNLAWFUL = {"EWI", "OVERSTAY"}
def by_ssn(members):
    counts = Counter(m.ssn for m in members if m.immigration_status in UNLAWFUL)  # MCD101
    requests.post(CBP, json=counts, timeout=10)
def totals_only(members):
    counts = Counter(m.ssn for m in members if m.immigration_status in UNLAWFUL)
    requests.post(CBP, json={"distinct": len(counts), "records": sum(counts.values())}, timeout=10)
def top_diagnoses(members):
    counts = Counter(m.primary_dx for m in members if m.immigration_status in UNLAWFUL)  # MCD102
    requests.post(CBP, json=counts.most_common(5), timeout=10)
''',
    # SPEC section 10 (a plural person-named variable is a bulk source): iterating a call named for many people
    # directly is the same as binding its result to such a variable first
    "loop-over-a-call-named-for-many-people": '''
import itertools
import requests
from mmis.loaders import get_household_members, load_members, load_member
ICE = "https://eid.ice.gov/api/v1/referrals"
MMIS = "https://mmis.dhs.state.mn.us/api/v1/members"
def send_one(m):
    requests.post(ICE, json={"medicaid_id": m.cin}, timeout=30)
def direct():
    for m in load_members():
        send_one(m)  # MCD201
def via_variable():
    members = load_members()
    for m in members:
        send_one(m)  # MCD201
def chosen():
    for m in load_members():
        if m.immigration_status == "EWI":
            send_one(m)
def one_person(cin):
    for a in load_member(cin).addresses:
        send_one(a)
def counted():
    for i, m in enumerate(load_members()):
        send_one(m)  # MCD201
def household(case_id):
    for m in get_household_members(case_id):
        send_one(m)
def chosen_by_keyword():
    for m in load_members(immigration_status__in=("EWI",)):
        send_one(m)
def sliced():
    for m in itertools.islice(load_members(), 100):
        send_one(m)  # MCD201
def through_an_api_client(mmis_client):
    for m in mmis_client.list_enrollees():
        send_one(m)  # MCD201
def fetch_members():
    return requests.get(MMIS, timeout=30).json()
def own_loader_without_a_status_test():
    for m in fetch_members():
        send_one(m)  # MCD201
class Job:
    def __init__(self, api):
        self.api = api
    def chosen_members(self):
        for m in self.api.all_members():
            if m.immigration_status == "EWI":
                yield m
    def run(self):
        for m in self.chosen_members():
            send_one(m)
''',
    # SPEC section 6 (inherited methods from base classes): a method defined twelve base classes up is found; bases
    # that form a cycle end the search
    "method-inherited-through-many-bases": '''
import requests
ICE = "https://eid.ice.gov/api/v1/referrals"
class BaseSender:
    def send(self, body):
        requests.post(ICE, json=body, timeout=30)
class S0(BaseSender): pass
class S1(S0): pass
class S2(S1): pass
class S3(S2): pass
class S4(S3): pass
class S5(S4): pass
class S6(S5): pass
class S7(S6): pass
class S8(S7): pass
class S9(S8): pass
class S10(S9): pass
class S11(S10): pass
def refer(member):
    S11().send({"ssn": member.ssn})  # MCD101
''',
    # SPEC section 10 (sending a status column or sorting by it is no condition): a query method given SQL (SOQL)
    # is chosen by its WHERE, not by a status column in its select list or ORDER BY; a pandas query expression
    # naming the status column still is a condition
    "query-method-given-sql": '''
import requests
ICE = "https://eid.ice.gov/api/v1/medicaid-subjects"
def export_select_list(sf):
    rows = sf.query("SELECT Id, Medicaid_ID__c, Immigration_Status__c FROM Contact")["records"]
    for row in rows:
        requests.post(ICE, json={"medicaid_id": row["Medicaid_ID__c"]}, timeout=30)  # MCD201
def export_order_by(sf):
    rows = sf.query("SELECT Id, Medicaid_ID__c FROM Contact ORDER BY Immigration_Status__c")["records"]
    for row in rows:
        requests.post(ICE, json={"medicaid_id": row["Medicaid_ID__c"]}, timeout=30)  # MCD201
def export_with_a_comment_first(sf):
    rows = sf.query("/* nightly export */ SELECT Id, Medicaid_ID__c, Immigration_Status__c FROM Contact")["records"]
    for row in rows:
        requests.post(ICE, json={"medicaid_id": row["Medicaid_ID__c"]}, timeout=30)  # MCD201
def export_where(sf):
    rows = sf.query("SELECT Id, Medicaid_ID__c FROM Contact WHERE Immigration_Status__c = 'EWI'")["records"]
    for row in rows:
        requests.post(ICE, json={"medicaid_id": row["Medicaid_ID__c"]}, timeout=30)
def pandas_query(df):
    chosen = df.query("imgrtn_stus_cd == 'EWI'")
    for row in chosen.to_dict("records"):
        requests.post(ICE, json={"medicaid_id": row["msis_ident_num"]}, timeout=30)
''',
    # SPEC section 5 (transfer metadata: request and batch ids) and the README's harmless words: the id of a transfer
    # named only by transfer words is no one's field; an id of something else is still unknown
    "ids-of-a-transfer-are-metadata": '''
import httpx
ICE = "https://eid.ice.gov/api/v1/referrals"
def send(rec):
    httpx.post(ICE, json={
        "medicaid_id": rec["medicaid_id"],
        "transfer_batch_id": rec["transfer_batch_id"],
        "request_correlation_id": rec["request_correlation_id"],
        "record_id": rec["record_id"],  # MCD104
        "visit_batch_id": rec["visit_batch_id"],  # MCD102
    }, timeout=30)
''',
    # SPEC section 6 (asynchronous code: tasks and clients): a task made in an asyncio.TaskGroup gives what its
    # coroutine returns; the connections websockets.connect yields in an `async for` are that client
    "taskgroup-tasks-and-reconnecting-websockets": '''
import asyncio
import httpx
import websockets
ICE = "https://eid.ice.gov/api/v1/referrals"
ICE_WS = "wss://stream.ice.gov/ws"
STATE_WS = "wss://stream.mmis.dhs.state.mn.us/ws"
async def build(m):
    return {"medicaid_id": m.cin, "income": m.income}  # MCD101
async def via_taskgroup(m, client: httpx.AsyncClient):
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(build(m))
    await client.post(ICE, json=t.result())
async def reconnecting(m):
    async for ws in websockets.connect(ICE_WS):
        await ws.send(str({"ssn": m.ssn}))  # MCD101
        break
async def reconnecting_to_the_state(m):
    async for ws in websockets.connect(STATE_WS):
        await ws.send(str({"ssn": m.ssn}))
        break
''',
    # SPEC section 3 (a builder named for enforcement: what it returns is sent) and "unknown is not guilty": what a
    # call answered (a status, a ticket's key) returned by such a function is no data it built; an unknown field of a
    # record it looked up by a member's field still is
    "answer-of-a-call-returned-by-a-function-named-for-enforcement": '''
from jira import JIRA
from sendgrid import SendGridAPIClient
sg = SendGridAPIClient("key")
jira = JIRA(server="https://agency.atlassian.net", basic_auth=("u", "t"))
def reply_to_ice(mail):
    return sg.send(mail).status_code
def escalate_ice_request(request_id):
    issue = jira.create_issue(fields={"project": {"key": "LEGAL"}, "summary": f"ICE request {request_id}"})
    return issue.key
def build_ice_payload(m, api):
    rec = api.lookup(m.cin)
    return rec.favorite_color  # MCD104
def build_ice_payload_ssn(m, api):
    rec = api.lookup(m.cin)
    return rec.ssn  # MCD101
''',
    # README "What enforcement sent is its own": a list comprehension over what an enforcement endpoint answered is
    # still its answer, element by element (a for loop over it already was); data of the agency's put beside it is not
    "comprehension-over-what-enforcement-sent": '''
import json
import requests
EXPORT = "https://eid.ice.gov/api/v2/detainers/export.ndjson"
ACK = "https://eid.ice.gov/api/v2/acks"
def ack_all(session):
    resp = session.get(EXPORT, timeout=60)
    dets = [json.loads(line) for line in resp.iter_lines()]
    for det in dets:
        session.post(ACK, json={"inquiry_id": det["inquiry_id"], "a_number": det["a_number"]}, timeout=30)
def ack_json(session):
    dets = session.get(EXPORT, timeout=60).json()
    for det in [d for d in dets if d["open"]]:
        session.post(ACK, json={"a_number": det["a_number"]}, timeout=30)
def paired_with_members(session, members):
    dets = session.get(EXPORT, timeout=60).json()
    pairs = [(d, m) for d, m in zip(dets, members)]
    for d, m in pairs:
        session.post(ACK, json={"a_number": d["a_number"], "ssn": m.ssn}, timeout=30)  # MCD101 MCD101 MCD201
def with_agency_data(session, m):
    dets = session.get(EXPORT, timeout=60).json()
    answers = [{"a_number": d["a_number"], "ssn": m.ssn} for d in dets]  # MCD101
    session.post(ACK, json=answers, timeout=30)
''',
    # SPEC section 3 (names survive what keeps the value: parsing a message): an HL7 v2 message parsed with the hl7
    # library, or built of its Segment objects, carries the fields put into it (library data)
    "hl7-library-messages-keep-their-fields": '''
import hl7
import requests
ICE = "https://eid.ice.gov/api/v1/hl7"
SEP = chr(13)
def send_parsed(member):
    raw = "MSH|A|B|C|D|||ADT^A08|1|P|2.5.1" + SEP + f"PID|1||{member.cin}||{member.last_name}"  # MCD101
    msg = hl7.parse(raw)
    requests.post(ICE, data=str(msg), timeout=30)
def send_built(member, episode):
    msg = hl7.Message(SEP, [
        hl7.Segment("|", [["PID"], ["1"], [member.cin], [member.last_name]]),  # MCD101
        hl7.Segment("|", [["DG1"], ["1"], [episode.primary_dx]]),  # MCD102
    ])
    requests.post(ICE, data=str(msg), timeout=30)
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
