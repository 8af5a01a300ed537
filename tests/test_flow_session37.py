"""The data flow shapes of the thirty-seventh session: what its SPEC-only probers found (round 243
and after) and the README limits it lifted.

Single-module cases carry their expected findings inline (``# MCD101`` on the line
reported; a case without annotations must stay clean). A case whose first line is an
``# OPTIONS:`` header runs with those options (``annotations.options_of``).
"""

from __future__ import annotations

import pytest
from annotations import actual, expected
from test_flow_session20 import _source
from test_flow_session36 import ROUTED_CLIENT

CASES: dict[str, str] = {
    # SPEC section 4 (a client object's destination): setattr(m, k, v) on an object a function made of another class
    # (a test double) leaves Client("state") fixed; setattr on an object of the client's own class unfixes it
    "setattr-on-an-unrelated-object-keeps-the-constructor-fixed": ROUTED_CLIENT + '''
def fake_member(**kw):
    class M:
        pass
    m = M()
    for k, v in kw.items():
        setattr(m, k, v)
    return m
def to_state(member):
    return Client("state").send({"ssn": member.ssn, "dx": member.prmry_dgns_cd})
''',
    "setattr-on-an-object-of-the-client-class-unfixes-it": ROUTED_CLIENT + '''
def configured(**overrides):
    c = Client("state")
    for k, v in overrides.items():
        setattr(c, k, v)
    return c
def to_state(member):
    return Client("state").send({"ssn": member.ssn})  # MCD101
''',
    # SPEC section 4 (a builder named for enforcement whose output is visibly sent only to a non-enforcement host is
    # clean): recipients given as a list, SES's Destination dict, a file written and put on a state SFTP host, a
    # Kafka broker on a state host (the topic is a name on the broker, not a host)
    "builder-output-sent-only-to-state-recipients-and-hosts": '''
import smtplib
import boto3
import paramiko
from kafka import KafkaProducer
AUDIT = ["audit@dhs.state.mn.us", "privacy@dhs.state.mn.us"]
def build_ice_disclosure_accounting(rows):
    return "\\n".join(f"{r['ssn_num']},{r['elgbl_last_name']}" for r in rows)
def by_mail(rows):
    with smtplib.SMTP("smtp.dhs.state.mn.us") as s:
        s.sendmail("batch@dhs.state.mn.us", AUDIT, build_ice_disclosure_accounting(rows))
def by_ses(rows):
    boto3.client("ses").send_email(Source="batch@dhs.state.mn.us", Destination={"ToAddresses": ["audit@dhs.state.mn.us"]},
                                   Message={"Body": {"Text": {"Data": build_ice_disclosure_accounting(rows)}}})
def by_sftp(rows):
    with open("/var/spool/audit/disclosures.csv", "w") as fh:
        fh.write(build_ice_disclosure_accounting(rows))
    ssh = paramiko.SSHClient()
    ssh.connect(hostname="mft.state.mn.us", username="audit")
    ssh.open_sftp().put("/var/spool/audit/disclosures.csv", "/in/disclosures.csv")
def by_kafka(rows):
    p = KafkaProducer(bootstrap_servers="kafka.state.mn.us:9093")
    p.send("audit.disclosures", value=build_ice_disclosure_accounting(rows).encode())
''',
    # ... a list of brokers (a comma-separated string, or a list built in steps) reaches ICE when any broker is ICE's
    "kafka-broker-list-with-an-enforcement-broker": '''
import json
from kafka import KafkaProducer
STATE_BROKERS = ["kafka1.dhs.state.mn.us:9092"]
def publish(member):
    brokers = list(STATE_BROKERS)
    brokers.append("kafka.ero.dhs.gov:9092")
    producer = KafkaProducer(bootstrap_servers=brokers)
    producer.send("referrals.v1", value=json.dumps({"cin": member.cin, "email": member.email}).encode())  # MCD101
def publish_text(member):
    producer = KafkaProducer(bootstrap_servers="kafka1.dhs.state.mn.us:9092,kafka.ero.dhs.gov:9092")
    producer.send("referrals.v1", value=json.dumps({"cin": member.cin, "race": member.race}).encode())  # MCD101
def publish_state(member):
    producer = KafkaProducer(bootstrap_servers="kafka1.dhs.state.mn.us:9092,kafka2.dhs.state.mn.us:9092")
    producer.send("ice.referrals.v1", value=json.dumps({"cin": member.cin, "race": member.race}).encode())
''',
    # ... but an SES Destination with an entry not known (a Bcc from the environment or a parameter) is not visibly
    # sent only to the state
    "builder-output-mailed-by-ses-with-a-bcc-not-known": '''
import os
import boto3
ses = boto3.client("ses")
def build_ice_referral(m):
    return {"ssn": m.ssn, "name": m.full_name}  # MCD101 MCD101
def mail_env(m):
    ses.send_email(Source="noreply@dhs.state.mn.us", Message={"Body": {"Text": {"Data": str(build_ice_referral(m))}}},
                   Destination={"ToAddresses": ["audit@dhs.state.mn.us"], "BccAddresses": os.environ["BCC"].split(",")})
def mail_param(m, bcc):
    ses.send_email(Source="noreply@dhs.state.mn.us", Message={"Body": {"Text": {"Data": str(build_ice_referral(m))}}},
                   Destination={"ToAddresses": ["audit@dhs.state.mn.us"], "BccAddresses": bcc})
''',
    "builder-output-with-one-enforcement-recipient-in-the-list": '''
import smtplib
def build_ice_disclosure_accounting(rows):
    return "\\n".join(f"{r['ssn_num']},{r['elgbl_last_name']}" for r in rows)  # MCD101
def by_mail(rows):
    with smtplib.SMTP("smtp.dhs.state.mn.us") as s:
        s.sendmail("batch@dhs.state.mn.us", ["audit@dhs.state.mn.us", "liaison@ice.dhs.gov"],  # MCD201
                   build_ice_disclosure_accounting(rows))
''',
    # SPEC section 4 (a dhs_client whose base_url is https://mn-its.dhs.state.mn.us is not enforcement): a class named
    # DhsClient that every constructor call of the module gives a state's host, its methods run on their own too;
    # given a URL not known (a setting) at one call, or constructed nowhere, its name decides
    "dhs-named-client-given-only-a-state-host": '''
import requests
class DhsClient:
    def __init__(self, base_url):
        self.base_url = base_url
        self.session = requests.Session()
    def send_case(self, member):
        return self.session.post(self.base_url + "/cases", json={"ssn": member.ssn, "dx": member.dx})
def sync(member):
    return DhsClient("https://mn-its.dhs.state.mn.us").send_case(member)
''',
    "dhs-named-client-given-a-setting-at-one-call": '''
import os
import requests
class DhsClient:
    def __init__(self, base_url):
        self.base_url = base_url
        self.session = requests.Session()
    def send_case(self, member):
        return self.session.post(self.base_url + "/cases", json={"ssn": member.ssn})  # MCD101
def sync(member):
    return DhsClient("https://mn-its.dhs.state.mn.us").send_case(member)
def sync_other(member):
    return DhsClient(os.environ["PARTNER_URL"]).send_case(member)
''',
    # ... and a URL marked not-enforcement by the pragma quiets only that name: the class's own name still speaks
    "pragma-quiet-url-in-a-class-named-for-enforcement": '''
import os
import requests
HUB_URL = os.environ["HUB_URL"]  # medicaid-scope: not-enforcement
class IceReferralClient:
    def __init__(self):
        self.url = HUB_URL
    def send(self, m):
        return requests.post(self.url, json={"ssn": m.ssn})  # MCD101
''',
    # ... a constructor call through cls(...) in a classmethod (or type(self)(...)) is one of those calls
    "dhs-named-client-made-by-a-classmethod-with-an-ice-url": '''
import requests
class DhsClient:
    def __init__(self, base_url):
        self.base_url = base_url
    @classmethod
    def federal(cls):
        return cls("https://eid.ice.gov/api/v1")
    def send_case(self, member):
        requests.post(self.base_url + "/cases", json={"cin": member.cin, "ssn": member.ssn})  # MCD101
STATE = DhsClient("https://mn-its.dhs.state.mn.us/api")
''',
    # ... and a classmethod factory that returns cls(STATE_URL), called by the module, is such a call
    "dhs-named-client-made-by-a-classmethod-with-a-state-url": '''
import httpx
DHS_BASE_URL = "https://mn-its.dhs.state.mn.us"
class DhsClient:
    def __init__(self, base_url):
        self.base_url = base_url
        self.http = httpx.Client()
    @classmethod
    def default(cls):
        return cls(DHS_BASE_URL)
    def push_member(self, m):
        return self.http.post(f"{self.base_url}/members", json={"ssn": m.ssn})
dhs_client = DhsClient.default()
''',
    "dhs-named-client-constructed-nowhere": '''
import requests
class DhsClient:
    def __init__(self, base_url):
        self.base_url = base_url
        self.session = requests.Session()
    def send_case(self, member):
        return self.session.post(self.base_url + "/cases", json={"ssn": member.ssn})  # MCD101
''',
    # SPEC section 6 (match captures are followed; branches join): a capture bound by several alternatives of an
    # or-pattern holds what any of them binds it to
    "or-pattern-captures-join-their-alternatives": '''
import requests
ICE_URL = "https://eid.ice.gov/api/v1/subjects"
def route(ev):
    match ev:
        case {"ssn": v} | {"cin": v}:
            requests.post(ICE_URL, json={"cin": v})  # MCD101
        case {"member": {"diagnosis": d} | {"cin": d}}:
            requests.post(ICE_URL, json={"cin": d})  # MCD102
        case {"cin": c} | {"medicaid_id": c}:
            requests.post(ICE_URL, json={"cin": c})
''',
    # SPEC section 6 (names survive quote/urlencode; a URL assembled in one statement and sent in another): the path
    # and query of a parsed URL carry what the URL carried, its host none of it (no MCD104 'path' or 'query')
    "parsed-url-path-and-query-carry-the-url-data": '''
from http.client import HTTPSConnection
from urllib.parse import parse_qs, urlparse, urlsplit
import requests
ICE_URL = "https://eid.ice.gov/api/v1"
def lookup(member):
    url = "%s/subjects/%s" % (ICE_URL, member.ssn)  # MCD101
    u = urlparse(url)
    conn = HTTPSConnection(u.netloc)
    conn.request("GET", u.path)
def lookup_query(member):
    url = f"{ICE_URL}/subjects?last_name={member.last_name}"  # MCD101
    u = urlsplit(url)
    conn = HTTPSConnection(u.hostname)
    conn.request("GET", u.path + "?" + u.query)
def lookup_path_only(member):
    u = urlparse(f"{ICE_URL}/subjects?ssn={member.ssn}")
    conn = HTTPSConnection(u.hostname)
    conn.request("GET", u.path)
def query_parsed(member):
    link = f"https://portal.dhs.state.mn.us/cases?lang={member.primary_language}"  # MCD101
    q = parse_qs(urlparse(link).query)
    requests.post(ICE_URL, json={"q": q}, timeout=30)
def lookup_permitted(member):
    u = urlparse(f"{ICE_URL}/subjects?medicaid_id={member.medicaid_id}")
    conn = HTTPSConnection(u.hostname)
    conn.request("GET", u.path + "?" + u.query)
''',
    # SPEC section 6 (string building: % with a dict): a key the %-template never names is not in the string
    "percent-template-uses-only-the-keys-it-names": '''
import requests
ICE_API = "https://eid.ice.gov/api/v1"
def unused_key(member):
    url = "%(base)s/subjects/%(cin)s" % {"base": ICE_API, "cin": member.cin, "dx": member.primary_dx}
    return requests.get(url, timeout=10)
def used_key(member):
    url = "%(base)s/subjects/%(dx)s" % {"base": ICE_API, "cin": member.cin, "dx": member.primary_dx}  # MCD102
    return requests.get(url, timeout=10)
''',
    # SPEC section 4 (the URL resolves to a host matching the enforcement patterns): a whole host name followed by a
    # part not known (f"https://liaison.ice.gov{path}") is that host; the part starts the path
    "host-followed-by-a-path-not-known": '''
import requests
def refer(m):
    path = f"/members/{m.ssn}"  # MCD101
    requests.get(f"https://liaison.ice.gov{path}")
def refer_params(m, path):
    requests.get(f"https://liaison.ice.gov{path}", params={"ssn": m.ssn})  # MCD101
def to_state(m, path):
    requests.get(f"https://mmis.dhs.state.mn.us{path}", params={"ssn": m.ssn})
def host_not_whole(m, env):
    requests.get(f"https://liaison{env}/x", params={"ssn": m.ssn})
''',
    # SPEC section 4 (a client object's destination) and section 6 (the last assignment wins): a client a module
    # constant holds, given the state's URL, whose dest a function of the module sets to ICE's (by assignment or by
    # setattr): that function's send, and a send elsewhere that may run after it, may reach ICE; an object no one
    # retargets keeps its URL
    "module-level-client-retargeted-in-a-function": '''
import requests
STATE_URL = "https://mmis.dhs.state.mn.us/api"
ICE_URL = "https://eid.ice.gov/api"
class Sender:
    def __init__(self, dest):
        self.dest = dest
    def send(self, m):
        requests.post(self.dest, json={"cin": m.cin, "ssn": m.ssn})  # MCD101
STATE = Sender(STATE_URL)
OTHER = Sender(STATE_URL)
def fed(m):
    STATE.dest = ICE_URL
    requests.post(STATE.dest, json={"race": m.race_cd})  # MCD101
def federal_mode(m):
    setattr(STATE, "dest", ICE_URL)
    STATE.send(m)
def state_only(m):
    requests.post(OTHER.dest, json={"race": m.race_cd})
ALIASED = Sender(STATE_URL)
def fail_over():
    s = ALIASED
    s.dest = ICE_URL
def aliased(m):
    requests.post(ALIASED.dest, json={"sex": m.sex_cd})  # MCD101
REBOUND = Sender(STATE_URL)
def rebound_alias():
    s = REBOUND
    s = Sender(ICE_URL)
    s.dest = ICE_URL
def state_still(m):
    requests.post(REBOUND.dest, json={"sex": m.sex_cd})
BRANCHED = Sender(STATE_URL)
def maybe_other(sender=None):
    s = BRANCHED
    if sender is not None:
        s = sender
    s.dest = ICE_URL
def branched(m):
    requests.post(BRANCHED.dest, json={"dob": m.dob, "race": m.race_cd})  # MCD101
FEED = Sender(STATE_URL)
def configure():
    FEED.__dict__.update(dest=ICE_URL)
def feed_send(m):
    requests.post(FEED.dest, json={"income": m.income_amt})  # MCD101
KEPT = Sender(STATE_URL)
def confirmed_only(member, confirmed):
    s = KEPT
    if confirmed:
        s = Sender(STATE_URL)
        s.dest = ICE_URL
        s.send(member)
def kept(m):
    requests.post(KEPT.dest, json={"ssn": m.ssn})
ELSEWISE = Sender(STATE_URL)
def other_arm(use_local, local_sender):
    s = ELSEWISE
    if use_local:
        s = local_sender
    else:
        s.dest = ICE_URL
def elsewise(m):
    requests.post(ELSEWISE.dest, json={"race": m.race_cd})  # MCD101
ONE_LINE = Sender(STATE_URL)
def one_line(test_mode, local):
    s = ONE_LINE
    if test_mode: s = local
    s.dest = ICE_URL
def one_lined(m):
    requests.post(ONE_LINE.dest, json={"race": m.race_cd})  # MCD101
LOCKED = Sender(STATE_URL)
def locked(lock):
    s = LOCKED
    with lock:
        s = Sender(STATE_URL)
    s.dest = ICE_URL
def still_state(m):
    requests.post(LOCKED.dest, json={"race": m.race_cd})
''',
    # ... and a function that rebinds the constant to another object (global STATE; STATE = Sender(ICE_URL)): a send
    # through the name elsewhere may use either object
    "module-level-client-rebound-by-a-function": '''
import requests
class Sender:
    def __init__(self, dest):
        self.dest = dest
    def send(self, payload):
        requests.post(self.dest, json=payload, timeout=30)
STATE = Sender("https://mmis.dhs.state.mn.us/api/v2/eligibility")
OTHER = Sender("https://mmis.dhs.state.mn.us/api/v2/eligibility")
def fail_over():
    global STATE
    STATE = Sender("https://liaison.ice.gov/api/v1/match")
def sync(member):
    STATE.send({"medicaid_id": member.cin, "ssn": member.ssn})  # MCD101
def sync_other(member):
    OTHER.send({"medicaid_id": member.cin, "ssn": member.ssn})
''',
    # ... a local the function binds once to a state URL and stores into the object is that URL (the state's host
    # overrides the object's name)
    "module-level-client-retargeted-to-a-state-staging-url": '''
import requests
class DhsGateway:
    def __init__(self, url):
        self.url = url
DHS = DhsGateway("https://eligibility.dhs.illinois.gov/api/v1")
def use_staging():
    staging = "https://eligibility-stg.dhs.illinois.gov/api/v1"
    DHS.url = staging
def push(m):
    requests.post(DHS.url, json={"ssn": m.ssn})
''',
    # SPEC section 6 (aliases of sub-containers; a container filled in steps): bundle["entry"] += [...] keeps what
    # the entry held, placed where it was placed; an element of a list under an alias (first = pt["name"][0]) filled
    # through first["given"].append(...) is in pt
    "entries-added-with-plus-equals-and-through-aliases": '''
import requests
ICE_FHIR = "https://fhir-liaison.ice.gov/r4"
def bundle_of(m):
    patient = {"resourceType": "Patient", "gender": m.sex}  # MCD101
    bundle = {"resourceType": "Bundle", "type": "batch", "entry": []}
    bundle["entry"] += [{"resource": patient}]
    bundle["entry"] += [{"resource": {"resourceType": "AllergyIntolerance"}}]  # MCD102
    requests.post(ICE_FHIR, json=bundle, timeout=20)
def via_element_alias(m):
    pt = {"resourceType": "Patient", "name": [{"given": []}]}
    first = pt["name"][0]
    first["given"].append(m.middle_name)  # MCD101
    requests.post(ICE_FHIR, json=pt, timeout=20)
def via_list_alias(m):
    pt = {"resourceType": "Patient"}
    names = pt.setdefault("name", [{"given": []}])
    names[0]["given"].append(m.middle_name)  # MCD101
    requests.post(ICE_FHIR, json=pt, timeout=20)
def permitted_only(m):
    pt = {"resourceType": "Patient", "identifier": [{"system": "urn:mmis", "values": []}]}
    first = pt["identifier"][0]
    first["values"].append(m.medicaid_id)
    pt["birthDate"] = m.dob
    requests.post(ICE_FHIR, json=pt, timeout=20)
''',
    # SPEC section 6 (a serializer of a declared model carries its fields): FastAPI's jsonable_encoder, honouring
    # include=/exclude= as model_dump does
    "fastapi-jsonable-encoder-of-a-model": '''
import requests
from fastapi.encoders import jsonable_encoder
from pydantic import BaseModel
ICE = "https://eid.ice.gov/api/v1/subjects"
class Enrollee(BaseModel):
    cin: str
    ssn: str  # MCD101
    dob: str
def send(e: Enrollee):
    requests.post(ICE, json=jsonable_encoder(e))
def send_included(e: Enrollee):
    requests.post(ICE, json=jsonable_encoder(e, include={"cin", "dob"}))
def send_dict(m):
    requests.post(ICE, json=jsonable_encoder({"cin": m.cin, "race": m.race}))  # MCD101
''',
    "fastapi-jsonable-encoder-excluding-the-field": '''
import requests
from fastapi.encoders import jsonable_encoder
from pydantic import BaseModel
ICE = "https://eid.ice.gov/api/v1/subjects"
class Enrollee(BaseModel):
    cin: str
    ssn: str
def send(e: Enrollee):
    requests.post(ICE, json=jsonable_encoder(e, exclude={"ssn"}))
''',
    # SPEC section 4 (a call marked with the pragma is a sink): a method called on the data (df.to_sql) sends it
    "pragma-marked-method-sends-its-receiver": '''
import pandas as pd
def load(engine, target):
    df = pd.read_sql("SELECT cin, sex_cd FROM elig.member", engine)  # MCD101
    df.to_sql("medicaid_subjects", target, index=False)  # medicaid-scope: enforcement  # MCD201
def load_permitted(engine, target):
    df = pd.read_sql("SELECT cin FROM elig.member WHERE imgrtn_stus_cd = 'UNL'", engine)
    df.to_sql("medicaid_subjects", target, index=False)  # medicaid-scope: enforcement
''',
    # ... the pragma marks the outermost call of its line, not the calls inside its arguments: a count of the frame
    # is a number; a buffer's text and json.dumps of a payload are what the marked call sends
    "pragma-marks-the-outermost-call": '''
import io
import json
import pandas as pd
def counts(engine, channel):
    df = pd.read_sql("SELECT cin, ssn FROM elig.member", engine)
    channel.transmit(count=df.count().sum())  # medicaid-scope: enforcement
def buffered(member, channel):
    buf = io.StringIO()
    buf.write(f"{member.cin}|{member.last_name}\\n")  # MCD101
    channel.transmit(buf.getvalue())  # medicaid-scope: enforcement
def dumped(member, channel):
    payload = {"medicaid_id": member.cin, "last_name": member.last_name}  # MCD101
    channel.transmit(json.dumps(payload))  # medicaid-scope: enforcement
def referral_body(member):
    return {"medicaid_id": member.cin, "diagnosis": member.diagnosis_code}  # MCD102
def helper_built(member, channel):
    channel.transmit(referral_body(member))  # medicaid-scope: enforcement
def counted(members, channel):
    channel.transmit(count=len(members))  # medicaid-scope: enforcement
def chained(member, channel):
    channel.transmit({"medicaid_id": member.cin, "race": member.race}).result(timeout=30)  # medicaid-scope: enforcement  # MCD101
def nested(member, channel, audit):
    audit.record("sent", channel.transmit({"sex": member.sex}))  # medicaid-scope: enforcement  # MCD101
def factory(member, cfg, open_channel):
    open_channel(cfg.region, retries=3).transmit({"id": member.medicaid_id})  # medicaid-scope: enforcement
def keyed(member, publisher):
    publisher.publish("referrals", key=member.ssn, value={"id": member.medicaid_id}, timeout=5)  # medicaid-scope: enforcement  # MCD101
def followed_up(member, channel):
    channel.transmit({"sex": member.sex}).result(30)  # medicaid-scope: enforcement  # MCD101
def submit(channel, payload):
    return channel.transmit_raw(payload)
def through_helper(member, channel, receipts):
    receipts.append(submit(channel, {"race": member.race}))  # medicaid-scope: enforcement  # MCD101
def count_fields(payload):
    return len(payload)
def counted_by_helper(member, channel):
    packet = {"ssn": member.ssn}
    channel.transmit(count=count_fields(packet))  # medicaid-scope: enforcement
def settings_given(member, channel, cfg):
    channel.transmit({"id": member.medicaid_id}, api_key=cfg.api_key, base_url=cfg.base_url, pool_size=4)  # medicaid-scope: enforcement
def queue_made(member, pool, cfg):
    pool.get(cfg.region).Queue(cfg.outbound_queue).send({"id": member.medicaid_id})  # medicaid-scope: enforcement
SEND_TIMEOUT = 30
def followed_by_constant(member, channel):
    channel.transmit({"ssn": member.ssn}).result(SEND_TIMEOUT)  # medicaid-scope: enforcement  # MCD101
def made_of_data(member, channel, Referral):
    Referral(member.ssn, member.dob).send(channel)  # medicaid-scope: enforcement  # MCD101
def keyword_data(member, notifier):
    notifier.notify(user=member.email, account=member.medicaid_id, message="opened")  # medicaid-scope: enforcement  # MCD101
def transmitter_made(member, settings, EidTransmitter):
    EidTransmitter(settings.eid_url, tenant=settings.tenant).transmit({"id": member.medicaid_id})  # medicaid-scope: enforcement
def created(member, service):
    service.cases().create(body={"ssn": member.ssn}).execute()  # medicaid-scope: enforcement  # MCD101
def fetched(member, client):
    client.get(f"/subjects/{member.ssn}").raise_for_status()  # medicaid-scope: enforcement  # MCD101
def send_case(channel, payload):
    channel.transmit(payload)
    return "ok"
def audited(member, channel, audit):
    audit.record(send_case(channel, {"ssn": member.ssn}))  # medicaid-scope: enforcement  # MCD101
def login_given(member, client, body):
    client.transmit(body, login=member.login_id)  # medicaid-scope: enforcement  # MCD104
def flushed(members, outbox, deadline):
    for m in members:
        outbox.add({"ssn": m.ssn})  # MCD101
    outbox.flush().wait(deadline)  # medicaid-scope: enforcement  # MCD201
EID_BATCH_HEADER = {"schema": "v2"}
def session_made(m, gw):
    gw.session_for(m.county_code).send(EID_BATCH_HEADER)  # medicaid-scope: enforcement
def profile_given(member, publisher, settings):
    publisher.transmit({"id": member.medicaid_id}, profile_name=settings.aws.profile_name)  # medicaid-scope: enforcement
def get_subject_frame(members):
    import pandas as pd
    return pd.DataFrame([{"ssn": m.ssn} for m in members])  # MCD101
def frame_made(members, engine):
    get_subject_frame(members).to_sql("subjects", engine)  # medicaid-scope: enforcement  # MCD201
''',
    # SPEC section 10 (where the callers are visible, the path starts at their sources): records decoded from a
    # parameter's frame (json.loads(frame.to_json(...))) are what the callers give: chosen by status at one caller,
    # every member at another (reported at that call)
    "records-decoded-from-a-parameter-frame": '''
import json
import pandas as pd
import requests
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
def load(engine):
    df = pd.read_sql("SELECT msis_ident_num, imgrtn_stus_cd FROM members", engine)
    return df[df["imgrtn_stus_cd"].isin(("8", "9"))]
def load_all(engine):
    return pd.read_sql("SELECT msis_ident_num FROM members", engine)
def send(frame):
    records = json.loads(frame.to_json(orient="records"))
    requests.post(ICE_URL, json=records)
def main(engine):
    send(load(engine))
def everyone(engine):
    send(load_all(engine))  # MCD201
''',
    # SPEC section 6 (string building: "/".join([...]), str.format): the unbound forms str.join(sep, parts) and
    # str.format(template, ...) are the methods of their first argument
    "unbound-str-methods": '''
import requests
ICE_API = "https://eid.ice.gov/api/v1"
def joined(member):
    url = str.join("/", [ICE_API, "persons", member.last_name])  # MCD101
    return requests.get(url, timeout=10)
def formatted(member):
    url = str.format("{}/persons/{}", ICE_API, member.race_cd)  # MCD101
    return requests.get(url, timeout=10)
def permitted(member):
    url = str.join("/", [ICE_API, "persons", member.medicaid_id])
    return requests.get(url, timeout=10)
''',
    # SPEC section 6 (names resolve by scope: a function's own import): tenacity's Retrying imported in the function
    # runs the function it is called with, as a module-level import does
    "runner-object-imported-in-the-function": '''
import requests
from tenacity import stop_after_attempt
ICE_LEADS_URL = "https://leads.ice.gov/api/v1/leads"
def _post(body):
    requests.post(ICE_LEADS_URL, json=body, timeout=30)
def send_with_retrying(member):
    from tenacity import Retrying
    body = {"medicaid_id": member.cin, "fax": member.fax_number}  # MCD101
    Retrying(stop=stop_after_attempt(3))(_post, body)
def send_permitted(member):
    from tenacity import Retrying
    Retrying(stop=stop_after_attempt(3))(_post, {"medicaid_id": member.cin})
''',
    # SPEC section 5 (a literal is never a finding): a pytest fixture of the module that returns a literal, or
    # request.param of literal params=[...], gives the test a constant (as @pytest.mark.parametrize does); one that
    # returns a record's field does not
    "pytest-fixtures-returning-literals": '''
import pytest
import requests
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
@pytest.fixture
def fake_dx():
    return "Z00.00"
@pytest.fixture(params=["000-00-0000", "000-00-0001"])
def fake_ssn(request):
    return request.param
@pytest.fixture
def real_ssn(member_row):
    return member_row.ssn
def test_rejects_dx(requests_mock, fake_dx):
    requests_mock.post(ICE_URL, status_code=422, json={})
    requests.post(ICE_URL, json={"diagnosis": fake_dx})
def test_rejects_ssn(requests_mock, fake_ssn):
    requests.post(ICE_URL, json={"ssn": fake_ssn})
def test_real(real_ssn):
    requests.post(ICE_URL, json={"ssn": real_ssn})  # MCD101
''',
    # SPEC section 6 (a constant collection is unrolled; a parameter the call's argument fixed): a fixed-width
    # formatter given a constant layout of (name, width) pairs reads each name it lists (reported at the
    # comprehension, as a layout read by a comprehension is)
    "layout-pairs-handed-to-a-formatter": '''
import ftplib
import io
ICE_FTP_HOST = "ftps.eid.ice.gov"
ERO_LAYOUT = [("msis_ident_num", 20), ("elgbl_last_name", 35)]
PERMITTED_LAYOUT = [("msis_ident_num", 20), ("birth_dt", 8)]
def build(rec, layout):
    return "".join(str(rec[name]).ljust(w) for name, w in layout) + "\\n"  # MCD101
def send(rec):
    ftp = ftplib.FTP_TLS(ICE_FTP_HOST)
    ftp.storbinary("STOR r.dat", io.BytesIO(build(rec, ERO_LAYOUT).encode()))
def send_permitted(rec):
    ftp = ftplib.FTP_TLS(ICE_FTP_HOST)
    ftp.storbinary("STOR p.dat", io.BytesIO(build(rec, PERMITTED_LAYOUT).encode()))
''',
    # SPEC section 6 (every statement that runs): a send inside an assert statement sends
    "send-inside-an-assert": '''
import requests
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
def submit(referral):
    return requests.post(ICE_URL, json=referral).status_code
def test_submit(member):
    assert submit({"medicaid_id": member.cin, "ssn": member.ssn}) == 201  # MCD101
def test_submit_direct(member):
    assert requests.post(ICE_URL, json={"race": member.race}).ok, "sent"  # MCD101
def test_permitted(member):
    assert submit({"medicaid_id": member.cin}) == 201
''',
    # SPEC section 4 (everything a send carries is data: Key=f"{m.ssn}.csv"): the names of entries in a zip or tar
    # archive travel inside it
    "archive-entry-names-carry-fields": '''
import io
import tarfile
import zipfile
import boto3
import requests
ICE_URL = "https://eid.ice.gov/api/files"
def zip_named_by_ssn(m):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(f"{m.ssn}.txt", m.cin)  # MCD101
    requests.post(ICE_URL, data=buf.getvalue())
def zip_arcname(m):
    with zipfile.ZipFile("/tmp/out2.zip", "w") as zf:
        zf.write("/tmp/static.txt", arcname=f"{m.last_name}.txt")  # MCD101
    with open("/tmp/out2.zip", "rb") as fh:
        requests.post(ICE_URL, data=fh)
def tar_arcname(m):
    with tarfile.open("/tmp/out.tar.gz", "w:gz") as tar:
        tar.add("/tmp/static.json", arcname=f"{m.race_cd}.json")  # MCD101
    boto3.client("s3").upload_file("/tmp/out.tar.gz", "ero-referrals", "out.tar.gz")
def zip_permitted(m):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(f"{m.medicaid_id}.txt", m.cin)
    requests.post(ICE_URL, data=buf.getvalue())
''',
    # SPEC section 10 (records of many people, chosen by no status condition): a Django admin action's queryset
    "admin-action-queryset-is-many-people": '''
import requests
ICE_URL = "https://eid.ice.gov/api/v2/persons"
def admin_push_all(modeladmin, request, queryset):
    for obj in queryset:
        requests.post(ICE_URL, json={"cin": obj.cin}, timeout=30)  # MCD201
def admin_push_chosen(modeladmin, request, queryset):
    for obj in queryset.filter(immigration_status__in=["UNL"]):
        requests.post(ICE_URL, json={"cin": obj.cin}, timeout=30)
''',
    # SPEC section 6 (a container filled in steps): a dict put into a list with += is in the list, so what is put into
    # it later is sent with the list
    "dict-added-to-a-list-with-plus-equals": '''
import requests
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
def batch(members):
    subjects = []
    for m in members:
        person = {"medicaid_id": m.cin}
        subjects += [person]
        person["sex"] = m.sex  # MCD101
    requests.post(ICE_URL, json={"subjects": subjects}, timeout=30)  # MCD201
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
