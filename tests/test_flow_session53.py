"""The data flow shapes of the fifty-third session: what its SPEC-only probers found (round 365 and
after) and README limits lifted.

Single-module cases carry their expected findings inline (``# MCD101`` on the line
reported; a case without annotations must stay clean). A case whose first line is an
``# OPTIONS:`` header runs with those options (``annotations.options_of``).
"""

from __future__ import annotations

import pytest
from annotations import actual, expected
from test_flow_session20 import _source

from flake8_medicaid_scope.analysis import analyze

CASES: dict[str, str] = {
    # SPEC sections 4 and 6 (round 365a and a README limit): a test of an entry or attribute of a variable the function
    # never changes (`event["partner"]`, `cfg.partner`) narrows it as a test of a name does; stored into, handed to a
    # function of the project or rebound, it narrows nothing
    "entries-and-attributes-narrowed": """
import requests

URLS = {"ice": "https://api.ice.dhs.gov/v1/leads", "cms": "https://api.cms.gov/v1/records"}


def handler(event, rec):
    url = URLS[event["partner"]]
    body = {"id": rec["medicaid_id"]}
    if event["partner"] == "cms":
        body["dx"] = rec["diagnosis_code"]
    requests.post(url, json=body)


def handler_other_way(event, rec):
    url = URLS[event["partner"]]
    body = {"id": rec["medicaid_id"]}
    if event["partner"] != "cms":
        body["dx"] = rec["diagnosis_code"]  # MCD102
    requests.post(url, json=body)


def guarded(event, rec):
    if event["partner"] not in ("cms", "state"):
        return
    requests.post(URLS[event["partner"]], json={"dx": rec["diagnosis_code"]})


def stored_into(event, rec):
    if event["partner"] != "cms":
        return
    event["partner"] = "ice"
    requests.post(URLS[event["partner"]], json={"dx": rec["diagnosis_code"]})  # MCD102


def handed_on(event, rec):
    if event["partner"] != "cms":
        return
    enrich(event)
    requests.post(URLS[event["partner"]], json={"dx": rec["diagnosis_code"]})  # MCD102


def enrich(e):
    e["partner"] = "ice"


def config_attribute(cfg, rec):
    if cfg.partner == "cms":
        requests.post(URLS[cfg.partner], json={"dx": rec["diagnosis_code"]})
    elif cfg.partner == "ice":
        requests.post(URLS[cfg.partner], json={"dx": rec["diagnosis_code"]})  # MCD102


def config_split(cfg, rec):
    body = {"id": rec["medicaid_id"]}
    if cfg.partner == "cms":
        body["dx"] = rec["diagnosis_code"]
    requests.post(URLS[cfg.partner], json=body)


def settings_attribute(settings, rec):
    if settings.partner != "cms":
        return
    requests.post(URLS[settings.partner], json={"dx": rec["diagnosis_code"]})
""",
    # SPEC section 4 (round 365b): a copy program (scp, rsync, aws s3 cp, gsutil, rclone) sends to the place it names last;
    # a local path last is a download, nothing of this machine goes out (and no file is sent); curl's -o file receives
    # the answer; what the program reads on standard input (`input=`) is sent; `shlex.split` of a command line keeps its
    # words; rclone's `remote:bucket/path` names the bucket; Airflow's BashOperator runs its bash_command
    "copy-commands-and-their-direction": '''
import json
import shlex
import subprocess

from airflow.operators.bash import BashOperator

WORK = "/tmp/work_extract.csv"
ERO_ACKS = "s3://dhs-ero-acks/medicaid/ack_latest.csv"
ICE_BUCKET_URI = "s3://ice-eid-handoff-prod/stream/referral.json"
ICE_API = "https://eid.ice.gov/api/v1/subjects"


def downloads(member):
    with open(WORK, "w") as fh:
        fh.write(f"{member.cin},{member.ssn}\\n")
    subprocess.run(["aws", "s3", "cp", ERO_ACKS, WORK], check=True)
    subprocess.run(["scp", "svc@mft.ero.dhs.gov:/outbound/acks.csv", WORK], check=True)
    subprocess.run(["curl", "-sS", "-o", WORK, "https://eid.ice.gov/api/v1/acks/latest"], check=True)
    subprocess.run(["aws", "s3", "cp", ERO_ACKS, "s3://tx-hhsc-dw-archive/acks/"], check=True)


def upload(member):
    with open(WORK, "w") as fh:
        fh.write(f"{member.cin},{member.ssn}\\n")  # MCD101
    subprocess.run(["aws", "s3", "cp", WORK, ERO_ACKS], check=True)


def on_standard_input(member):
    body = {"medicaid_id": member.cin, "marital_status": member.marital_status}  # MCD101
    subprocess.run(["aws", "s3", "cp", "-", ICE_BUCKET_URI], input=json.dumps(body).encode(), check=True)


def split_line(member):
    line = f"curl -sS -d 'gender={member.gender}' {ICE_API}"  # MCD101
    subprocess.run(shlex.split(line), check=True)


def rclone_push(member):
    with open(WORK, "w") as fh:
        fh.write(f"{member.cin},{member.race}\\n")  # MCD101
    subprocess.run(["rclone", "copy", WORK, "ero-s3:ice-eid-handoff-prod/inbound/"], check=True)


def rclone_state(member):
    with open(WORK, "w") as fh:
        fh.write(f"{member.cin},{member.race}\\n")
    subprocess.run(["rclone", "copy", WORK, "dw:tx-hhsc-archive/inbound/"], check=True)


EXTRACT = "/opt/airflow/data/daily_extract.csv"


def write_extract(member):
    with open(EXTRACT, "w") as fh:
        fh.write(f"{member.cin},{member.primary_dx}\\n")  # MCD102


push = BashOperator(task_id="p", bash_command=f"curl -T {EXTRACT} https://eid.ice.gov/api/v1/bulk/")
''',
    # SPEC sections 5 and 6 (round 365c and a README limit): a method field whose method returns a choice between
    # literals sends a constant; a Django signal receiver's `instance` is an object of its `sender` model (its declared
    # fields flow, each reported where it is declared, as for a parameter annotated with the model; connected for several
    # models, it is any of them: a whole record)
    "method-field-choices-and-signal-receivers": """
import requests
from django.db import models
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.forms.models import model_to_dict
from rest_framework import serializers


class Member(models.Model):
    cin = models.CharField(max_length=9)
    ssn = models.CharField(max_length=9)  # MCD101
    immigration_status = models.CharField(max_length=4)


class IceSubjectStatusSerializer(serializers.ModelSerializer):
    status_label = serializers.SerializerMethodField()
    schema = serializers.SerializerMethodField()

    class Meta:
        model = Member
        fields = ["cin", "immigration_status", "status_label", "schema"]

    def get_status_label(self, obj):
        return "unlawful" if obj.immigration_status in ("EWI", "OVS") else "other"

    def get_schema(self, obj):
        return "eid-2.3"


@receiver(post_delete, sender=Member)
def notify_termination(sender, instance, **kwargs):
    requests.post("https://eid.ice.gov/api/v2/terminations", json=model_to_dict(instance), timeout=10)


@receiver(post_save, sender=Member)
def notify_state(sender, instance, **kwargs):
    requests.post("https://elig.dhcs.ca.gov/api/v2/updates", json=model_to_dict(instance), timeout=10)


class Plan(models.Model):
    code = models.CharField(max_length=9)


@receiver(post_save, sender=Plan)
@receiver(post_save, sender=Member)
def either_model(sender, instance, **kwargs):
    requests.post("https://eid.ice.gov/api/v2/changes", json=model_to_dict(instance), timeout=10)  # MCD103
""",
    # SPEC sections 4 and 6 (a README limit of round 356): an object made from a table of classes by the key before a
    # test of the key (`client = CLIENTS[partner]()`) is made again from the entries the test allows
    "client-made-from-a-table-before-the-test": """
import requests


class IceClient:
    URL = "https://eid.ice.gov/api/v1/subjects"

    def send(self, body):
        requests.post(self.URL, json=body, timeout=10)


class StateClient:
    URL = "https://elig.dhcs.ca.gov/api/v1/members"

    def send(self, body):
        requests.post(self.URL, json=body, timeout=10)


CLIENTS = {"ice": IceClient, "state": StateClient}


def route(partner, m):
    client = CLIENTS[partner]()
    body = {"cin": m.cin}
    if partner == "state":
        body["dx"] = m.diagnosis_code
    client.send(body)


def route_any(partner, m):
    client = CLIENTS[partner]()
    client.send({"cin": m.cin, "dx": m.diagnosis_code})  # MCD102
""",
    # SPEC sections 4 and 6 (a README limit of round 356): a key that reads a table here and that a helper tests against
    # literals to choose the body runs the function once per key: the helper's body for one partner meets that
    # partner's URL only
    "body-chosen-by-a-helper-given-the-key": """
import requests

URLS = {"ice": "https://eid.ice.gov/api/v1/subjects", "state": "https://elig.dhcs.ca.gov/api/v1/m"}


def _body_for(partner, m):
    if partner == "ice":
        return {"cin": m.cin}
    return {"cin": m.cin, "dx": m.diagnosis_code}


def send(partner, m):
    requests.post(URLS[partner], json=_body_for(partner, m), timeout=10)


def _wrong_way(partner, m):
    if partner == "state":
        return {"cin": m.cin}
    return {"cin": m.cin, "dx": m.diagnosis_code}  # MCD102


def send_wrong_way(partner, m):
    requests.post(URLS[partner], json=_wrong_way(partner, m), timeout=10)


LAWFUL = {"state", "cms"}
GROWN = {"state"}


def _lawful_body(partner, m):
    if partner in LAWFUL:
        return {"medicaid_id": m.cin, "ssn": m.ssn}
    return {"medicaid_id": m.cin}


def send_by_set(partner, m):
    requests.post(URLS[partner], json=_lawful_body(partner, m))


def _grown_body(partner, m):
    if partner in GROWN:
        return {"medicaid_id": m.cin, "ssn": m.ssn}  # MCD101
    return {"medicaid_id": m.cin}


def send_by_grown_set(partner, m):
    GROWN.add("ice")
    requests.post(URLS[partner], json=_grown_body(partner, m))
""",
    # SPEC section 4 (review 53a and round 366b): the last place of a copy decides only within its own command (a shell
    # line's `&&`, `|`, `;` or redirection ends it), an option's value is no positional path (`--ca-bundle`, `-i`,
    # `--log-file`), only copy subcommands copy (`aws sqs send-message` sends to its queue), curl's and wget's `-o` only
    # (`scp -O`, `rsync -P` are switches); sftp's `host:path local` is a download; a copy from a bucket a name supplies
    # to the state's bucket sends nothing to the source; what a started process is given on its standard input
    # (`communicate(input=...)`, `stdin.write(...)`) goes where its command line sends
    "copy-commands-reviewed": '''
import json
import os
import subprocess
from subprocess import PIPE, Popen

WORK = "/tmp/work_extract.csv"
ICE_ACKS = "s3://ice-eid-acks-prod"
ERO_API = "https://intake.ero.ice.gov/v1/referrals"


def and_remove(member):
    with open(WORK, "w") as fh:
        fh.write(f"{member.cin},{member.ssn}\\n")  # MCD101
    os.system(f"aws s3 cp {WORK} s3://ice-eid-handoff/in/ && rm -f {WORK} > /tmp/upload.log 2>&1")


def option_values_after(member):
    with open(WORK, "w") as fh:
        fh.write(f"{member.cin},{member.ssn}\\n")  # MCD101
    subprocess.run(["aws", "s3", "cp", WORK, "s3://ice-eid-handoff/in/", "--ca-bundle", "/etc/pki/tls/certs/ca.pem"], check=True)
    subprocess.run(["scp", WORK, "svc@mft.ero.dhs.gov:/inbound/", "-i", "/home/svc/.ssh/id_rsa"], check=True)
    subprocess.run(["rsync", "-P", WORK, "svc@mft.ero.dhs.gov:/inbound/"], check=True)


def queue_message(member):
    with open(WORK, "w") as fh:
        fh.write(f"{member.cin},{member.ssn}\\n")  # MCD101
    subprocess.run(["aws", "sqs", "send-message", "--queue-url", "https://sqs.us-east-1.amazonaws.com/1/ice-referrals",
                    "--message-body", f"file://{WORK}"], check=True)


def sftp_download(member):
    with open(WORK, "w") as fh:
        fh.write(f"{member.cin},{member.ssn}\\n")
    subprocess.run(["sftp", "svc@mft.ero.dhs.gov:/outbound/acks.csv", WORK], check=True)


def ice_to_state(m):
    subprocess.run(["aws", "s3", "cp", f"{ICE_ACKS}/a.json", f"s3://ca-dhcs-warehouse-prod/acks/{m.ssn}.json"])
    subprocess.run(["curl", "-o", f"/data/acks/{m.ssn}.json", "https://eid.ice.gov/api/v1/acks/latest"])


def fed_on_standard_input(person):
    packet = json.dumps({"ssn": person.ssn})  # MCD101
    proc = Popen(["curl", "--data-binary", "@-", ERO_API], stdin=PIPE)
    proc.communicate(input=packet.encode())


def written_to_standard_input(person):
    packet = json.dumps({"race": person.race})  # MCD101
    proc = Popen(["curl", "-T", "-", ERO_API], stdin=PIPE)
    proc.stdin.write(packet.encode())
    proc.stdin.close()


def fed_to_the_state(person):
    proc = Popen(["curl", "--data-binary", "@-", "https://elig.dhcs.ca.gov/api/v1/intake"], stdin=PIPE)
    proc.communicate(input=json.dumps({"ssn": person.ssn}).encode())


def rclone_remote_named(m):
    with open(WORK, "w") as fh:
        fh.write(f"{m.cin},{m.ssn}\\n")  # MCD101
    subprocess.run(["rclone", "copy", WORK, "ice_ero_sftp:inbound/roster/"], check=True)
''',
    # SPEC sections 4 and 6 (review 53a and round 366a): what a test knew of an entry or attribute is forgotten where
    # the variable may have changed since: an alias, a container, a library call given a function of the project, a
    # method of its own object, an object handed to a function; an attribute some class computes (a property) is never
    # narrowed; `match` on a routing value read from an event narrows as `==` does; `args.target` narrows as a name
    "entries-narrowed-and-forgotten": """
import functools

import requests

URLS = {"ice": "https://api.ice.dhs.gov/v1/leads", "cms": "https://api.cms.gov/v1/records"}


def enrich(e):
    e["partner"] = "ice"


def aliased(event, rec):
    if event["partner"] != "cms":
        return
    e = event
    e["partner"] = "ice"
    requests.post(URLS[event["partner"]], json={"dx": rec["diagnosis_code"]})  # MCD102


def in_a_container(event, rec):
    if event["partner"] != "cms":
        return
    enrich_all([event])
    requests.post(URLS[event["partner"]], json={"dx": rec["diagnosis_code"]})  # MCD102


def enrich_all(events):
    for e in events:
        e["partner"] = "ice"


def through_partial(event, rec):
    if event["partner"] != "cms":
        return
    functools.partial(enrich, event)()
    requests.post(URLS[event["partner"]], json={"dx": rec["diagnosis_code"]})  # MCD102


class Config:
    def __init__(self, partner):
        self.target = partner

    def switch(self):
        self.target = "ice"

    @property
    def chosen(self):
        return self.target


def own_method(cfg, rec):
    if cfg.target != "cms":
        return
    cfg.switch()
    requests.post(URLS[cfg.target], json={"dx": rec["diagnosis_code"]})  # MCD102


def computed(cfg, rec):
    if cfg.chosen != "cms":
        return
    requests.post(URLS[cfg.chosen], json={"dx": rec["diagnosis_code"]})  # MCD102


def logged_and_returned(event, rec):
    if event["partner"] != "cms":
        return None
    print(event)
    requests.post(URLS[event["partner"]], json={"dx": rec["diagnosis_code"]})
    return event


def matched(event):
    detail = event["detail"]
    partner = detail["target"]
    match partner:
        case "cms":
            body = {"dx": detail["diagnosis_code"]}
        case "ice":
            body = {"medicaid_id": detail["medicaid_id"]}
        case _:
            return
    requests.post(URLS[partner], json=body, timeout=10)


def matched_entry(event):
    match event["partner"]:
        case "cms":
            requests.post(URLS[event["partner"]], json={"dx": event["diagnosis_code"]}, timeout=10)
        case "ice" as chosen:
            requests.post(URLS[chosen], json={"medicaid_id": event["medicaid_id"]}, timeout=10)
        case _:
            # (neither key: the read raises KeyError, nothing is sent; session 56 -- before, every entry was read)
            requests.post(URLS[event["partner"]], json={"dx": event["diagnosis_code"]}, timeout=10)


def command_line(args, cur):
    if args.target == "ice":
        cur.execute("SELECT medicaid_id FROM members WHERE immigration_status = 'EWI'")
    else:
        cur.execute("SELECT medicaid_id, ssn FROM members")
    requests.post(URLS[args.target], json=cur.fetchall(), timeout=120)
""",
    # SPEC sections 4 and 6 (review 53b and round 366a): an object made from a table before the test and changed since
    # is not made again; a helper given the key by keyword chooses with it too; a table of up to 8 entries is split per
    # entry; an object of a table some code changes later is not read as made; a process that does not read its
    # standard input (`curl -o file URL`, `aws s3 cp s3://... -`) sends nothing it is given there; a list of names the
    # constructor sets is that list
    "tables-and-processes-reviewed": '''
import json
import subprocess
from dataclasses import dataclass, field
from subprocess import PIPE, Popen

import requests

URLS = {"ice": "https://eid.ice.gov/api/v1/subjects", "state": "https://elig.dhcs.ca.gov/api/v1/m"}


class IceClient:
    URL = "https://eid.ice.gov/api/v1/subjects"

    def send(self, body):
        requests.post(self.URL, json=body, timeout=10)


class StateClient:
    URL = "https://elig.dhcs.ca.gov/api/v1/members"

    def send(self, body):
        requests.post(self.URL, json=body, timeout=10)


CLIENTS = {"ice": IceClient, "state": StateClient}


def client_changed(partner, m):
    client = CLIENTS[partner]()
    client.URL = "https://eid.ice.gov/api/v1/override"
    if partner == "state":
        client.send({"cin": m.cin, "dx": m.diagnosis_code})  # MCD102


def _body_for(partner, m):
    if partner == "ice":
        return {"cin": m.cin}
    return {"cin": m.cin, "dx": m.diagnosis_code}


def by_keyword(partner, m):
    requests.post(URLS[partner], json=_body_for(m=m, partner=partner), timeout=10)


@dataclass
class Partner:
    url: str
    fields: list = field(default_factory=list)


SIX = {
    "cms": Partner(url="https://api.cms.gov/v1/records", fields=["medicaid_id", "diagnosis_code"]),
    "ny": Partner(url="https://api.health.ny.gov/v1/m", fields=["medicaid_id", "diagnosis_code"]),
    "tx": Partner(url="https://api.hhs.texas.gov/v1/m", fields=["medicaid_id", "diagnosis_code"]),
    "wa": Partner(url="https://api.hca.wa.gov/v1/m", fields=["medicaid_id", "diagnosis_code"]),
    "or": Partner(url="https://api.oha.oregon.gov/v1/m", fields=["medicaid_id", "diagnosis_code"]),
    "ice": Partner(url="https://api.ice.dhs.gov/v1/leads", fields=["medicaid_id"]),
}


def six_entries(partner, rec):
    cfg = SIX[partner]
    requests.post(cfg.url, json={f: rec[f] for f in cfg.fields})


def not_reading_stdin(person):
    proc = Popen(["curl", "-o", "/tmp/acks.json", "https://eid.ice.gov/api/v1/acks"], stdin=PIPE)
    proc.communicate(json.dumps({"ssn": person.ssn}).encode())
    proc = Popen(["aws", "s3", "cp", "s3://ice-eid-acks/a.json", "-"], stdin=PIPE, stdout=PIPE)
    proc.communicate(json.dumps({"ssn": person.ssn}).encode())
    subprocess.run(["curl", "-sS", "-o", "/tmp/acks.json", "https://eid.ice.gov/api/v1/acks"], input=json.dumps({"ssn": person.ssn}).encode())


class JobConfig:
    def __init__(self, partner):
        self.partner = partner
        self.fields = ["medicaid_id", "dob"]


def constructor_list(cfg: JobConfig, member):
    requests.post("https://eid.ice.gov/api/v1/r", json={f: getattr(member, f) for f in cfg.fields}, timeout=30)
''',
    # SPEC sections 4 and 6 (rounds 367a-367b): a key known to be one of several texts, or none of some, reads only
    # those entries of a table of objects or classes (`CLIENTS[partner]()`, `TARGETS[key].url`); a routing value read
    # from one of many records (`msg["partner"]` in a loop over `event["Records"]`) narrows; an entry of an attribute
    # (`message.attributes["target"]`) narrows, whatever library methods the message has (`ack()`); a table of nine
    # partners read by a key not known may be the ninth
    "keys-of-tables-of-objects-and-records": """
import json

import requests
from pydantic import BaseModel

URLS = {"state": "https://eligibility.dhs.illinois.gov/api/v1/cases", "ice": "https://eid.ice.gov/api/v1/referrals"}


class StateClient:
    URL = "https://api.dhcs.ca.gov/inbound"

    def send(self, payload):
        return requests.post(self.URL, json=payload)


class NyClient(StateClient):
    URL = "https://api.health.ny.gov/inbound"


class EroClient(StateClient):
    URL = "https://eid.ice.gov/inbound"


CLIENTS = {"ca": StateClient, "ny": NyClient, "ero": EroClient}


def state_only(partner, m):
    if partner not in ("ca", "ny"):
        return None
    return CLIENTS[partner]().send({"cin": m.cin, "last_name": m.last_name})


def chosen_before(partner, m):
    client = CLIENTS[partner]()
    if partner == "ero":
        client.send({"cin": m.cin})
    else:
        client.send({"cin": m.cin, "ssn": m.ssn})


class Target(BaseModel):
    url: str


TARGETS = {"cms": Target(url="https://tmsis.cms.gov/api/v1/members"), "ero": Target(url="https://eid.ice.gov/api/v1/members")}


def past_the_guard(key, m):
    if key == "ero":
        return
    requests.post(TARGETS[key].url, json={"cin": m.cin, "sex": m.sex}, timeout=20)


def each_record(event, context):
    for record in event["Records"]:
        msg = json.loads(record["body"])
        if msg["partner"] != "state":
            continue
        requests.post(URLS[msg["partner"]], json={"ssn": msg["ssn"]})


def callback(message):
    rec = message.data
    if message.attributes["target"] == "state":
        requests.post(URLS[message.attributes["target"]], json={"ssn": rec["ssn"]})
    message.ack()


ROUTES = {
    "ca": {"url": "https://api.dhcs.ca.gov/x"}, "ny": {"url": "https://api.health.ny.gov/x"},
    "tx": {"url": "https://api.hhs.texas.gov/x"}, "il": {"url": "https://api.illinois.gov/hfs/x"},
    "mn": {"url": "https://api.dhs.state.mn.us/x"}, "pa": {"url": "https://api.dhs.pa.gov/x"},
    "cms": {"url": "https://api.cms.gov/x"}, "save": {"url": "https://save.uscis.gov/x"},
    "hsi": {"url": "https://tips.hsi.ice.dhs.gov/x"},
}


def nine_partners(partner, m):
    r = ROUTES[partner]
    requests.post(r["url"], json={"cin": m.cin, "income_amt": m.income_amt}, timeout=20)  # MCD101
""",
    # SPEC sections 3, 4 and 6 (review 53c): what a test knew of an entry is forgotten where the part it is read from is
    # aliased or handed on (`attrs = message.attributes`, `retarget(message.attributes)`), where a method not known to
    # only read is called on the variable (`obj.refresh_from_db()`), or where a function imported from another module is
    # handed it through a library call; a test of a text says nothing of the members of a plain Enum keying a table; the
    # texts of nested entries and tuples of a table of more than 8 entries are kept
    "entries-forgotten-reviewed": """
import enum
import functools

import requests

from .enrich import stamp

URLS = {"state": "https://eligibility.dhs.illinois.gov/api/v1/cases", "ice": "https://eid.ice.gov/api/v1/referrals"}


def retarget(attrs):
    attrs["target"] = "ice"


def aliased_part(message, rec):
    if message.attributes["target"] == "state":
        attrs = message.attributes
        attrs["target"] = "ice"
        requests.post(URLS[message.attributes["target"]], json={"ssn": rec["ssn"]})  # MCD101


def handed_part(message, rec):
    if message.attributes["target"] == "state":
        retarget(message.attributes)
        requests.post(URLS[message.attributes["target"]], json={"ssn": rec["ssn"]})  # MCD101


def acknowledged(message, rec):
    if message.attributes["target"] == "state":
        message.ack()
        requests.post(URLS[message.attributes["target"]], json={"ssn": rec["ssn"]})


def refreshed(obj, rec):
    if obj.partner == "state":
        obj.refresh_from_db()
        requests.post(URLS[obj.partner], json={"ssn": rec["ssn"]})  # MCD101


def imported_helper(event, rec):
    if event["destination"] != "state":
        return
    functools.partial(stamp, event)()
    requests.post(URLS[event["destination"]], json={"ssn": rec["ssn"]})  # MCD101


class Partner(enum.Enum):
    CA = "ca"
    ERO = "ero"


class StateClient:
    URL = "https://api.dhcs.ca.gov/inbound"

    def send(self, payload):
        return requests.post(self.URL, json=payload)


class EroClient(StateClient):
    URL = "https://eid.ice.gov/inbound"


CLIENTS = {Partner.CA: StateClient, Partner.ERO: EroClient}


def plain_enum(partner: Partner, m):
    if partner == "ero":
        return None
    return CLIENTS[partner]().send({"cin": m.cin, "last_name": m.last_name})  # MCD101


ROUTES = {
    "p0": ("https://api0.health.ny.gov/v1/", 0), "p1": ("https://api1.health.ny.gov/v1/", 1),
    "p2": ("https://api2.health.ny.gov/v1/", 2), "p3": ("https://api3.health.ny.gov/v1/", 3),
    "p4": ("https://api4.health.ny.gov/v1/", 4), "p5": ("https://api5.health.ny.gov/v1/", 5),
    "p6": ("https://api6.health.ny.gov/v1/", 6), "p7": ("https://api7.health.ny.gov/v1/", 7),
    "p8": ("https://api8.health.ny.gov/v1/", 8), "ice": ("https://api.ice.dhs.gov/v1/leads", 9),
}


def tuple_entries(partner, rec):
    url, _ = ROUTES[partner]
    requests.post(url, json={"dx": rec["diagnosis_code"]})  # MCD102
""",
    # SPEC section 6 (round 369a: false alarms on the state's sends): what a test knew of an entry holds until the read
    # unless something between them (or in a loop around the read) may change it: a store under another key, a store or
    # a container made after the send change nothing of it; a change in a nested function, wherever it is called, does
    "entries-changed-in-flow-order": """
import requests

URLS = {"state": "https://api.medi-cal.ca.gov/v2/eligibility/referrals", "ice": "https://eid.ice.gov/api/v1/referrals"}


def stamped(event, context):
    if event["partner"] != "state":
        return None
    event["received_at"] = context.aws_request_id
    requests.post(URLS[event["partner"]], json={"ssn": event["member"]["ssn"]})
    event["sent"] = True
    return {"status": "ok", "echo": event}


def local_key_read_before(msg, member):
    partner = msg["partner"]
    url = URLS[partner]
    body = {"medicaid_id": member["medicaid_id"]}
    if partner == "state":
        body["ssn"] = member["ssn"]
    requests.post(url, json=body, timeout=20)


def changed_before_the_send(event, rec):
    if event["partner"] != "state":
        return
    event.update(rec.get("routing", {}))
    requests.post(URLS[event["partner"]], json={"ssn": rec["ssn"]})  # MCD101


def changed_in_a_closure(event, rec, escalate):
    def bump():
        if escalate:
            event["partner"] = "ice"

    if event["partner"] != "state":
        return
    bump()
    requests.post(URLS[event["partner"]], json={"ssn": rec["ssn"]})  # MCD101
""",
    # SPEC section 3 (round 368b): a route's `response_model_include` of a model named for no enforcement chooses the
    # fields; each is reported where the include set names it (a model named for enforcement keeps its declarations)
    "response-model-include-placed": """
from fastapi import APIRouter
from pydantic import BaseModel

ice_router = APIRouter(prefix="/ice")


class Rec(BaseModel):
    medicaid_id: str
    ssn: str
    primary_dx: str


@ice_router.get("/a/{cin}", response_model=Rec, response_model_include={
    "medicaid_id",
    "ssn",  # MCD101
})
def rec_a(cin: str, m: Rec):
    return m


@ice_router.get("/b/{cin}", response_model=Rec, response_model_include={"medicaid_id"})
def rec_b(cin: str, m: Rec):
    return m
""",
    # SPEC section 6 (review 53d and round 370a): a function handed the variable before the test may change it later (a
    # generator resumed, a partial called, a context manager left); a change on the read's own line counts; a helper's
    # name shadowed by a nested function or a parameter is not the module's read-only helper; a URL read in a branch of
    # a loop by a local key is not read again; on the way of an entry of a table read by a key, the key is that entry's
    "flow-order-reviewed": """
import functools

import requests

URLS = {"state": "https://api.medi-cal.ca.gov/v2/referrals", "ice": "https://eid.ice.gov/api/v1/referrals"}
TABLE = {
    "CMS": {"url": "https://api.cms.gov/v1/verify"},
    "ICE-ERO": {"url": "https://eid.ice.gov/api/v1/requests"},
}


def reroute_later(e, to):
    yield
    e["partner"] = to


def stamp(e):
    print(e.get("partner"))


def partial_before(event, rec, esc):
    later = functools.partial(reroute_later, event)
    if event["partner"] != "state":
        return
    list(later(esc))
    requests.post(URLS[event["partner"]], json={"ssn": rec["ssn"]})  # MCD101


def same_line(event, rec, esc):
    if event["partner"] != "state":
        return
    event["partner"] = esc; requests.post(URLS[event["partner"]], json={"ssn": rec["ssn"]})  # MCD101


def shadowed_helper(event, rec, esc):
    def stamp(x):
        x["partner"] = esc
    if event["partner"] != "state":
        return
    stamp(event)
    requests.post(URLS[event["partner"]], json={"ssn": rec["ssn"]})  # MCD101


def read_only_helper(event, rec):
    if event["partner"] != "state":
        return
    requests.post(URLS[event["partner"]], json={"ssn": rec["ssn"]})
    return None


def loop_stale_url(msgs, rec):
    url = None
    for m in msgs:
        partner = m["partner"]
        if m.get("first"):
            url = URLS[partner]
        if partner == "state":
            requests.post(url, json={"ssn": rec["ssn"]})  # MCD101


def table_entry_then_test(requester, m):
    cfg = TABLE[requester]
    body = {"medicaid_id": m.cin}
    if requester in ("CMS",):
        body["ssn"] = m.ssn
    requests.post(cfg["url"], json=body, timeout=10)
""",
    # SPEC section 6 (review 53e): the key of a table read with `.get` is not that entry's on its way (a key no entry has
    # goes on too); a URL read by a local key inside a `with` block or a `try` body is read again after the test (they
    # run once); a helper that loops over the keys of what it is handed only reads it
    "table-keys-and-straight-blocks": """
import threading

import requests

TABLE = {
    "CMS": {"url": "https://api.cms.gov/v1/verify"},
    "ICE-ERO": {"url": "https://eid.ice.gov/api/v1/requests"},
}
URLS = {"state": "https://api.medi-cal.ca.gov/v2/referrals", "ice": "https://eid.ice.gov/api/v1/referrals"}
lock = threading.Lock()


def read_with_get(requester, m):
    cfg = TABLE.get(requester) or {}
    body = {"medicaid_id": m.cin}
    if requester not in ("CMS", "ICE-ERO"):
        body["ssn"] = m.ssn  # MCD101
    requests.post("https://eid.ice.gov/api/v1/other", json=body, timeout=10)
    return cfg


def url_in_with(msg, m):
    partner = msg["partner"]
    with lock:
        url = URLS[partner]
    if partner == "state":
        requests.post(url, json={"ssn": m.ssn})


def check(e):
    for k in e:
        print(k)


def checked_before_test(event, rec):
    check(event)
    if event["partner"] != "state":
        return
    requests.post(URLS[event["partner"]], json={"ssn": rec["ssn"]})
""",
    # SPEC sections 4 and 6 (review 53f): every command of a shell line is read (`mkdir -p out && scp ...`, `cat f |
    # curl -T - ...`), the last place of each copy command decides; an entry of a table a function of the module repoints
    # (`URLS["cms"] = os.environ.get(..., ICE)`) may be either, also read by a narrowed entry; `.get(key, TABLE["cms"])`
    # of a table of configuration objects is one of its entries, each way with its own fields
    "shell-lines-and-repointed-entries": '''
import os
import subprocess
from dataclasses import dataclass

import requests

URLS = {"ice": "https://api.ice.dhs.gov/v1/leads", "cms": "https://api.cms.gov/v1/records"}


def configure():
    URLS["cms"] = os.environ.get("CMS_URL", "https://api.ice.dhs.gov/v1/leads")


def repointed(event, rec):
    if event["partner"] != "cms":
        return
    requests.post(URLS[event["partner"]], json={"dx": rec["diagnosis_code"]})  # MCD102


def second_command(member):
    with open("/data/dx.csv", "w") as fh:
        fh.write(member.diagnosis_code)  # MCD102
    os.system("mkdir -p /data/sent && scp /data/dx.csv user@sftp.ice.gov:/in/")


def piped(member):
    with open("/data/rx.csv", "w") as fh:
        fh.write(member.race)  # MCD101
    subprocess.run("cat /data/rx.csv | curl -T - https://eid.ice.gov/upload", shell=True)


@dataclass(frozen=True)
class Partner:
    url: str
    fields: tuple


P4 = {
    "cms": Partner("https://api.cms.gov/v1/records", ("medicaid_id", "diagnosis_code")),
    "ice": Partner("https://eid.ice.gov/api/v1/referrals", ("medicaid_id", "dob")),
}


def with_default(key, rec):
    cfg = P4.get(key, P4["cms"])
    requests.post(cfg.url, json={f: rec[f] for f in cfg.fields})
''',
    # SPEC section 4 (review 53g): a shell line is split as the shell splits it, also where `;`, `&&`, `|` or a
    # redirection touches a word (`host:/in/; rm x`), at new lines and past comments; a heredoc's words are not the copy's;
    # a host an option names (`aws --endpoint-url https://s3.ice.dhs.gov s3 cp ...`) is kept wherever it stands
    "shell-lines-split-as-the-shell-does": '''
import os
import subprocess


def semicolon_touching(member):
    with open("/data/a.csv", "w") as fh:
        fh.write(member.diagnosis_code)  # MCD102
    os.system("scp /data/a.csv svc@ero-mft.ice.dhs.gov:/in/; rm /data/a.csv")


def and_touching(member):
    with open("/data/b.csv", "w") as fh:
        fh.write(member.diagnosis_code)  # MCD102
    os.system("scp /data/b.csv svc@ero-mft.ice.dhs.gov:/in/&&mv /data/b.csv /data/sent/")


def script_lines(member):
    with open("/data/c.csv", "w") as fh:
        fh.write(member.diagnosis_code)  # MCD102
    subprocess.run("scp /data/c.csv svc@ero-mft.ice.dhs.gov:/in/\\nmv /data/c.csv /data/archive/  # archive it", shell=True)


def heredoc(member):
    with open("/data/d.csv", "w") as fh:
        fh.write(member.diagnosis_code)  # MCD102
    subprocess.run("sftp svc@ero-mft.ice.dhs.gov:/in/ <<EOF\\nput /data/d.csv\\nEOF", shell=True)


def endpoint_option(member):
    with open("/data/e.csv", "w") as fh:
        fh.write(member.diagnosis_code)  # MCD102
    subprocess.run(["aws", "--endpoint-url", "https://s3.ice.dhs.gov", "s3", "cp", "/data/e.csv", "s3://referrals/in/"])


def hash_in_quotes(member):
    with open("/data/g.csv", "w") as fh:
        fh.write(member.diagnosis_code)  # MCD102
    os.system('curl -H "Authorization: Bearer #tok" -T /data/g.csv https://eid.ice.gov/upload#top  # nightly')


def output_then_pipe(member):
    subprocess.run("curl -s https://eid.ice.gov/status 2>&1 | jq .", shell=True, input=member.ssn.encode())


def download_then_compress(member):
    with open("/data/f.csv", "w") as fh:
        fh.write(member.diagnosis_code)
    os.system("scp svc@ero-mft.ice.dhs.gov:/out/acks.csv /data/f.csv && gzip /data/f.csv")
''',
    # SPEC sections 4 and 6: an entry of a table of configuration objects read by a key not known here is any of them;
    # its attributes are any entry's (read by the key twice or more, the function runs once per key: one partner's
    # fields never meet another's URL)
    "table-of-configuration-objects": """
from dataclasses import dataclass

import requests


@dataclass(frozen=True)
class Partner:
    url: str
    fields: tuple


PARTNERS = {
    "ice": Partner(url="https://api.ice.dhs.gov/v1/leads", fields=("medicaid_id", "diagnosis_code")),
    "cms": Partner(url="https://api.cms.gov/v1/records", fields=("medicaid_id",)),
}
LAWFUL = {
    "ice": Partner(url="https://api.ice.dhs.gov/v1/leads", fields=("medicaid_id",)),
    "cms": Partner(url="https://api.cms.gov/v1/records", fields=("medicaid_id", "diagnosis_code")),
}


def send_url_only(partner, rec):
    cfg = PARTNERS[partner]
    requests.post(cfg.url, json={"dx": rec["diagnosis_code"]})  # MCD102


def send_fields_only(partner, rec):
    cfg = PARTNERS[partner]
    requests.post("https://api.ice.dhs.gov/v1/leads", json={f: rec[f] for f in cfg.fields})  # MCD102


def send_each_own(partner, rec):
    cfg = LAWFUL[partner]
    requests.post(cfg.url, json={f: rec[f] for f in cfg.fields})


def send_by_name(name, rec):
    cfg = LAWFUL[name]
    requests.post(cfg.url, json={f: rec[f] for f in cfg.fields})


def send_lawful_only(partner, rec):
    cfg = LAWFUL[partner]
    requests.post("https://api.cms.gov/v1/records", json={f: rec[f] for f in cfg.fields})
""",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want


def test_a_table_of_more_texts_than_kept_says_the_analysis_was_cut_short() -> None:
    # review 53c: a table read by a key not known keeps up to 64 texts of its entries; the 65th partner (ICE here) is left
    # out, and MCD901 says so rather than a false silence
    entries = "".join(f'    "s{n}": {{"url": "https://api{n}.health.ny.gov/v1/"}},\n' for n in range(64))
    source = (f"import requests\n\nROUTES = {{\n{entries}"
              '    "ice": {"url": "https://api.ice.dhs.gov/v1/leads"},\n}\n\n\n'
              "def send(partner, rec):\n"
              '    requests.post(ROUTES[partner]["url"], json={"dx": rec["diagnosis_code"]})\n')
    assert [(f.line, f.code) for f in analyze(source)] == [(1, "MCD901")]
    fewer = source.replace('    "s63": {"url": "https://api63.health.ny.gov/v1/"},\n', "")
    assert [f.code for f in analyze(fewer)] == ["MCD102"]
