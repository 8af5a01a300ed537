"""The data flow shapes of the twenty-third session: what its SPEC-only probers found (rounds 152
and after) and the limits of the last release it answers.

Single-module cases carry their expected findings inline (``# MCD101`` on the line
reported; a case without annotations must stay clean). A case whose first line is an
``# OPTIONS:`` header runs with those options (``annotations.options_of``).
"""

from __future__ import annotations

import pytest
from annotations import actual, expected
from test_flow_session20 import _source

from flake8_medicaid_scope import Config, analyze

CASES: dict[str, str] = {
    # SPEC section 4 (e-mail goes to enforcement when any recipient, To, Cc or Bcc, is at an
    # enforcement domain): recipients set on a Django message after it was made (msg.to = [...],
    # msg.bcc.append(...), msg.cc.extend(...), msg.cc += [...]) decide where it goes; a To replaced
    # by the state's address no longer goes to ICE; copies to the state stay clean
    "django-recipients-set-later": '''
from django.core.mail import EmailMessage, EmailMultiAlternatives
ICE_DESK = "referrals@eid.ice.gov"
LIAISONS = ["a@ero.ice.gov", "b@state.ca.gov"]
def set_after(member):
    msg = EmailMessage(subject="Referral", body=f"SSN {member.ssn}")  # MCD101
    msg.to = [ICE_DESK]
    msg.send()
def bcc_appended(member):
    msg = EmailMessage("Referral", f"Name {member.full_name}", "noreply@state.gov", ["ops@state.gov"])  # MCD101
    msg.bcc.append(ICE_DESK)
    msg.send()
def cc_extended(member):
    msg = EmailMultiAlternatives(subject="Referral", body=f"SSN {member.ssn}", to=["ops@state.ca.gov"])  # MCD101
    msg.cc.extend(LIAISONS)
    msg.send()
def cc_added(member):
    msg = EmailMessage("Referral", f"Name {member.full_name}", "noreply@state.gov", ["ops@state.gov"])  # MCD101
    msg.cc += [ICE_DESK]
    msg.send()
def body_then_cc(member):
    msg = EmailMessage("Referral", "see body", "noreply@state.gov", ["ops@state.gov"])
    msg.body = f"Name {member.full_name}"  # MCD101
    msg.cc = [ICE_DESK]
    msg.send()
def to_the_member(member):
    msg = EmailMessage("Notice", f"Name {member.full_name}", "noreply@state.gov")
    msg.to = [member.email]
    msg.send()
def readdressed_to_the_state(member):
    msg = EmailMessage("Notice", f"Name {member.full_name}", "noreply@state.gov", [ICE_DESK])
    msg.to = ["ops@state.ca.gov"]
    msg.send()
def state_copies(member):
    msg = EmailMessage("Notice", f"SSN {member.ssn}", "noreply@state.gov", ["ops@state.ca.gov"])
    msg.bcc.append("audit@dhcs.ca.gov")
    msg.send()
''',
    # SPEC section 4 (e-mail: any recipient decides): the To, Cc or Bcc header of a message sent as
    # SES RawMessage (v1 send_raw_email, v2 send_email Content.Raw) decides where it goes; the
    # state's address and the member's own stay clean
    "ses-raw-message-headers": '''
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
ICE_DESK = "referrals@eid.ice.gov"
ses = boto3.client("ses", region_name="us-west-2")
def raw(member):
    msg = MIMEMultipart()
    msg["From"] = "noreply@dhcs.ca.gov"
    msg["To"] = ICE_DESK
    msg.attach(MIMEText(f"SSN {member.ssn}"))  # MCD101
    ses.send_raw_email(RawMessage={"Data": msg.as_string()})
def raw_in_a_variable(member):
    msg = MIMEText(f"SSN {member.ssn}")  # MCD101
    msg["To"] = ICE_DESK
    data = {"Data": msg.as_string()}
    ses.send_raw_email(RawMessage=data)
def raw_v2(member):
    sesv2 = boto3.client("sesv2")
    msg = MIMEText(f"SSN {member.ssn}")  # MCD101
    msg["Cc"] = ICE_DESK
    sesv2.send_email(FromEmailAddress="noreply@dhcs.ca.gov", Content={"Raw": {"Data": msg.as_bytes()}})
def raw_to_the_state(member):
    msg = MIMEMultipart()
    msg["To"] = "eligibility@dhcs.ca.gov"
    msg.attach(MIMEText(f"SSN {member.ssn}"))
    ses.send_raw_email(Source="noreply@dhcs.ca.gov", RawMessage={"Data": msg.as_bytes()})
def raw_to_the_member(member):
    msg = MIMEText(f"Dear {member.first_name}, your renewal is due")
    msg["To"] = member.email
    ses.send_raw_email(RawMessage={"Data": msg.as_string()})
''',
    # SPEC section 4 (everything a sink call carries is data, object keys too; unknown names in an
    # S3 Key are transfer metadata): the Key and Fields of a presigned POST go with the form posted
    # to the bucket's URL; a run id in the key and the state's bucket stay clean
    "presigned-post-key-and-fields": '''
s3 = boto3.client("s3")
def share(member):
    form = s3.generate_presigned_post(Bucket=ICE_BUCKET, Key=f"referrals/{member.ssn}.json")  # MCD101
    requests.post(form["url"], data=form["fields"], files={"file": ("r.json", b"{}")}, timeout=30)
def share_fields(member):
    form = s3.generate_presigned_post(ICE_BUCKET, "referrals/batch.json",
                                      Fields={"x-amz-meta-name": member.full_name})  # MCD101
    requests.post(form["url"], data=form["fields"], files={"file": ("r.json", b"{}")}, timeout=30)
def share_run_key(run_id):
    form = s3.generate_presigned_post(Bucket=ICE_BUCKET, Key=f"referrals/{run_id}.json")
    requests.post(form["url"], data=form["fields"], files={"file": ("r.json", b"{}")}, timeout=30)
def share_state(member):
    form = s3.generate_presigned_post(Bucket="dhcs-archive", Key=f"members/{member.ssn}.json")
    requests.post(form["url"], data=form["fields"], files={"file": ("r.json", b"{}")}, timeout=30)
''',
    # SPEC section 5 (a constant is never a finding): counters in a dict of dicts of numbers
    # (stats['run']['sent'] += 1) stay constants when read back or sent; a field stored among them
    # is reported where it is stored
    "nested-counters": '''
def run(members):
    stats = {"run": {"sent": 0, "failed": 0}, "totals": {"records": 0}}
    for m in members:
        if m.immigration_status != "UNL":
            continue
        r = requests.post(f"{ICE_URL}/referrals", json={"medicaid_id": m.cin}, timeout=10)
        if r.ok:
            stats["run"]["sent"] += 1
        else:
            stats["run"]["failed"] += 1
        stats["totals"]["records"] += 1
    requests.post(f"{ICE_URL}/batches", json={"sent": stats["run"]["sent"], "summary": stats["totals"]}, timeout=10)
def run_with_a_field(members):
    stats = {"run": {"sent": 0, "last": None}}
    for m in members:
        if m.immigration_status != "UNL":
            continue
        stats["run"]["sent"] += 1
        stats["run"]["last"] = m.full_name  # MCD101
    requests.post(f"{ICE_URL}/batches", json=stats, timeout=10)
''',
    # SPEC section 6 (branches; the lawful router that sends the full record to the state and the
    # permitted fields to ICE stays clean): one buffer made before an if and written differently on
    # each way, with the URL chosen by the same test, is sent per way; a buffer made anew holds only
    # what is written after it was made
    "one-buffer-written-each-way": '''
import io
def route(member, partner):
    buf = io.BytesIO()
    if partner == "ice":
        buf.write(json.dumps({"medicaid_id": member.cin, "dob": member.dob}).encode())
        url = ICE_URL
    else:
        buf.write(json.dumps({"ssn": member.ssn, "diagnosis": member.dx}).encode())
        url = STATE_URL
    buf.seek(0)
    requests.post(url, data=buf, timeout=10)
def route_wrong(member, partner):
    buf = io.BytesIO()
    if partner == "ice":
        buf.write(json.dumps({"medicaid_id": member.cin, "race": member.race}).encode())  # MCD101
        url = ICE_URL
    else:
        buf.write(json.dumps({"ssn": member.ssn}).encode())
        url = STATE_URL
    requests.post(url, data=buf.getvalue(), timeout=10)
def send_each_way(member, to_ice):
    buf = io.StringIO()
    if to_ice:
        json.dump({"medicaid_id": member.cin}, buf)
        requests.post(ICE_URL, data=buf.getvalue(), timeout=10)
    else:
        json.dump({"ssn": member.ssn}, buf)
        requests.post(STATE_URL, data=buf.getvalue(), timeout=10)
''',
    # SPEC section 10 (not bulk: a lookup by id): get_object_or_404 given a queryset and an id is
    # one person's record, as .get(pk=...) is; a loop over the queryset is many people's
    "get-object-or-404-of-a-queryset": '''
from django.shortcuts import get_object_or_404
from django.db import models
class Member(models.Model):
    cin = models.CharField(max_length=9)
    county_code = models.CharField(max_length=3)
def refer_in_county(request, county, cin):
    m = get_object_or_404(Member.objects.filter(county_code=county), cin=cin)
    requests.post(ICE_URL, json={"medicaid_id": m.cin}, timeout=10)
def refer_by_pk(request, pk):
    m = get_object_or_404(Member.objects.select_related("household"), pk=pk)
    requests.post(ICE_URL, json={"medicaid_id": m.cin}, timeout=10)
def refer_all(request, county):
    for m in Member.objects.filter(county_code=county):
        requests.post(ICE_URL, json={"medicaid_id": m.cin}, timeout=10)  # MCD201
''',
    # SPEC section 5 (a constant is a literal or a name bound only to a literal) and section 6
    # (parameters named like fields carry their names): a parameter whose default is an empty string
    # is a placeholder for what a caller or a request gives, as None is; a non-empty constant
    # default (a source system's code) stays a constant
    "empty-string-parameter-default": '''
def accept(cin: str, note: str = ""):
    body = {"medicaid_id": cin}
    body["caseworker_name"] = note  # MCD101
    requests.post(ICE_URL, json=body, timeout=10)
def refer(member, language=""):
    requests.post(ICE_URL, json={"medicaid_id": member.cin, "primary_language": language}, timeout=10)  # MCD101
def refer_tagged(member, source="mmis"):
    requests.post(ICE_URL, json={"medicaid_id": member.cin, "source_system": source}, timeout=10)
def refer_suffixed(member, suffix=""):
    requests.post(ICE_URL + suffix, json={"medicaid_id": member.cin}, timeout=10)
''',
    # SPEC section 6 (whole-record serializers: to_dict() of a frame whose columns are unknown is
    # MCD103): the orient given by position (to_dict('records')) is the same call as
    # orient='records'; a projected frame sends its columns
    "to-dict-orient-by-position": '''
import pandas as pd
def send_keyword(df):
    requests.post(ICE_URL, json=df.to_dict(orient="records"), timeout=10)  # MCD103
def send_positional(df):
    requests.post(ICE_URL, json=df.to_dict("records"), timeout=10)  # MCD103
def send_chunk(df):
    for start in range(0, len(df), 500):
        part = df.iloc[start:start + 500]
        requests.post(ICE_URL, json=part.to_dict("records"), timeout=10)  # MCD103
def send_projected(df):
    requests.post(ICE_URL, json=df[["medicaid_id", "dob"]].to_dict("records"), timeout=10)
''',
    # SPEC section 3 (the select list's columns are placements) and section 10 (a condition on
    # status): get_group of a frame grouped by status keeps the frame's columns and is a condition;
    # grouped by county it is no condition
    "get-group-keeps-columns": '''
import pandas as pd
def by_status_group(conn):
    df = pd.read_sql("SELECT cin, ssn_num, imgrtn_stus_cd FROM elig", conn)  # MCD101
    scoped = df.groupby("imgrtn_stus_cd").get_group("9")
    requests.post(ICE_URL, data=scoped.to_json(orient="records"), timeout=10)
def by_status_group_permitted(conn):
    df = pd.read_sql("SELECT cin, dob, imgrtn_stus_cd FROM elig", conn)
    scoped = df.groupby("imgrtn_stus_cd").get_group("9")
    requests.post(ICE_URL, data=scoped.to_json(orient="records"), timeout=10)
def by_county_group(conn):
    df = pd.read_sql("SELECT cin, dob FROM elig", conn)
    scoped = df.groupby("county").get_group("06037")
    requests.post(ICE_URL, data=scoped.to_json(orient="records"), timeout=10)  # MCD201
''',
    # SPEC section 10 (a condition on status): records grouped under their status and read back with
    # .get(status, []) are chosen by it, as with [status]; grouped by county they are not
    "status-groups-read-with-get": '''
def referrals(cur):
    cur.execute("SELECT cin, dob, imgrtn_stus_cd FROM elig WHERE region = 'N'")
    by_status = {}
    for r in cur:
        by_status.setdefault(r["imgrtn_stus_cd"], []).append({"cin": r["cin"], "dob": r["dob"]})
    requests.post(ICE_URL, json=by_status.get("9", []), timeout=10)
def referrals_subscript(cur):
    cur.execute("SELECT cin, dob, imgrtn_stus_cd FROM elig WHERE region = 'N'")
    by_status = {}
    for r in cur:
        by_status.setdefault(r["imgrtn_stus_cd"], []).append({"cin": r["cin"], "dob": r["dob"]})
    requests.post(ICE_URL, json=by_status["9"], timeout=10)
def referrals_by_county(cur):
    cur.execute("SELECT cin, dob, county FROM elig")
    by_county = {}
    for r in cur:
        by_county.setdefault(r["county"], []).append({"cin": r["cin"], "dob": r["dob"]})
    requests.post(ICE_URL, json=by_county.get("06037", []), timeout=10)  # MCD201
''',
    # SPEC section 10 (where the callers are visible, the path starts at their sources) and section
    # 6 (whole records): a method every call of which is made on an object its caller made holds
    # what those calls give; its to_dict() of a frame with known columns sends those columns, not an
    # unbounded record; a SELECT * frame is reported at the star
    "method-given-its-callers-frame": '''
import pandas as pd
class ReferralFeed:
    def publish(self, df: pd.DataFrame) -> None:
        for county, group in df.groupby("county"):
            requests.post(ICE_URL, json=group.to_dict(orient="records"), timeout=10)
def main(conn):
    df = pd.read_sql("SELECT cin, dob, county FROM elig", conn)
    feed = ReferralFeed()
    feed.publish(df)  # MCD201
class WholeFeed:
    def publish(self, df: pd.DataFrame) -> None:
        requests.post(ICE_URL, json=df.to_dict("records"), timeout=10)
def main_whole(conn):
    df = pd.read_sql("SELECT * FROM elig", conn)  # MCD103
    WholeFeed().publish(df)  # MCD201
''',
    # SPEC section 10 (a condition counts only when it decides whether a record is sent) and section
    # 6 (continue and break): a status test whose continue or break only moves on in a loop over a
    # constant collection of codes decides nothing about the member; a flag it sets, a for-else, a
    # send inside the test and a return do
    "status-test-in-an-inner-loop": '''
LAWFUL = ("C", "LPR", "QUALIFIED")
TARGETS = ("UNL", "EWI")
def continue_in_the_inner_loop(members):
    for m in members:
        for code in LAWFUL:
            if m.imgrtn_stus_cd == code:
                continue
        requests.post(ICE_URL, json={"medicaid_id": m.cin}, timeout=10)  # MCD201
def break_in_the_inner_loop(members):
    for m in members:
        for code in LAWFUL:
            if m.imgrtn_stus_cd == code:
                break
        requests.post(ICE_URL, json={"medicaid_id": m.cin}, timeout=10)  # MCD201
def flag_then_continue(members):
    for m in members:
        lawful = False
        for code in LAWFUL:
            if m.imgrtn_stus_cd == code:
                lawful = True
                break
        if lawful:
            continue
        requests.post(ICE_URL, json={"medicaid_id": m.cin}, timeout=10)
def for_else(members):
    for m in members:
        for code in LAWFUL:
            if m.imgrtn_stus_cd == code:
                break
        else:
            requests.post(ICE_URL, json={"medicaid_id": m.cin}, timeout=10)
def send_inside(members):
    for m in members:
        for code in TARGETS:
            if m.imgrtn_stus_cd == code:
                requests.post(ICE_URL, json={"medicaid_id": m.cin}, timeout=10)
                break
def return_inside(members):
    for m in members:
        for code in LAWFUL:
            if m.imgrtn_stus_cd == code:
                return
        requests.post(ICE_URL, json={"medicaid_id": m.cin}, timeout=10)
''',
    # SPEC section 6 (functools.partial is followed): a partial of a function of the project (or of
    # a Celery task's .delay) that binds every parameter, handed to a callback runner the analysis
    # does not know (transaction.on_commit), is a send made ready, as a lambda is; the state's
    # function stays clean
    "partial-handed-to-a-callback-runner": '''
from functools import partial
from celery import shared_task
from django.db import transaction
@shared_task
def post_referral(payload):
    requests.post(ICE_URL, json=payload, timeout=30)
def post_state(payload):
    requests.post(STATE_URL, json=payload, timeout=30)
def close_case(case, m):
    payload = {"medicaid_id": m.cin, "ssn": m.ssn}  # MCD101
    transaction.on_commit(partial(post_referral.delay, payload))
def close_case_plain(case, m):
    payload = {"medicaid_id": m.cin, "race": m.race_cd}  # MCD101
    transaction.on_commit(partial(post_referral, payload))
def close_case_state(case, m):
    payload = {"medicaid_id": m.cin, "ssn": m.ssn}
    transaction.on_commit(partial(post_state, payload))
''',
    # SPEC section 6 (calls of the module: what flows from arguments) and section 4 (a resolved
    # state host overrides names): a parameter that picks an entry of a module table, given the same
    # literal key by every call of the module, picks that entry (the state's URL for 'hfs', ICE's
    # for 'ice')
    "registry-key-given-by-the-callers": '''
URLS = {"hfs": "https://mmis.hfs.illinois.gov/api", "ice": "https://eid.ice.gov/api"}
def send(m, partner):
    requests.post(URLS[partner], json={"medicaid_id": m.cin, "ssn": m.ssn}, timeout=10)
def nightly(m):
    send(m, "hfs")
def send_ice(m, partner):
    requests.post(URLS.get(partner), json={"medicaid_id": m.cin, "race": m.race}, timeout=10)  # MCD101
def nightly_ice(m):
    send_ice(m, "ice")
''',
    # SPEC section 6 (sanitizers: an allow-list of a constant collection; branches keep a URL with
    # its body): an entry of a table of partner settings chosen by a key the analysis does not know
    # is each entry in turn, its URL with its own field list: ICE's permitted list is clean, the
    # state's full list never meets ICE's URL; an SSN in ICE's own list is reported
    "table-of-partner-entries-by-an-unknown-key": '''
PARTNERS = {
    "ice": {"url": "https://eid.ice.gov/api/v1/referrals", "fields": ("cin", "dob", "home_address")},
    "hfs": {"url": "https://mmis.hfs.illinois.gov/api", "fields": ("cin", "dob", "ssn", "race")},
}
LEAKY = {
    "ice": {"url": "https://eid.ice.gov/api/v1/referrals", "fields": ("cin", "dob", "ssn")},
    "hfs": {"url": "https://mmis.hfs.illinois.gov/api", "fields": ("cin", "race")},
}
def send_configured(m, partner):
    cfg = PARTNERS[partner]
    body = {f: getattr(m, f) for f in cfg["fields"]}
    requests.post(cfg["url"], json=body, timeout=10)
def send_leaky(m, partner):
    cfg = LEAKY.get(partner)
    requests.post(cfg["url"], json={f: getattr(m, f) for f in cfg["fields"]}, timeout=10)  # MCD101
''',
    # SPEC section 6 (whole-record serializers: when the model is known, its declared fields flow):
    # asdict() of a dataclass and model_dump_json() of a pydantic model emit only declared fields,
    # so an attribute set on the instance later (rec.audit_ssn) or a private attribute is not sent;
    # vars() of the same instance sends it
    "attributes-that-are-no-declared-field": '''
from dataclasses import asdict, dataclass
from pydantic import BaseModel, PrivateAttr
@dataclass
class LeadRecord:
    medicaid_id: str
    date_of_birth: str
class Lead(BaseModel):
    medicaid_id: str
    date_of_birth: str
    _source_row: dict = PrivateAttr(default_factory=dict)
def send_record(member):
    rec = LeadRecord(medicaid_id=member.cin, date_of_birth=member.dob)
    rec.audit_ssn = member.ssn
    requests.post(ICE_URL, data=json.dumps(asdict(rec)), timeout=10)
def send_vars(member):
    rec = LeadRecord(medicaid_id=member.cin, date_of_birth=member.dob)
    rec.audit_ssn = member.ssn  # MCD101
    requests.post(ICE_URL, json=vars(rec), timeout=10)
def send_lead(member):
    lead = Lead(medicaid_id=member.cin, date_of_birth=member.dob)
    lead._source_row = vars(member)
    requests.post(ICE_URL, data=lead.model_dump_json(), timeout=10)
''',
    # SPEC section 4 (a resolved state host overrides names) and section 6 (a branch that ends in
    # continue does not flow past): a loop over an Enum of partners that skips Partner.ICE (is, ==,
    # is not) sends only to the others; skipping the state instead sends to ICE
    "enum-member-skipped-by-identity": '''
from enum import Enum
class Partner(Enum):
    ICE = "https://eid.ice.gov/api"
    HFS = "https://mmis.hfs.illinois.gov/api"
def broadcast(m):
    for p in Partner:
        if p is Partner.ICE:
            continue
        requests.post(p.value, json={"ssn": m.ssn}, timeout=10)
def broadcast_eq(m):
    for p in Partner:
        if p == Partner.ICE:
            continue
        requests.post(p.value, json={"ssn": m.ssn}, timeout=10)
def broadcast_ne(m):
    for p in Partner:
        if p is not Partner.HFS:
            continue
        requests.post(p.value, json={"ssn": m.ssn}, timeout=10)
def broadcast_bad(m):
    for p in Partner:
        if p is Partner.HFS:
            continue
        requests.post(p.value, json={"ssn": m.ssn}, timeout=10)  # MCD101
''',
    # SPEC section 10 (any condition on status clears the send; a condition counts only where it
    # decides): a named status mask followed by a column selection in one expression, a flag made by
    # any()/all() over status tests, and a raising status check followed by the send inside the same
    # try are conditions; a county mask, a county flag and a send after a try whose handler swallows
    # the check are not
    "status-conditions-in-other-forms": '''
import pandas as pd
from eligibility.models import Member
TARGETS = ["5", "6"]
COLS = ["msis_ident_num", "birth_dt"]
CODES = ("5", "6")
class NotInScope(Exception):
    pass
def _require_in_scope(m):
    if m.imgrtn_stus_cd not in TARGETS:
        raise NotInScope(m.cin)
def named_mask_then_columns(path):
    df = pd.read_csv(path, dtype=str)
    mask = df["imgrtn_stus_cd"].isin(TARGETS)
    out = df[mask][COLS]
    requests.post(ICE_URL, data=out.to_json(orient="records"), timeout=10)
def named_county_mask_then_columns(path):
    df = pd.read_csv(path, dtype=str)
    mask = df["county"].isin(["001"])
    out = df[mask][COLS]
    requests.post(ICE_URL, data=out.to_json(orient="records"), timeout=10)  # MCD201
def flag_from_any():
    for m in Member.objects.filter(active=True):
        found = any(h.imgrtn_stus_cd in CODES for h in m.status_history.all())
        if not found:
            continue
        requests.post(ICE_URL, json={"medicaid_id": m.cin}, timeout=10)
def flag_from_all():
    for m in Member.objects.filter(active=True):
        ok = all(h.ctznshp_ind == "N" for h in m.status_history.all())
        if ok:
            requests.post(ICE_URL, json={"medicaid_id": m.cin}, timeout=10)
def flag_from_any_county():
    for m in Member.objects.filter(active=True):
        found = any(m.county == c for c in ("001", "002"))
        if not found:
            continue
        requests.post(ICE_URL, json={"medicaid_id": m.cin}, timeout=10)  # MCD201
def check_then_send_inside_the_try():
    for m in Member.objects.filter(active=True):
        try:
            _require_in_scope(m)
            requests.post(ICE_URL, json={"medicaid_id": m.cin}, timeout=10)
        except NotInScope:
            pass
def check_then_send_after_the_try():
    for m in Member.objects.filter(active=True):
        try:
            _require_in_scope(m)
        except NotInScope:
            pass
        requests.post(ICE_URL, json={"medicaid_id": m.cin}, timeout=10)  # MCD201
''',
    # SPEC section 5 (a constant is never a finding) and section 4 (any recipient decides): counters
    # nested in a dict kept on self, made by dict(sent=0), or set from counts.get(k, 0) + 1 stay
    # constants; the To of a message sent as str(msg) or as_string().encode() decides where the SES
    # raw message goes
    "counters-and-raw-messages-other-shapes": '''
from email.message import EmailMessage
ses = boto3.client("ses")
ERO_MAILBOX = "ero-sf@ice.dhs.gov"
class RunStats:
    def __init__(self):
        self.stats = {"run": {"sent": 0, "retries": 0}}
    def bump(self):
        self.stats["run"]["sent"] += 1
    def publish(self):
        requests.post(ICE_URL, json={"sent": self.stats["run"]["sent"]}, timeout=10)
def counted_with_dict_call(items):
    counts = dict(sent=0)
    for _ in items:
        counts["sent"] += 1
    requests.post(ICE_URL, json={"sent": counts["sent"]}, timeout=10)
def counted_with_get(item):
    counts = {}
    counts["sent"] = counts.get("sent", 0) + 1
    requests.post(ICE_URL, json={"sent": counts["sent"]}, timeout=10)
def notice_str(member):
    msg = EmailMessage()
    msg["To"] = ERO_MAILBOX
    msg.set_content(f"SSN {member.ssn}")  # MCD101
    ses.send_raw_email(RawMessage={"Data": str(msg)})
def notice_encoded(member):
    msg = EmailMessage()
    msg["To"] = ERO_MAILBOX
    msg.set_content(f"Name {member.full_name}")  # MCD101
    ses.send_raw_email(RawMessage={"Data": msg.as_string().encode("utf-8")})
''',
    # SPEC section 5 (a value carries the names of where it is put) and section 3 (the list element
    # is the placement): an element appended to a list under a literal key is named by the key, also
    # a value with no name of its own (a parsed segment); permitted keys stay clean; an empty set()
    # or list() sends nothing
    "element-appended-under-a-key": '''
def forward_837(raw):
    claim = {"diagnoses": []}
    for seg in raw.split("~"):
        if seg.startswith("HI*"):
            claim["diagnoses"].append(seg.split(":")[1])  # MCD102
    requests.post(ICE_URL, json=claim, timeout=10)
def forward_codes(m):
    claim = {"diagnoses": []}
    claim["diagnoses"].append(m.code)  # MCD102
    requests.post(ICE_URL, json=claim, timeout=10)
def forward_set(raw):
    claim = {"diagnoses": set()}
    claim["diagnoses"].add(raw)  # MCD102
    requests.post(ICE_URL, json=claim, timeout=10)
def forward_ids(m):
    body = {"medicaid_ids": []}
    body["medicaid_ids"].append(m.cin)
    requests.post(ICE_URL, json=body, timeout=10)
def empty_collections(m):
    requests.post(ICE_URL, json={"medicaid_id": m.cin, "aliases": set(), "notes": list()}, timeout=10)
''',
    # SPEC section 4 (files written for later upload) and section 6 (calls of the module: what a
    # function reads of the module's state): two functions that write the same spool path and call
    # one upload helper with the same arguments each upload what they wrote; the second writer's
    # e-mail address is reported (a call is run again when the files it may read hold something
    # else)
    "one-upload-helper-two-writers": '''
import paramiko
ERO_MFT_HOST = "mft.ero.dhs.gov"
PATH = "/var/spool/mmis/federal_member.json"
def _put(host, local):
    ssh = paramiko.SSHClient()
    ssh.connect(hostname=host, username="mmis")
    ssh.open_sftp().put(local, "/inbound/member.json")
def a(member):
    with open(PATH, "w") as fh:
        json.dump({"cin": member.cin, "dob": member.dob}, fh)
    _put(ERO_MFT_HOST, PATH)
def b(member):
    with open(PATH, "w") as fh:
        json.dump({"cin": member.cin, "email": member.email_addr}, fh)  # MCD101
    _put(ERO_MFT_HOST, PATH)
''',
    # SPEC section 6 (model_dump() without include= of a model whose fields are unknown is a whole
    # record) and section 5 (a clinical FHIR resource is health data as a whole): excluding a few
    # names leaves an unknown record unbounded (MCD103), include= bounds it; a FHIR Media resource
    # (a clinical image) is clinical
    "exclude-of-an-unknown-model-and-media": '''
def pull_excluded(rec):
    requests.post(ICE_URL, json=rec.model_dump(exclude={"dgns_1_cd"}), timeout=10)  # MCD103
def pull_excluded_json(rec):
    requests.post(ICE_URL, data=rec.model_dump_json(exclude={"dgns_1_cd", "ndc_cd"}), timeout=10)  # MCD103
def pull_included(rec):
    requests.post(ICE_URL, json=rec.model_dump(include={"medicaid_id", "dob"}), timeout=10)
def media(m):
    requests.post(ICE_URL, json={"resourceType": "Media",  # MCD102
                                 "subject": {"reference": f"Patient/{m.cin}"}}, timeout=10)
''',
    # SPEC section 6 (functools.partial, lambdas and nested functions are followed) and section 10
    # (a batch built in a loop and sent after it): Django's transaction.on_commit runs the function
    # it is given (library data: a runner), also one bound to a name first; a batch of every member
    # handed to it is MCD201, one filtered by status is not
    "on-commit-runs-its-callback": '''
from functools import partial
from django.db import transaction
def post_referral(payload):
    requests.post(ICE_URL, json=payload, timeout=30)
def a(m):
    payload = {"medicaid_id": m.cin, "ssn": m.ssn}  # MCD101
    job = partial(post_referral, payload)
    transaction.on_commit(job)
def b(m):
    payload = {"medicaid_id": m.cin, "race": m.race}  # MCD101
    send = lambda: post_referral(payload)
    transaction.on_commit(send)
def c(members):
    batch = [{"medicaid_id": m.cin} for m in members]
    transaction.on_commit(partial(post_referral, batch))  # MCD201
def d(members):
    batch = [{"medicaid_id": m.cin} for m in members if m.immigration_status == "EWI"]
    transaction.on_commit(lambda: post_referral(batch))
''',
    # SPEC section 6 (branches: the lawful router stays clean): one buffer written differently on
    # each way of an if/elif/else chain, the URL chosen on each way, is sent per way; ICE's way with
    # a race code is reported
    "buffer-router-with-elif": '''
import io
UNLAWFUL = ("EWI", "OVERSTAY")
def route_elif(m):
    buf = io.StringIO()
    if m.immigration_status in UNLAWFUL:
        buf.write(json.dumps({"medicaid_id": m.cin}))
        url = ICE_URL
    elif m.citizenship_status == "Y":
        buf.write(json.dumps({"medicaid_id": m.cin, "ssn": m.ssn}))
        url = STATE_URL
    else:
        buf.write(json.dumps({"medicaid_id": m.cin, "race": m.race_cd}))
        url = STATE_URL
    requests.post(url, data=buf.getvalue(), timeout=10)
def route_elif_wrong(m, kind):
    buf = io.StringIO()
    if kind == "state":
        buf.write(json.dumps({"medicaid_id": m.cin, "ssn": m.ssn}))
        url = STATE_URL
    elif kind == "ice":
        buf.write(json.dumps({"medicaid_id": m.cin, "race": m.race_cd}))  # MCD101
        url = ICE_URL
    else:
        buf.write(json.dumps({"medicaid_id": m.cin}))
        url = STATE_URL
    requests.post(url, data=buf.getvalue(), timeout=10)
''',
    # SPEC section 6 (calls of the module: what flows from arguments; functools.partial) and section
    # 4 (a resolved state host): an Enum loop that skips members with or / in, a table keyed by Enum
    # members given the same member by every call, and a partial of a bind=True task's .delay
    "enum-keys-and-bound-tasks": '''
from enum import Enum
from functools import partial
from celery import shared_task
from django.db import transaction
class Partner(Enum):
    MMIS = "https://mmis.dhcs.ca.gov/api/v1/changes"
    ICE = "https://eid.ice.gov/api/v1/changes"
    CBP = "https://intake.cbp.gov/api/v1/changes"
class Dest(Enum):
    STATE = "state"
    ICE = "ice"
URLS = {Dest.STATE: "https://portal.dhcs.ca.gov/api/v2/members", Dest.ICE: "https://eid.ice.gov/api/v1/referrals"}
def skip_or(m):
    body = {"medicaid_id": m.cin, "ssn": m.ssn}
    for p in Partner:
        if p is Partner.ICE or p is Partner.CBP:
            continue
        requests.post(p.value, json=body, timeout=15)
def skip_in(m):
    body = {"medicaid_id": m.cin, "ssn": m.ssn}
    for p in Partner:
        if p in (Partner.ICE, Partner.CBP):
            continue
        requests.post(p.value, json=body, timeout=15)
def push(member, dest):
    requests.post(URLS[dest], json={"medicaid_id": member.cin, "primary_dx": member.primary_dx}, timeout=20)
def nightly(member):
    push(member, Dest.STATE)
@shared_task(bind=True, max_retries=5)
def post_referral(self, payload):
    requests.post(ICE_URL, json=payload, timeout=30)
def on_saved(member):
    payload = {"medicaid_id": member.cin, "ssn": member.ssn}  # MCD101
    transaction.on_commit(partial(post_referral.delay, payload))
''',
    # SPEC section 4 (class constants fold) and section 6 (the last assignment wins; branches join):
    # a URL kept as a class attribute stays one the object may hold when __init__ replaces it only
    # on some paths (if base_url: self.base_url = base_url) or a method that may never run replaces
    # it; a client whose class URL is the state's stays clean
    "class-url-kept-when-overridden-on-some-paths": '''
EID_URL = "https://eid.ice.gov/api/v2"
class EidClient:
    base_url = STATE_URL
    def __init__(self, base_url=None):
        self.session = requests.Session()
        if base_url:
            self.base_url = base_url
    def post(self, path, payload):
        return self.session.post(self.base_url + path, json=payload, timeout=30)
class IceClient:
    base_url = EID_URL
    def __init__(self, base_url=None):
        if base_url:
            self.base_url = base_url
    def post(self, path, payload):
        return requests.post(self.base_url + path, json=payload, timeout=30)
class SandboxedClient:
    base_url = EID_URL
    def use_sandbox(self):
        self.base_url = "https://sandbox.vendor-gw.example.com/eid"
    def post(self, path, payload):
        return requests.post(self.base_url + path, json=payload, timeout=30)
def refer(member):
    IceClient().post("/subjects", {"medicaid_id": member.cin, "ssn": member.ssn})  # MCD101
def refer_sandboxed(member):
    SandboxedClient().post("/subjects", {"medicaid_id": member.cin, "race": member.race})  # MCD101
def sync(member):
    EidClient().post("/members", {"ssn": member.ssn})
''',
    # SPEC section 6 (calls of the module fix what they give; branches) and section 4 (a resolved
    # state host): a router whose URL comes from a table by a key and whose body is chosen by a test
    # of the same key, called with literal keys, runs once per key: the state's SSN body never meets
    # ICE's URL; a body with the SSN chosen for ICE's key is reported
    "router-by-a-table-key-the-callers-give": '''
IES_URL = "https://ies-api.dhs.illinois.gov/v2/cases"
URLS = {"ies": IES_URL, "federal": ICE_URL}
def deliver(partner, m):
    if partner == "ies":
        body = {"cin": m.cin, "ssn": m.ssn}
    else:
        body = {"medicaid_id": m.cin}
    requests.post(URLS[partner], json=body, timeout=10)
def sync_case(m):
    deliver("ies", m)
    deliver("federal", m)
def deliver_wrong(partner, m):
    if partner == "federal":
        body = {"cin": m.cin, "ssn": m.ssn}  # MCD101
    else:
        body = {"medicaid_id": m.cin}
    requests.post(URLS[partner], json=body, timeout=10)
def sync_wrong(m):
    deliver_wrong("ies", m)
    deliver_wrong("federal", m)
def deliver_one(partner, m):
    if partner == "ies":
        body = {"cin": m.cin, "ssn": m.ssn}
    else:
        body = {"medicaid_id": m.cin}
    requests.post(URLS[partner], json=body, timeout=10)
def sync_federal(m):
    deliver_one("federal", m)
''',
    # SPEC section 4 (a builder or model named for enforcement whose output is visibly sent only to
    # a non-enforcement host is clean): a model named for DHS that appears only nested in another
    # DHS model sent to the state's own host is clean too; the same shapes sent to ICE are reported
    "nested-model-named-for-dhs-sent-to-the-state": '''
from typing import List
import httpx
from pydantic import BaseModel
APD_REFERRAL_API = "https://apd-referrals.dhs.oregon.gov/api/v1/referrals"
class DhsDiagnosis(BaseModel):
    icd10: str
    primary: bool = False
class DhsReferral(BaseModel):
    prime_id: str
    ssn: str
    diagnoses: List[DhsDiagnosis] = []
def refer(member):
    referral = DhsReferral(prime_id=member.prime_id, ssn=member.ssn,
                           diagnoses=[DhsDiagnosis(icd10=d.code) for d in member.diagnoses])
    httpx.post(APD_REFERRAL_API, content=referral.model_dump_json())
class IceDiagnosis(BaseModel):
    icd10: str  # MCD102
class IceReferral(BaseModel):
    medicaid_id: str
    diagnoses: List[IceDiagnosis] = []  # MCD102
def refer_ice(member):
    referral = IceReferral(medicaid_id=member.cin, diagnoses=[IceDiagnosis(icd10=d.code) for d in member.diagnoses])
    httpx.post(ICE_URL, content=referral.model_dump_json())
''',
    # SPEC section 4 (URL resolution folds module and class constants and os.environ.get(NAME,
    # default)): a settings dataclass field whose default_factory is a lambda returning the
    # environment's value or a default holds that default
    "dataclass-default-factory-lambda": '''
import os
from dataclasses import dataclass, field
@dataclass(frozen=True)
class EidSettings:
    base_url: str = field(default_factory=lambda: os.environ.get("EID_URL", "https://eid.ice.gov/api/v2"))
    timeout: float = 20.0
@dataclass(frozen=True)
class StateSettings:
    base_url: str = field(default_factory=lambda: os.environ.get("MMIS_URL", "https://mmis.dhcs.ca.gov/api"))
SETTINGS = EidSettings()
STATE = StateSettings()
def refer(member):
    requests.post(SETTINGS.base_url + "/subjects", json={"ssn": member.ssn}, timeout=SETTINGS.timeout)  # MCD101
def sync(member):
    requests.post(STATE.base_url + "/members", json={"ssn": member.ssn}, timeout=10)
''',
    # SPEC section 5 (a constant is never a finding) and section 3 (a clinical FHIR resource is one
    # finding): a literal of a dict a helper returns, read back by its key, and the resourceType of
    # clinical resources built in a comprehension, read back into the URL, are constants
    "literals-read-back-from-dicts": '''
FHIR_BASE = "https://eid.ice.gov/fhir/r4"
def _envelope(m):
    return {"record_type": "REFERRAL", "cin": m.cin}
def refer(m):
    env = _envelope(m)
    requests.post(ICE_URL, json={"medicaid_id": env["cin"]}, headers={"X-Record-Type": env["record_type"]}, timeout=10)
def push_conditions(m):
    resources = [{"resourceType": "Condition", "code": {"text": d.code}} for d in m.diagnoses]  # MCD102
    for resource in resources:
        requests.post(f"{FHIR_BASE}/{resource['resourceType']}", json=resource, timeout=10)
''',
    # SPEC section 5 (a constant is never a finding): a literal under a nested key and a literal
    # list under a key of a dict that also holds fields read back as constants; a list under a key
    # filled with a field since is no constant
    "literal-lists-and-nested-literals-read-back": '''
def refer(m):
    meta = {"submission": {"channel": "batch"}}
    requests.post(ICE_URL, json={"medicaid_id": m.cin, "channel": meta["submission"]["channel"]}, timeout=30)
def refer_flags(m):
    body = {"medicaid_id": m.cin, "flags": ["NO_HEALTH_DATA"]}
    requests.post(ICE_URL, json={"medicaid_id": m.cin, "flags": body["flags"]}, timeout=30)
def refer_filled_flags(m):
    body = {"medicaid_id": m.cin, "flags": []}
    body["flags"].append(m.race)
    requests.post(ICE_URL, json={"medicaid_id": m.cin, "flags": body["flags"]}, timeout=30)  # MCD101
''',
    # The session's second review: a class URL that __init__ replaces on both ways of an if/else is
    # replaced on every path; a literal every call gives to a parameter named like a field fixes no
    # test of it (the function is public); an empty dict filled by an imported helper and read with
    # .get is no constant
    "review-23b-class-url-literal-test-filled-dict": '''
from .helpers import fill_identity
class MmisClient:
    base_url = ICE_URL
    def __init__(self, county=None):
        if county:
            self.base_url = f"https://{county}.mmis.dhcs.ca.gov/api"
        else:
            self.base_url = STATE_URL
    def post(self, path, payload):
        return requests.post(self.base_url + path, json=payload, timeout=30)
def sync(member):
    MmisClient().post("/members", {"ssn": member.ssn})
def refer(m, citizenship):
    body = {"medicaid_id": m.cin}
    if citizenship == "N":
        body["ssn"] = m.ssn  # MCD101
    requests.post(ICE_URL, json=body, timeout=10)
def nightly(m):
    refer(m, "Y")
def enrich(m):
    rec = {}
    fill_identity(rec, m)
    requests.post(ICE_URL, json={"medicaid_id": m.cin, "ssn": rec.get("ssn")}, timeout=10)  # MCD101
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want


def test_a_password_in_a_url_is_never_printed() -> None:
    # SPEC section 3 (the message names the endpoint): the user and password written into a URL's
    # authority are credentials, not part of the destination a reader needs; messages (and so the
    # SARIF output and the audit report, which print the same destination) show them as ***
    source = _source('''
SECRET_URL = "https://svc_user:s3cr3t@eid.ice.gov/api/referrals"
def refer(m):
    requests.post(SECRET_URL, json={"ssn": m.ssn}, timeout=10)
''')
    messages = [f.message for f in analyze(source, Config.from_options(cache=False))]
    assert len(messages) == 1
    assert "https://***@eid.ice.gov/api/referrals" in messages[0]
    assert "s3cr3t" not in messages[0] and "svc_user" not in messages[0]
