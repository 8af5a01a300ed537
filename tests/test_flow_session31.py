"""The data flow shapes of the thirty-first session: what its SPEC-only probers found (rounds 200
and after).

Single-module cases carry their expected findings inline (``# MCD101`` on the line
reported; a case without annotations must stay clean). A case whose first line is an
``# OPTIONS:`` header runs with those options (``annotations.options_of``).
"""

from __future__ import annotations

import pytest
from annotations import actual, expected
from test_flow_session20 import _source

CASES: dict[str, str] = {
    # SPEC section 10 (a condition counts when it decides whether a record is sent): a conditional
    # expression that keeps the record only where its status is tested (the other way None) chooses,
    # element by element or one at a time; filter(None, ...) keeps what it chose
    "status-test-in-a-conditional-expression": '''
UNLAWFUL = ("EWI", "OVERSTAY")
def mask_then_filter_none(rows):
    picked = filter(None, [m if m.imgrtn_stus_cd in UNLAWFUL else None for m in rows])
    requests.post(ICE_URL, json=[{"medicaid_id": m.cin} for m in picked])
def ids_or_none(rows):
    ids = [m.cin if m.imgrtn_stus_cd in UNLAWFUL else None for m in rows]
    requests.post(ICE_URL, json={"ids": [c for c in ids if c]})
def one_at_a_time(members):
    for m in members:
        cin = m.cin if m.imgrtn_stus_cd in UNLAWFUL else None
        requests.post(ICE_URL, json={"medicaid_id": cin})
def county_mask(rows):
    picked = [m if m.county == "X" else None for m in rows]
    requests.post(ICE_URL, json=[{"medicaid_id": m.cin} for m in filter(None, picked)])  # MCD201
def other_way_is_a_record(rows):
    picked = [m if m.imgrtn_stus_cd in UNLAWFUL else rows[0] for m in rows]
    requests.post(ICE_URL, json=[{"medicaid_id": m.cin} for m in picked])  # MCD201
def forbidden_field_still_reported(rows):
    picked = [{"id": m.cin, "ssn": m.ssn} if m.imgrtn_stus_cd in UNLAWFUL else None for m in rows]  # MCD101
    requests.post(ICE_URL, json=[p for p in picked if p])
''',
    # SPEC section 10 (a condition counts only when it decides whether a record is sent): a status
    # test joined by 'or' to a literal that is always true decides nothing
    "always-true-test-chooses-no-one": '''
UNLAWFUL = ("EWI", "OVERSTAY")
def debug_override(members):
    for m in members:
        if m.imgrtn_stus_cd in UNLAWFUL or True:
            requests.post(ICE_URL, json={"medicaid_id": m.cin})  # MCD201
def one_override(members):
    for m in members:
        if 1 or m.imgrtn_stus_cd in UNLAWFUL:
            requests.post(ICE_URL, json={"medicaid_id": m.cin})  # MCD201
def and_true_still_tests(members):
    for m in members:
        if m.imgrtn_stus_cd in UNLAWFUL and True:
            requests.post(ICE_URL, json={"medicaid_id": m.cin})
''',
    # SPEC section 4 (URLs fold through os.environ.get defaults, 'or' and attributes set in __init__):
    # an object given an environment setting whose default is an enforcement URL, kept as 'url or
    # self.DEFAULT_URL', sends to either URL
    "url-from-the-environment-or-a-class-default": '''
import os
HSI_LEADS_URL = "https://hsi.ice.gov/api/v2/leads"
class LeadExporter:
    ENDPOINT_URL = "https://eid.ice.gov/api/v1/referrals"
    def __init__(self, endpoint_url=None):
        self.endpoint_url = endpoint_url or self.ENDPOINT_URL
    @classmethod
    def from_env(cls):
        return cls(endpoint_url=os.environ.get("HSI_URL", HSI_LEADS_URL))
class StateExporter:
    ENDPOINT_URL = "https://mmis.dhcs.ca.gov/api/leads"
    def __init__(self, endpoint_url=None):
        self.endpoint_url = endpoint_url or self.ENDPOINT_URL
def via_constructor(member):
    exporter = LeadExporter(endpoint_url=os.environ.get("HSI_URL", HSI_LEADS_URL))
    requests.post(exporter.endpoint_url, json={"ssn": member.ssn})  # MCD101
def via_factory(member):
    exporter = LeadExporter.from_env()
    requests.post(exporter.endpoint_url, json={"ssn": member.ssn})  # MCD101
def state_from_environment(member):
    exporter = StateExporter(endpoint_url=os.environ.get("MMIS_URL", STATE_URL))
    requests.post(exporter.endpoint_url, json={"ssn": member.ssn})
''',
    # SPEC section 4 (a builder named for enforcement builds what is sent; what came back is not
    # built): the status, reason and body of http.client's getresponse() returned by a builder-named
    # function are the server's answer
    "http-client-answer-is-no-payload": '''
import http.client
ERO_HOST = "gateway.ero.dhs.gov"
def ero_request(m):
    conn = http.client.HTTPSConnection(ERO_HOST)
    conn.request("POST", "/inquiry", body=m.cin)
    resp = conn.getresponse()
    return resp.status
def ice_referral_body(m):
    conn = http.client.HTTPSConnection(ERO_HOST)
    conn.request("POST", "/inquiry", body=m.cin)
    return conn.getresponse().status, conn.getresponse().read()
def ice_referral_ssn(m):
    conn = http.client.HTTPSConnection(ERO_HOST)
    conn.request("POST", "/inquiry", body=m.ssn)  # MCD101
    return conn.getresponse().reason
''',
    # SPEC section 3 (a payload model's fields are reported at their declarations) and section 6: a
    # marshmallow schema made with Schema.from_dict declares its fields at the dict's entries
    # (attribute=, load_only= and only= as in a class body)
    "marshmallow-schema-from-dict": '''
from marshmallow import Schema, fields
ReferralSchema = Schema.from_dict({
    "cin": fields.Str(),
    "dob": fields.Date(data_key="date_of_birth"),
    "ref": fields.Str(attribute="ssn"),  # MCD101
    "notes": fields.Str(load_only=True),
    "marital_status": fields.Str(),  # MCD101
}, name="ReferralSchema")
BasicSchema = Schema.from_dict({"cin": fields.Str(), "dob": fields.Date()})
def refer(member):
    requests.post(ICE_URL, json=ReferralSchema().dump(member), timeout=10)
def refer_only(member):
    requests.post(ICE_URL, json=ReferralSchema(only=("cin", "dob")).dump(member), timeout=10)
def basic(member):
    requests.post(ICE_URL, json=BasicSchema().dump(member), timeout=10)
def state(member):
    requests.post(STATE_URL, json=ReferralSchema().dump(member), timeout=10)
''',
    # SPEC section 6 (what a function writes into its arguments; sanitizers): marshmallow runs a
    # schema's @post_dump hooks on every dump, so a field a hook adds (from the original with
    # pass_original=True) is sent, and one it pops is not
    "marshmallow-post-dump-hooks": '''
from marshmallow import Schema, fields, post_dump
class SubjectSchema(Schema):
    cin = fields.Str()
    dob = fields.Date()
    @post_dump(pass_original=True)
    def add_extra(self, data, original, **kwargs):
        data["ssn"] = original.ssn  # MCD101
        return data
class TrimmedSchema(Schema):
    cin = fields.Str()
    ssn = fields.Str()
    @post_dump
    def drop_ssn(self, data, **kwargs):
        data.pop("ssn", None)
        return data
class StampedSchema(Schema):
    cin = fields.Str()
    @post_dump
    def stamp(self, data, **kwargs):
        data["schema_version"] = "2"
        return data
def refer(member):
    requests.post(ICE_URL, json=SubjectSchema().dump(member), timeout=10)
def refer_trimmed(member):
    requests.post(ICE_URL, json=TrimmedSchema().dump(member), timeout=10)
def refer_stamped(member):
    requests.post(ICE_URL, json=StampedSchema().dump(member), timeout=10)
def to_state(member):
    requests.post(STATE_URL, json=SubjectSchema().dump(member), timeout=10)
''',
    # SPEC section 4 (URLs fold; hosts given to connection objects fold like URLs) and section 6
    # (string building keeps every part's names): the host and path of urlparse/urlsplit of a URL
    # constant, and the URL urlunparse/urlunsplit make of their parts
    "parsed-and-assembled-urls": '''
import http.client
from urllib.parse import urlparse, urlsplit, urlunparse, urlunsplit
from urllib.request import urlopen
ICE_INQUIRY_URL = "https://eid.ice.gov/api/v1/inquiry"
def host_of_a_parsed_url(m):
    u = urlparse(ICE_INQUIRY_URL)
    conn = http.client.HTTPSConnection(u.hostname, timeout=30)
    conn.request("POST", u.path, body=f"cin={m.cin}&race={m.race}")  # MCD101
def netloc_of_a_split_url(m):
    conn = http.client.HTTPSConnection(urlsplit(ICE_INQUIRY_URL).netloc)
    conn.request("POST", "/api/v1/inquiry", body=f"cin={m.cin}&race={m.race}")  # MCD101
def state_host(m):
    conn = http.client.HTTPSConnection(urlparse(STATE_URL).hostname)
    conn.request("POST", "/members", body=f"cin={m.cin}&race={m.race}")
def url_of_parts(m):
    ice_url = urlunparse(("https", "eid.ice.gov", "/api/v2/persons", "", f"ssn={m.ssn}", ""))  # MCD101
    return urlopen(ice_url)
def url_of_split_parts(m):
    ice_url = urlunsplit(("https", "eid.ice.gov", f"/api/v2/persons/{m.ssn}", "", ""))  # MCD101
    return urlopen(ice_url)
def state_url_of_parts(m):
    return urlopen(urlunsplit(("https", "mmis.dhcs.ca.gov", f"/api/persons/{m.ssn}", "", "")))
def permitted_part(m):
    return urlopen(urlunsplit(("https", "eid.ice.gov", f"/api/persons/{m.cin}", "", "")))
''',
    # SPEC section 6 (calls to functions of the same module; decorators that return the function): a
    # function a registering decorator of the module keeps in a module dict (by the decorator's
    # argument or by its __name__), or one stored in it at module level, is the function the dict's
    # entry calls
    "functions-kept-in-registries": '''
HANDLERS = {}
REGISTRY = {}
ROUTES = {}
def handler(name):
    def deco(fn):
        HANDLERS[name] = fn
        return fn
    return deco
def register(fn):
    REGISTRY[fn.__name__] = fn
    return fn
@handler("ice")
def send_ice(body):
    return requests.post(ICE_URL, json=body)
@handler("state")
def send_state(body):
    return requests.post(STATE_URL, json=body)
@register
def ice_referral(body):
    return requests.post(ICE_URL, json=body)
def post_ice(body):
    return requests.post(ICE_URL, json=body)
ROUTES["ice"] = post_ice
ROUTES["state"] = send_state
def refer(member):
    HANDLERS["ice"]({"medicaid_id": member.cin, "ssn": member.ssn})  # MCD101
def to_state(member):
    HANDLERS["state"]({"medicaid_id": member.cin, "ssn": member.ssn})
def by_function_name(member):
    REGISTRY["ice_referral"]({"medicaid_id": member.cin, "race": member.race})  # MCD101
def module_level_store(member):
    ROUTES["ice"]({"medicaid_id": member.cin, "ssn": member.ssn})  # MCD101
def module_level_state(member):
    ROUTES["state"]({"medicaid_id": member.cin, "ssn": member.ssn})
''',
    # SPEC section 4 (enforcement qualified by another domain of law is no immigration signal; the
    # qualifier list is data): child support spelled IV-D, fraud, waste and abuse (FWA), and nursing-
    # home survey enforcement and civil money penalties
    "other-domains-of-enforcement": '''
import os
IV_D_ENFORCEMENT_URL = "https://gw.cse-vendor.example.com/ivd/referrals"
TITLE_IV_D_ENFORCEMENT_URL = os.environ.get("TITLE_IV_D_ENFORCEMENT_URL", "https://gw.cse-vendor.example.com/ivd")
FWA_ENFORCEMENT_URL = "https://fwa.pi-vendor.example.com/cases"
NURSING_HOME_ENFORCEMENT_URL = "https://survey.ltc-vendor.example.com/cases"
CMP_ENFORCEMENT_URL = "https://survey.ltc-vendor.example.com/cmp"
IMMIGRATION_ENFORCEMENT_URL = "https://gw.vendor.example.com/ie"
def child_support(m):
    requests.post(IV_D_ENFORCEMENT_URL, json={"child_ssn": m.child_ssn})
    requests.post(TITLE_IV_D_ENFORCEMENT_URL, json={"ssn": m.ssn})
    boto3.client("s3").put_object(Bucket="mn-iv-d-enforcement-referrals", Key="r.json", Body=m.ssn)
def program_integrity(claim):
    requests.post(FWA_ENFORCEMENT_URL, json={"ssn": claim.ssn, "dx": claim.dx})
def survey(resident):
    requests.post(NURSING_HOME_ENFORCEMENT_URL, json={"ssn": resident.ssn, "dx": resident.dx})
    requests.post(CMP_ENFORCEMENT_URL, json={"dx": resident.dx})
def immigration(m):
    requests.post(IMMIGRATION_ENFORCEMENT_URL, json={"ssn": m.ssn})  # MCD101
''',
    # SPEC section 4 (a builder named for enforcement builds what is sent, reported even when no send
    # is visible; what the code visibly does wins over the name) with section 6 (allow-list
    # sanitizers): a method or private builder the module calls once and whose output it trims to
    # permitted names before the only send; a public function (another module may import it and send it
    # whole), a builder the module never calls, and one whose output is sent whole stay reported
    "builder-output-trimmed-before-the-send": '''
class IceSubjectExporter:
    ALLOWED_FIELDS = ("medicaid_id", "date_of_birth", "immigration_status")
    def full_record(self, member):
        return {
            "medicaid_id": member.cin,
            "date_of_birth": member.dob,
            "ssn": member.ssn,
            "full_name": member.full_name,
        }
    def export(self, member):
        full = self.full_record(member)
        body = {k: full[k] for k in self.ALLOWED_FIELDS}
        requests.post(ICE_URL, json=body)
def _ice_subject(member):
    return {"medicaid_id": member.cin, "race": member.race}
def refer(member):
    subject = _ice_subject(member)
    requests.post(ICE_URL, json={"medicaid_id": subject["medicaid_id"]})
def build_ice_profile(member):
    return {"medicaid_id": member.cin, "sex": member.sex}  # MCD101
def refer_profile(member):
    profile = build_ice_profile(member)
    requests.post(ICE_URL, json={"medicaid_id": profile["medicaid_id"]})
def ice_referral(member):
    return {"medicaid_id": member.cin, "sex": member.sex}  # MCD101
def ping(member):
    requests.post(ICE_URL, json={"medicaid_id": member.cin})
def ice_packet(member):
    return {"medicaid_id": member.cin, "ethnicity": member.ethnicity}  # MCD101
def send_packet(member):
    requests.post(ICE_URL, json=ice_packet(member))
''',
    # SPEC section 4 (an e-mail goes to enforcement when any recipient is at an enforcement domain;
    # recipients set or added later replace or join the message's) and section 3: what attach() and
    # attach_alternative() add is sent when the message is, to the recipients it has then
    "django-attachments-go-with-the-send": '''
from django.core.mail import EmailMultiAlternatives
ERO_INBOX = "ero-intake@ice.gov"
STATE_INBOX = "eligibility@hhsc.texas.gov"
def alternative_then_bcc(member):
    em = EmailMultiAlternatives("Update", "x", "noreply@x.net", [STATE_INBOX])
    em.attach_alternative(f"<p>Income: {member.income_amt}</p>", "text/html")  # MCD101
    em.bcc.append(ERO_INBOX)
    em.send()
def attachment_then_to(member):
    em = EmailMultiAlternatives("Update", "x", "noreply@x.net", [STATE_INBOX])
    em.attach("m.txt", f"Race: {member.race}", "text/plain")  # MCD101
    em.to = [ERO_INBOX]
    em.send()
def state_only(member):
    em = EmailMultiAlternatives("Update", "x", "noreply@x.net", [STATE_INBOX])
    em.attach_alternative(f"<p>Income: {member.income_amt}</p>", "text/html")
    em.send()
def ice_only_permitted(member):
    em = EmailMultiAlternatives("Update", "x", "noreply@x.net", [ERO_INBOX])
    em.attach(f"{member.cin}.txt", f"DOB: {member.dob}", "text/plain")
    em.send()
''',
    # SPEC section 6 (nested functions and closures; the last assignment wins): a nested def the
    # enclosing function returns sees the enclosing variables as they are when it runs, after the
    # return: a list filled and a URL rebound after the def count, the URL the def first saw does not
    "closures-see-the-state-at-return": '''
import os
def late_fill(member):
    items = []
    def flush():
        requests.post(ICE_URL, json=items)
    items.append({"medicaid_id": member.cin, "ssn": member.ssn})  # MCD101
    return flush
def refer(member):
    f = late_fill(member)
    f()
def make_sender(federal):
    url = STATE_URL
    def send(body):
        return requests.post(url, json=body)
    if federal:
        url = ICE_URL
    return send
def refer_federal(member):
    send = make_sender(os.environ.get("FEDERAL_MODE") == "1")
    send({"medicaid_id": member.cin, "ssn": member.ssn})  # MCD101
def make_state_sender():
    url = ICE_URL
    def send(body):
        return requests.post(url, json=body)
    url = STATE_URL
    return send
def sync(member):
    make_state_sender()({"medicaid_id": member.cin, "ssn": member.ssn})
''',
    # SPEC section 10 (a condition counts when it decides whether a record is sent and tests the
    # person's own status; a filter anywhere on the path from the source): a household member's status
    # tested with any() or a related filter chooses no one; a lookup keyed by status whose KeyError
    # skips the record chooses, one whose handler goes on does not; a state API's status parameter
    # chooses the pages it answers
    "status-conditions-of-everyday-batch-jobs": '''
UNLAWFUL = ("EWI", "OVERSTAY")
ERO_CODES = {"EWI": "E1", "OVERSTAY": "O2"}
COUNTY_CODES = {"washoe": "W", "clark": "C"}
MMIS_API = "https://api.mmis.state.nv.us/v3/members"
def household_any(members):
    for m in members:
        if any(h.immigration_status in UNLAWFUL for h in m.household_members.all()):
            requests.post(ICE_URL, json={"medicaid_id": m.cin})  # MCD201
def household_exists(members):
    for m in members:
        if m.household_members.filter(immigration_status__in=UNLAWFUL).exists():
            requests.post(ICE_URL, json={"medicaid_id": m.cin})  # MCD201
def own_status_any(members):
    for m in members:
        if any(s in UNLAWFUL for s in (m.immigration_status, m.prior_immigration_status)):
            requests.post(ICE_URL, json={"medicaid_id": m.cin})
def status_code_lookup(members):
    for m in members:
        try:
            code = ERO_CODES[m.imgrtn_stus_cd]
        except KeyError:
            continue
        requests.post(ICE_URL, json={"medicaid_id": m.cin, "immigration_status": code})
def county_code_lookup(members):
    for m in members:
        try:
            code = COUNTY_CODES[m.county]
        except KeyError:
            continue
        requests.post(ICE_URL, json={"medicaid_id": m.cin, "county_code": code})  # MCD201
def status_lookup_with_a_default(members):
    for m in members:
        try:
            code = ERO_CODES[m.imgrtn_stus_cd]
        except KeyError:
            code = "UNK"
        requests.post(ICE_URL, json={"medicaid_id": m.cin, "immigration_status": code})  # MCD201
def pages_chosen_by_the_server():
    resp = requests.get(MMIS_API, params={"immigration_status": "EWI", "limit": 500})
    members = resp.json()["members"]
    requests.post(ICE_URL, json=[{"medicaid_id": m["cin"]} for m in members])
def pages_by_query_string():
    members = requests.get(MMIS_API + "?imgrtn_stus_cd=5&limit=500").json()["members"]
    requests.post(ICE_URL, json=[{"medicaid_id": m["cin"]} for m in members])
def pages_by_county():
    members = requests.get(MMIS_API, params={"county": "washoe"}).json()["members"]
    requests.post(ICE_URL, json=[{"medicaid_id": m["cin"]} for m in members])  # MCD201
def pages_by_a_spouse_status():
    members = requests.get(MMIS_API, params={"spouse_immigration_status": "EWI"}).json()["members"]
    requests.post(ICE_URL, json=[{"medicaid_id": m["cin"]} for m in members])  # MCD201
''',
    # SPEC section 10 (a condition counts only when it decides whether a record is sent): an always-
    # true 'or' inside a larger test, a comprehension condition, a helper's return or a constant
    # switch left on decides nothing; a value only picked by a null check of the status (normalized
    # where present) is every record's
    "always-true-tests-and-null-guards": '''
UNLAWFUL = ("EWI", "OVERSTAY")
SEND_ALL = True
def nested_override(members):
    for m in members:
        if (m.imgrtn_stus_cd in UNLAWFUL or True) and m.cin:
            requests.post(ICE_URL, json={"medicaid_id": m.cin})  # MCD201
def comprehension_override(members):
    chosen = [m for m in members if m.imgrtn_stus_cd in UNLAWFUL or "all"]
    requests.post(ICE_URL, json=[{"medicaid_id": m.cin} for m in chosen])  # MCD201
def eligible(m):
    return m.imgrtn_stus_cd in UNLAWFUL or True
def helper_override(members):
    for m in members:
        if eligible(m):
            requests.post(ICE_URL, json={"medicaid_id": m.cin})  # MCD201
def switch_left_on(members):
    for m in members:
        if m.imgrtn_stus_cd in UNLAWFUL or SEND_ALL:
            requests.post(ICE_URL, json={"medicaid_id": m.cin})  # MCD201
def null_guarded_value(rows):
    for m in rows:
        citizen = m.citizenship.upper() if m.citizenship is not None else "UNKNOWN"
        requests.post(ICE_URL, json={"citizenship": citizen})  # MCD201
def null_safe_status(rows):
    for m in rows:
        status = m.imgrtn_stus_cd.strip() if m.imgrtn_stus_cd else None
        requests.post(ICE_URL, json={"immigration_status": status})  # MCD201
''',
    # From the review of the session's diff and its adversarial probers: a method builder trimmed
    # before its only send; a builder whose output also goes elsewhere whole stays reported; the
    # scheme of an enforcement URL names no destination; marshmallow runs the post_dump hooks of a
    # schema's bases
    "review-of-the-session": '''
from urllib.parse import urlparse
from marshmallow import Schema, fields, post_dump
VENDOR_HOST = "api.vendorgateway.com"
ALLOWED = ("cin", "dob")
class ReferralService:
    def build_ice_record(self, m):
        return {"cin": m.cin, "dob": m.dob, "ssn": m.ssn, "race": m.race}
    def submit(self, m):
        full = self.build_ice_record(m)
        requests.post(ICE_URL, json={k: full[k] for k in ALLOWED})
def build_ice_referral(member):
    return {"medicaid_id": member.cin, "ssn": member.ssn}  # MCD101
def send_summary(member):
    full = build_ice_referral(member)
    requests.post(ICE_URL, json={k: full[k] for k in ALLOWED})
def send_elsewhere(member, transport):
    transport.deliver(build_ice_referral(member))
def vendor_with_an_enforcement_scheme(m):
    scheme = urlparse(ICE_URL).scheme
    requests.post(f"{scheme}://{VENDOR_HOST}/claims", json={"ssn": m.ssn})
class RedactingSchema(Schema):
    @post_dump(pass_original=True)
    def add_language(self, data, original, **kwargs):
        data["language"] = original.preferred_language  # MCD101
        return data
class SubjectSchema(RedactingSchema):
    cin = fields.Str()
class TrimmingSchema(Schema):
    @post_dump
    def drop(self, data, **kwargs):
        data.pop("ssn", None)
        return data
class TrimmedSubjectSchema(TrimmingSchema):
    cin = fields.Str()
    ssn = fields.Str()
def refer(member):
    requests.post(ICE_URL, json=SubjectSchema().dump(member))
    requests.post(ICE_URL, json=TrimmedSubjectSchema().dump(member))
''',
    # SPEC section 4 (e-mail to an enforcement recipient) and section 3: a MIME part attached to a
    # Django message is what was written into it; an attachment of a message sent through a connection
    # is sent to the recipients the message has when it is attached
    "django-attachments-of-every-kind": '''
from email.mime.text import MIMEText
from django.core.mail import EmailMessage, get_connection
ERO_INBOX = "liaison@ice.dhs.gov"
def mime_part(m):
    em = EmailMessage("Referral", "see attached", "noreply@x.net", [ERO_INBOX])
    em.attach(MIMEText(f"SSN: {m.ssn}"))  # MCD101
    em.send()
def sent_by_a_connection(m):
    em = EmailMessage("Referral", "see attached", "noreply@x.net", [ERO_INBOX])
    em.attach("member.txt", f"Gender: {m.gender}", "text/plain")  # MCD101
    get_connection().send_messages([em])
''',
    # SPEC section 4 (URLs fold through class constants), section 3 (a model named for enforcement is
    # reported at its declarations, not again at what fills it) and section 6 (tuple unpacking element
    # by element): a class keyword __init_subclass__ keeps as the class's URL, a class a registering
    # decorator keeps in a dict, dataclasses.replace on a payload model, asyncio.gather unpacked
    "classes-of-many-styles": '''
import asyncio
import dataclasses
from dataclasses import dataclass
REGISTRY = {}
def register(partner):
    def deco(cls):
        REGISTRY[partner] = cls
        return cls
    return deco
class Partner:
    url: str = ""
    def __init_subclass__(cls, /, url: str = "", **kw) -> None:
        super().__init_subclass__(**kw)
        cls.url = url
    def send(self, body: dict) -> None:
        requests.post(self.url, json=body, timeout=30)
class FederalPartner(Partner, url=ICE_URL):
    pass
@register("state")
class StatePartner(Partner, url=STATE_URL):
    pass
@register("federal")
class RegisteredFederal(Partner, url=ICE_URL):
    pass
@dataclass
class IceReferral:
    medicaid_id: str
    sex: str = "U"  # MCD101
async def load_cin(m) -> str:
    return m.cin
async def load_ssn(m) -> str:
    return m.ssn
def refer(m) -> None:
    FederalPartner().send({"medicaid_id": m.cin, "ssn": m.ssn})  # MCD101
    StatePartner().send({"medicaid_id": m.cin, "ssn": m.ssn})
    REGISTRY["federal"]().send({"medicaid_id": m.cin, "race": m.race})  # MCD101
    REGISTRY["state"]().send({"medicaid_id": m.cin, "race": m.race})
def refer_model(m) -> None:
    ref = IceReferral(medicaid_id=m.cin)
    ref = dataclasses.replace(ref, sex=m.sex)
    requests.post(ICE_URL, json=dataclasses.asdict(ref))
async def refer_gathered(m) -> None:
    cin, ssn = await asyncio.gather(load_cin(m), load_ssn(m))
    requests.post(ICE_URL, json={"medicaid_id": cin})
    print("audit", ssn[-4:])
''',
    # SPEC section 4 (a bucket named for enforcement is an enforcement destination; names fold through
    # parsing): the bucket urlparse(...).netloc takes from an s3:// URI (a README limit until now)
    "bucket-of-an-s3-uri": '''
import json
from urllib.parse import urlparse
DROP = "s3://ero-referrals-prod/inbound"
ARCHIVE = "s3://dhcs-archive/members"
def upload(m):
    u = urlparse(DROP)
    boto3.client("s3").put_object(Bucket=u.netloc, Key="x.json", Body=json.dumps({"sex": m.sex}))  # MCD101
def archive(m):
    boto3.client("s3").put_object(Bucket=urlparse(ARCHIVE).netloc, Key="x.json", Body=json.dumps({"sex": m.sex}))
''',
    # From the second review of the session's diff: a status read with an 'or' default is a status
    # test; 'except Exception' around a batch is error handling, no filter; asking a state API for the
    # status column, sorting by it or asking for every status chooses no one; a builder also handed on
    # by map() stays reported; a whole record put into a declared field by replace() is reported;
    # __init_subclass__ that sets the class URL only when given one leaves the inherited URL
    "second-review-of-the-session": '''
import dataclasses
import logging
from dataclasses import dataclass
log = logging.getLogger(__name__)
UNLAWFUL = ("EWI", "OVERSTAY")
STATUS_LABELS = {"CIT": "U.S. citizen", "EWI": "Entered without inspection"}
MMIS_API = "https://mmis.dhcs.ca.gov/api/members"
def status_with_a_default(members):
    for m in members:
        if (m.imgrtn_stus_cd or "UNKNOWN") in UNLAWFUL:
            requests.post(ICE_URL, json={"medicaid_id": m.cin})
def broad_except(members):
    for m in members:
        try:
            body = {"medicaid_id": m.cin, "immigration_status": STATUS_LABELS[m.imgrtn_stus_cd]}
            requests.post(ICE_URL, json=body)  # MCD201
        except Exception:
            log.exception("referral failed")
            continue
def asked_for_the_status_column():
    members = requests.get(MMIS_API, params={"fields": "cin,immigration_status"}).json()["members"]
    requests.post(ICE_URL, json=[{"medicaid_id": m["cin"]} for m in members])  # MCD201
def sorted_by_status():
    members = requests.get(MMIS_API + "?sort=imgrtn_stus_cd").json()["members"]
    requests.post(ICE_URL, json=[{"medicaid_id": m["cin"]} for m in members])  # MCD201
def every_status():
    members = requests.get(MMIS_API, params={"immigration_status": "ALL"}).json()["members"]
    requests.post(ICE_URL, json=[{"medicaid_id": m["cin"]} for m in members])  # MCD201
def build_ice_referral(member):
    return {"medicaid_id": member.cin, "ssn": member.ssn}  # MCD101
def referrals(members):
    return list(map(build_ice_referral, members))
def send_summary(member):
    full = build_ice_referral(member)
    requests.post(ICE_URL, json={"medicaid_id": full["medicaid_id"]})
@dataclass
class IceReferral:
    medicaid_id: str
    address: str
def whole_record_in_a_field(m):
    ref = IceReferral(medicaid_id=m.cin, address=m.address)
    ref = dataclasses.replace(ref, address=vars(m))  # MCD103
    requests.post(ICE_URL, json=dataclasses.asdict(ref))
class Partner:
    url = STATE_URL
    def __init_subclass__(cls, url=None, **kw):
        super().__init_subclass__(**kw)
        if url is not None:
            cls.url = url
    def send(self, body):
        requests.post(self.url, json=body)
class DhsPartner(Partner):
    pass
def to_dhs(m):
    DhsPartner().send({"medicaid_id": m.cin, "ssn": m.ssn})
''',
    # SPEC sections 3, 5, 6 and 10, from the probers of round 206: a pytest fixture that returns an
    # object of a project class; a conditional expression whose nothing side comes first chooses; a
    # dependent's status is someone else's; each member of a household referred after a test of that
    # member's own status is that member (their own Medicaid ID, no household data); a URL built with
    # % keeps its text
    "third-round-of-probers": '''
import pytest
IN_SCOPE = ("EWI", "OVERSTAY")
ICE_BASE = "https://eid.ice.gov/api/v2"
class IceClient:
    def send(self, body):
        requests.post(ICE_URL, json=body)
@pytest.fixture
def ice_client():
    return IceClient()
def test_referral(ice_client, member):
    ice_client.send({"medicaid_id": member.cin, "ssn": member.ssn})  # MCD101
def nothing_first(rows):
    picked = [None if m.imgrtn_stus_cd not in IN_SCOPE else m.cin for m in rows]
    requests.post(ICE_URL, json={"cins": list(filter(None, picked))})
def nothing_first_one_by_one(rows):
    for m in rows:
        cin = None if m.imgrtn_stus_cd not in IN_SCOPE else m.cin
        if cin is None:
            continue
        requests.post(ICE_URL, json={"cin": cin})
def dependents_status(members):
    for m in members:
        if any(d.imgrtn_stus_cd in IN_SCOPE for d in m.dependents.all()):
            requests.post(ICE_URL, json={"medicaid_id": m.cin})  # MCD201
def residents_one_by_one(households):
    for hh in households:
        for person in hh.members.all():
            if person.immigration_status in IN_SCOPE:
                requests.post(ICE_URL, json={"medicaid_id": person.cin})
def claims_url(m):
    base = "%s/subjects/%s" % (ICE_BASE, m.cin)
    requests.get("%s/claims/%s" % (base, m.claim_id))  # MCD102
''',
    # SPEC section 4 (a model named for enforcement builds enforcement payloads; README: one only ever
    # filled from what enforcement answered is inbound): a marshmallow schema named for ICE that only
    # loads ICE's answer sends nothing; one loaded from the agency's own data is a payload
    "marshmallow-schema-that-loads-answers": '''
from marshmallow import Schema, fields
class IceDispositionSchema(Schema):
    referral_id = fields.Str()
    officer_name = fields.Str()
class IceSubjectSchema(Schema):
    medicaid_id = fields.Str()
    full_name = fields.Str()  # MCD101
def file_disposition(ref):
    resp = requests.get(f"{ICE_URL}/{ref}")
    return IceDispositionSchema().load(resp.json())
def subject_of(member):
    return IceSubjectSchema().load({"medicaid_id": member.cin, "full_name": member.full_name})
''',
    # SPEC sections 4 and 6, from the probers of round 207: __init_subclass__ that keeps a class
    # keyword with 'url or cls.url'; a pytest fixture that returns or yields a project object through
    # a variable
    "fourth-round-of-probers": '''
import pytest
class Feed:
    url = STATE_URL
    def __init_subclass__(cls, url=None, **kw):
        super().__init_subclass__(**kw)
        cls.url = url or cls.url
    def push(self, body):
        requests.post(self.url, json=body)
class EroFeed(Feed, url=ICE_URL):
    pass
class StateFeed(Feed):
    pass
class PartnerClient:
    def __init__(self, url):
        self.url = url
    def send(self, body):
        requests.post(self.url, json=body)
@pytest.fixture
def ice_client():
    client = PartnerClient(ICE_URL)
    return client
@pytest.fixture
def state_client():
    client = PartnerClient(STATE_URL)
    yield client
def push_all(m):
    EroFeed().push({"race": m.race_cd})  # MCD101
    StateFeed().push({"race": m.race_cd})
def test_ice(ice_client, m):
    ice_client.send({"ssn": m.ssn})  # MCD101
def test_state(state_client, m):
    state_client.send({"ssn": m.ssn})
''',
    # SPEC sections 5 and 10: the members of each household met in a nested comprehension are each
    # their own person (their own Medicaid ID), as in a nested loop; chosen by their own status, they
    # are no MCD201
    "household-members-in-a-nested-comprehension": '''
from households.models import Household
IN_SCOPE = ("EWI",)
def referrals():
    picked = [{"cin": p.cin} for hh in Household.objects.all() for p in hh.members.all() if p.imgrtn_stus_cd in IN_SCOPE]
    requests.post(ICE_URL, json=picked)
def all_members():
    everyone = [{"cin": p.cin} for hh in Household.objects.all() for p in hh.members.all()]
    requests.post(ICE_URL, json=everyone)  # MCD201
''',
    # From the third review of the session's diff: members of a household sent with no test of their
    # status are many people's records (MCD201); a marshmallow load returns the declared fields only,
    # unless its schema INCLUDEs unknown ones; a field of another category put into a declared field
    # no vocabulary name knows is still reported
    "third-review-of-the-session": '''
import dataclasses
from dataclasses import dataclass
from marshmallow import EXCLUDE, INCLUDE, Schema, fields
class ReferralSchema(Schema):
    class Meta:
        unknown = EXCLUDE
    medicaid_id = fields.Str()
    date_of_birth = fields.Date()
class OpenSchema(Schema):
    class Meta:
        unknown = INCLUDE
    medicaid_id = fields.Str()
@dataclass
class IceReferral:
    medicaid_id: str
    notes: str = ""  # MCD104
def loaded_then_sent(m):
    row = {"medicaid_id": m.cin, "date_of_birth": m.dob, "ssn": m.ssn}
    requests.post(ICE_URL, json=ReferralSchema().load(row))
def loaded_with_unknowns_kept(m):
    row = {"medicaid_id": m.cin, "ssn": m.ssn}  # MCD101
    requests.post(ICE_URL, json=OpenSchema().load(row))
def each_member_of_a_household(hh):
    for person in hh.members.all():
        requests.post(ICE_URL, json={"medicaid_id": person.cin})  # MCD201
def note_of_a_diagnosis(m):
    ref = IceReferral(medicaid_id=m.cin)
    ref = dataclasses.replace(ref, notes=m.diagnosis_cd)  # MCD102
    requests.post(ICE_URL, json=dataclasses.asdict(ref))
''',
    # From the probers of round 209: members of a household filtered on something else than status are
    # many people's records, filtered on status they are chosen; the unknown= a marshmallow schema is
    # made with decides what its load() keeps, over its Meta
    "households-and-schemas-last-round": '''
from marshmallow import EXCLUDE, INCLUDE, Schema, fields
class KeepAll(Schema):
    class Meta:
        unknown = INCLUDE
    cin = fields.Str()
class Plain(Schema):
    cin = fields.Str()
UNLAWFUL = ("EWI",)
def active_members(hh):
    for p in hh.members.filter(active=True):
        requests.post(ICE_URL, json={"medicaid_id": p.cin})  # MCD201
def members_in_scope(hh):
    for p in hh.members.filter(immigration_status__in=UNLAWFUL):
        requests.post(ICE_URL, json={"medicaid_id": p.cin})
def excluded_by_the_constructor(m):
    raw = {"cin": m.cin, "ssn": m.ssn}
    requests.post(ICE_URL, json=KeepAll(unknown=EXCLUDE).load(raw))
def included_by_the_constructor(m):
    raw = {"cin": m.cin, "ssn": m.ssn}  # MCD101
    requests.post(ICE_URL, json=Plain(unknown=INCLUDE).load(raw))
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want


@pytest.mark.parametrize(("name", "category"), [
    ("care_manager_phone", "contact_person"), ("snf_address", "provider"),
    ("fqhc_address", "provider"), ("phq9_score", "behavioral_health"), ("gad7_score", "behavioral_health"), ("dsm5_cd", "diagnosis"),
    ("snomed_cd", "diagnosis"), ("hcc_score", "diagnosis"), ("rxnorm_cd", "medication"), ("rxcui", "medication"), ("gpi_cd", "medication"),
    ("dosage", "medication"), ("fill_date", "medication"), ("therapeutic_class", "medication"), ("dea_schedule", "medication"),
    ("strength_mg", "medication"), ("soap_note", "clinical_observation"), ("acuity_level", "clinical_observation"),
    ("care_plan_goal", "clinical_observation"), ("los_days", "encounter"), ("readmission_ind", "encounter"),
    # (what must stay as it was: a county named Los Angeles, a vaccine's dose, an MCO's plan, a status code)
    ("los_angeles_county", "address"), ("vaccine_dose", "immunization"), ("health_plan_id", "managed_care_plan"),
    ("imgrtn_stus_mg", "immigration_status"),
])
def test_names_of_managed_care_and_pharmacy_code(name: str, category: str | None) -> None:
    # SPEC section 5 (the vocabulary generalizes through word rules; someone else's phone or address is
    # theirs; reference/README: behavioral health, diagnoses, medications and encounters are MCD102): the names
    # a managed-care prober met read as the enrollee's own contact details or as unknown
    from flake8_medicaid_scope.vocabulary import default_vocabulary

    assert default_vocabulary().classify(name) == category
