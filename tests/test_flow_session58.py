"""The data flow shapes of the fifty-eighth session: what its SPEC-only probers found (round 484 and
after) and README limits lifted.

Single-module cases carry their expected findings inline (``# MCD101`` on the line
reported; a case without annotations must stay clean). A case whose first line is an
``# OPTIONS:`` header runs with those options (``annotations.options_of``).
"""

from __future__ import annotations

import pytest
from annotations import actual, expected
from test_flow_session20 import _source

CASES: dict[str, str] = {
    # SPEC sections 4 and 6 (round 486a): an entry of a partner table read by an unknown key, handed to a helper that
    # writes the file a path parameter names, then the path uploaded to the entry's host: the ICE entry's False keeps the
    # diagnosis out of its file (the file a function's name holds is that run's alone, each way starts from the same
    # files); the state entry's file is lawful; a helper writing the diagnosis whatever the flag is reported
    "entry-flag-in-a-helper-writing-a-path-parameter": """
import json

import paramiko

PARTNERS = {
    "ice": {"host": "mft.ero.dhs.gov", "with_dx": False},
    "state": {"host": "sftp.dhs.state.mn.us", "with_dx": True},
}


def write(cfg, m, path):
    body = {"msis_ident_num": m.msis_ident_num}
    if cfg["with_dx"]:
        body["dgns_cd_1"] = m.dgns_cd_1
    with open(path, "w") as fh:
        json.dump(body, fh)


def write_all(cfg, m, path):
    with open(path, "w") as fh:
        json.dump({"msis_ident_num": m.msis_ident_num, "dgns_cd_2": m.dgns_cd_2}, fh)  # MCD102


def drop(partner, m, path):
    cfg = PARTNERS[partner]
    write(cfg, m, path)
    ssh = paramiko.SSHClient()
    ssh.connect(hostname=cfg["host"], username="mmis")
    ssh.open_sftp().put(path, "/inbound/x.json")


def drop_all(partner, m, path):
    cfg = PARTNERS[partner]
    write_all(cfg, m, path)
    ssh = paramiko.SSHClient()
    ssh.connect(hostname=cfg["host"], username="mmis")
    ssh.open_sftp().put(path, "/inbound/x.json")


class Drop:
    def __init__(self, partner):
        self.cfg = PARTNERS[partner]

    def write(self, m, path):
        body = {"msis_ident_num": m.msis_ident_num}
        if self.cfg["with_dx"]:
            body["dgns_cd_3"] = m.dgns_cd_3
        with open(path, "w") as fh:
            json.dump(body, fh)

    def drop(self, m, path):
        self.write(m, path)
        ssh = paramiko.SSHClient()
        ssh.connect(hostname=self.cfg["host"], username="mmis")
        ssh.open_sftp().put(path, "/inbound/x.json")
""",
    # SPEC section 3 (round 485a): a column list a function or method of the module returns (a constant, one of two chosen
    # by a module switch, by `if`, or by an entry's flag) is placed at each name's own element, not at the selection; a
    # list chosen by a module switch is followed both ways; the ICE entry's False flag keeps the full list out
    "column-list-returned-by-a-helper-placed-at-its-elements": """
import boto3

BASIC_COLS = ["msis_ident_num", "birth_dt"]
FULL_COLS = [
    "msis_ident_num",
    "race_ethncty_cd",  # MCD101
]
WIDE_COLS = [
    "msis_ident_num",
    "ethncty_cd",  # MCD101
]
FLAGGED_COLS = [
    "msis_ident_num",
    "sex_cd",
]
FULL = True

PARTNERS = {
    "ice": {"bucket": "ice-eid-handoff-prod", "full": False},
    "state": {"bucket": "oregon-dhs-exports", "full": True},
}


def cols():
    return FULL_COLS


def wide_cols():
    if FULL:
        return WIDE_COLS
    return ["msis_ident_num"]


def basic_cols():
    return BASIC_COLS


def run(df):
    s = df[df["ctznshp_ind"] == "0"]
    s[cols()].to_csv("/tmp/a.csv", index=False)
    boto3.client("s3").upload_file("/tmp/a.csv", "ice-eid-handoff-prod", "a.csv")
    picked = wide_cols()
    s[picked].to_csv("/tmp/b.csv", index=False)
    boto3.client("s3").upload_file("/tmp/b.csv", "ice-eid-handoff-prod", "b.csv")
    s[basic_cols()].to_csv("/tmp/c.csv", index=False)
    boto3.client("s3").upload_file("/tmp/c.csv", "ice-eid-handoff-prod", "c.csv")


class PartnerExport:
    def __init__(self, partner):
        self.cfg = PARTNERS[partner]

    def columns(self):
        return FLAGGED_COLS if self.cfg["full"] else BASIC_COLS

    def run(self, df):
        s = df[df["ctznshp_ind"] == "0"]
        s[self.columns()].to_csv("/tmp/d.csv", index=False)
        boto3.client("s3").upload_file("/tmp/d.csv", self.cfg["bucket"], "d.csv")
""",
    # SPEC section 3 (round 487a): marshmallow `only=` given a list the running function fills (`cols.append(...)` under a
    # flag), or a method returning such a list: each name at the line it was written into the list, not at the schema's
    # declaration; a flag the ICE entry holds False keeps the name out
    "marshmallow-only-list-filled-in-a-branch-placed-at-the-append": """
import requests
from marshmallow import Schema, fields

PARTNERS = {
    "ice": {"url": "https://eid.ice.gov/api/v1/people", "include_dx": True, "include_race": False},
    "state": {"url": "https://api.dhcs.ca.gov/members", "include_dx": True, "include_race": True},
}


class MemberSchema(Schema):
    cin = fields.Str()
    birth_date = fields.Date()
    dx_code = fields.Str()
    race = fields.Str()
    ssn = fields.Str()


def send(m, flag):
    cols = ["cin"]
    if flag:
        cols.append("ssn")  # MCD101
    requests.post("https://eid.ice.gov/r", json=MemberSchema(only=cols).dump(m))


class Sender:
    def __init__(self, partner):
        self.cfg = PARTNERS[partner]

    def columns(self):
        cols = ["cin", "birth_date"]
        if self.cfg["include_dx"]:
            cols.append("dx_code")  # MCD102
        if self.cfg["include_race"]:
            cols.append("race")
        return cols

    def send(self, member):
        body = MemberSchema(only=self.columns()).dump(member)
        requests.post(self.cfg["url"], json=body)
""",
    # SPEC sections 4 and 6 (round 491a): an object made from a partner table's entry by the caller's key (`client =
    # PartnerClient(partner)`), its entry's flag read by the caller (`client.cfg["full"]`, `client.full` copied in the
    # constructor): each key's run reads that entry's flag, the ICE entry's False keeps the SSN out; an entry whose flag
    # is True for ICE is reported
    "entry-flag-read-through-an-object-the-caller-made": """
import httpx

PARTNERS = {
    "mmis": {"url": "https://mn-its.dhs.state.mn.us/api", "full": True},
    "ice": {"url": "https://eid.ice.gov/api/v1/referrals", "full": False},
}
LOOSE = {
    "mmis": {"url": "https://mn-its.dhs.state.mn.us/api", "full": True},
    "ice": {"url": "https://eid.ice.gov/api/v1/referrals", "full": True},
}


class PartnerClient:
    def __init__(self, partner):
        self.cfg = PARTNERS[partner]
        self.full = self.cfg["full"]

    def send(self, body):
        httpx.post(self.cfg["url"], json=body)


class LooseClient:
    def __init__(self, partner):
        self.cfg = LOOSE[partner]

    def send(self, body):
        httpx.post(self.cfg["url"], json=body)


def push(member, partner):
    client = PartnerClient(partner)
    body = {"cin": member.cin}
    if client.cfg["full"]:
        body["ssn"] = member.ssn
    client.send(body)


def push_copied(member, partner):
    client = PartnerClient(partner)
    body = {"cin": member.cin}
    if client.full:
        body["race"] = member.race
    client.send(body)


def push_named(member):
    client = PartnerClient("ice")
    body = {"cin": member.cin}
    if client.cfg["full"]:
        body["ethnicity"] = member.ethnicity
    client.send(body)


def push_loose(member, partner):
    client = LooseClient(partner)
    body = {"cin": member.cin}
    if client.cfg["full"]:
        body["sex"] = member.sex  # MCD101
    client.send(body)
""",
    # SPEC sections 3, 4 and 6 (round 488a): a helper choosing a column list by the caller's key (`if partner == "ice":
    # return BASIC`), the caller choosing the bucket by the same key: each key's list meets its own bucket; a bucket
    # chosen for another key than the helper's narrow list is reported
    "column-list-chosen-by-a-helper-for-the-routing-key": """
import boto3


def columns_for(partner):
    if partner == "ice":
        return ["msis_ident_num"]
    return ["msis_ident_num", "sex_cd"]


def wide_for(partner):
    if partner == "ice":
        return ["msis_ident_num"]
    return ["msis_ident_num", "race_cd"]  # MCD101


def export(df, partner):
    df = df[df["imgrtn_stus_cd"] == "3"]
    df[columns_for(partner)].to_csv("/tmp/o.csv")
    bucket = "ice-eid-handoff" if partner == "ice" else "ca-dhcs-analytics"
    boto3.client("s3").upload_file("/tmp/o.csv", bucket, "o.csv")


def export_wrong(df, partner):
    df = df[df["imgrtn_stus_cd"] == "3"]
    df[wide_for(partner)].to_csv("/tmp/w.csv")
    bucket = "ice-eid-handoff" if partner == "state" else "ca-dhcs-analytics"
    boto3.client("s3").upload_file("/tmp/w.csv", bucket, "w.csv")
""",
    # SPEC sections 4 and 6 (README limit of round 478a lifted): a helper returning a copy of an entry changed for one
    # route (`cfg = dict(ROUTES[route]); if route == "oha": cfg["send_race"] = True`) runs its caller once per route: the
    # ICE route's copy keeps the race out; a copy changed for the ICE route is reported
    "helper-returning-an-entry-copy-changed-for-one-route": """
import requests

ROUTES = {
    "ice": {"url": "https://eid.ice.gov/api/v1/people", "send_race": False},
    "oha": {"url": "https://api.oha.oregon.gov/members", "send_race": False},
}


def config_for(route):
    cfg = dict(ROUTES[route])
    if route == "oha":
        cfg["send_race"] = True
    return cfg


def wrong_config_for(route):
    cfg = dict(ROUTES[route])
    if route == "ice":
        cfg["send_race"] = True
    return cfg


def send(route, m):
    cfg = config_for(route)
    body = {"cin": m.cin}
    if cfg["send_race"]:
        body["race"] = m.race
    requests.post(cfg["url"], json=body)


def send_wrong(route, m):
    cfg = wrong_config_for(route)
    body = {"cin": m.cin}
    if cfg["send_race"]:
        body["ethnicity"] = m.ethnicity  # MCD101
    requests.post(cfg["url"], json=body)
""",
    # SPEC section 3 (round 492a, review 58a): a column list a helper returns, joined into SQL, is placed where the helper
    # wrote each name (its element, the append under a switch); a helper returning one of two lists that share a name
    # places it at the element of the list the call gives; a list filled on each way of a test of the key places a name
    # at the append of the way the call takes
    "column-list-from-a-helper-joined-into-sql-and-chosen-by-a-key": """
import pandas as pd
import psycopg2
import requests

ICE_URL = "https://eid.ice.gov/api/v1/batch"
INCLUDE_CASE = True
STATE_COLS = [
    "cin",
    "ssn",
    "race",
]
ICE_COLS = [
    "cin",
    "ssn",  # MCD101
]


def export_columns():
    cols = [
        "msis_ident_num",
        "death_dt",  # MCD101
    ]
    if INCLUDE_CASE:
        cols.append("hsehld_size_cnt")  # MCD101
    return cols


def run(dsn):
    cols = export_columns()
    sql = "SELECT " + ", ".join(cols) + " FROM tmsis_elgblty WHERE ctznshp_ind = %s"
    cur = psycopg2.connect(dsn).cursor()
    cur.execute(sql, ("N",))
    requests.post(ICE_URL, json=[dict(zip(cols, r)) for r in cur.fetchall()], timeout=30)


def columns(partner):
    if partner == "state":
        return STATE_COLS
    return ICE_COLS


def filled(partner):
    cols = ["cin", "immigration_status"]
    if partner == "ice":
        cols.append("sex_cd")  # MCD101
    else:
        cols.append("sex_cd")
        cols.append("diagnosis_code")
    return cols


def send_ice(path):
    df = pd.read_csv(path)
    df = df[df["immigration_status"] == "unlawful"]
    requests.post(ICE_URL, json=df[columns("ice")].to_dict("records"))
    requests.post(ICE_URL, json=df[filled("ice")].to_dict("records"))
""",
    # SPEC sections 3, 4 and 6 (round 493a): the routing key handed on through two helpers (`write_extract(out, dest)`
    # calling `columns_for(dest)`), and an option of the command line handed on (`args.dest`): each key's run writes its
    # own columns and uploads them to its own host; the CBP file holds only the basic columns
    "routing-key-handed-through-helpers-to-a-column-choice": """
import argparse
import csv

import paramiko

HOSTS = {"cbp": "mft.cbp.gov", "state": "sftp.dw.dhcs.ca.gov"}
BASIC = ["msis_ident_num", "birth_dt"]
EXTRA = ["ssn"]


def columns_for(dest):
    if dest == "cbp":
        return list(BASIC)
    return BASIC + EXTRA


def write_extract(out_path, dest, row):
    with open(out_path, "w", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=columns_for(dest), extrasaction="ignore")
        writer.writerow(row)


def run(dest, row):
    write_extract("/tmp/x.csv", dest, row)
    t = paramiko.Transport((HOSTS[dest], 22))
    paramiko.SFTPClient.from_transport(t).put("/tmp/x.csv", "/in/x.csv")


def main(row):
    ap = argparse.ArgumentParser()
    ap.add_argument("--dest", choices=sorted(HOSTS), required=True)
    args = ap.parse_args()
    write_extract("/tmp/y.csv", args.dest, row)
    t = paramiko.Transport((HOSTS[args.dest], 22))
    paramiko.SFTPClient.from_transport(t).put("/tmp/y.csv", "/in/y.csv")
""",
    # SPEC section 3 (review 58a): an entry flag read through an object the caller made, of a table some code changes:
    # the flag is unknown and the finding names the entry's URL (not the key)
    "entry-flag-through-a-made-object-of-a-changed-table": """
import requests

PARTNERS = {
    "ice": {"url": "https://eid.ice.gov/referrals", "full": False},
    "state": {"url": "https://eligibility.dhs.state.mn.us/api", "full": True},
}


class PartnerClient:
    def __init__(self, partner):
        self.cfg = PARTNERS[partner]


def enable_full(partner):
    PARTNERS[partner]["full"] = True


def send(m, partner):
    client = PartnerClient(partner)
    body = {"cin": m.cin, "immigration_status": m.immigration_status}
    if client.cfg["full"]:
        body["diagnosis_code"] = m.diagnosis_code  # MCD102
    requests.post(client.cfg["url"], json=body, timeout=30)
""",
    # SPEC sections 3, 4 and 6 (round 495a): a configuration object entry kept by an object the caller made, its flag read
    # by the caller (`client.settings.include_race`): each key's run reads that entry's flag; a column list a method of an
    # object returns (`client.columns()`, `X().columns()`, `cols = list(self.BASE)` then an append under an entry's flag)
    # is placed at the append or the element
    "object-entry-flags-and-method-column-lists-read-by-the-caller": """
import csv
from dataclasses import dataclass

import boto3
import httpx


@dataclass
class PS:
    url: str
    include_race: bool = False


T = {"ice": PS(url="https://eid.ice.gov/x", include_race=False),
     "state": PS(url="https://mmis.dhcs.ca.gov/x", include_race=True)}
PARTNERS = {"ice": {"include_name": True, "include_dx": False}, "county": {"include_name": True, "include_dx": True}}
BUCKETS = {"ice": "ice-eid-handoff-prod", "county": "lacounty-dpss-drop"}


class C:
    def __init__(self, partner):
        self.settings = T[partner]


class ExtractClient:
    BASE = ["msis_ident_num", "birth_dt"]

    def __init__(self, partner):
        self.cfg = PARTNERS[partner]

    def columns(self):
        cols = list(self.BASE)
        if self.cfg["include_name"]:
            cols.append("last_name")  # MCD101
        if self.cfg["include_dx"]:
            cols.append("dgns_cd")
        return cols


class X:
    def columns(self):
        return ["msis_ident_num",
                "first_name"]  # MCD101


def push(member, partner):
    client = C(partner)
    body = {"cin": member.cin}
    if client.settings.include_race:
        body["ethnicity"] = member.ethnicity
    httpx.post(client.settings.url, json=body)


def export_one(member_row, partner, path):
    client = ExtractClient(partner)
    with open(path, "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=client.columns(), extrasaction="ignore")
        writer.writerow(member_row)
    boto3.client("s3").upload_file(path, BUCKETS[partner], "member.csv")


def export_x(row, path):
    with open(path, "w") as fh:
        csv.DictWriter(fh, fieldnames=X().columns()).writerow(row)
    boto3.client("s3").upload_file(path, "ice-eid-handoff-prod", "m.csv")
""",
    # SPEC section 3 (review 58b): one column list shared by every pass of a loop, a name appended on another pass: placed
    # at the append; a helper whose list may be either of two (an environment flag) places a name both hold at both; a
    # called helper's unrelated literal (a masked preview) is not where a joined SQL column was written
    "column-lists-shared-by-loop-passes-env-choices-and-unrelated-literals": """
import logging
import os

import pandas as pd
import psycopg2
import requests

log = logging.getLogger("ice_batch")
ICE_URL = "https://eid.ice.gov/api/v1/batch"
URLS = {"state": "https://dw.dhcs.ca.gov/api/extract", "ice": "https://eid.ice.gov/api/v1/referrals"}
BASIC = [
    "msis_ident_num",
    "ssn",  # MCD101
]
EXTENDED = [
    "msis_ident_num",
    "ssn",  # MCD101
    "prmry_dgns_cd",  # MCD102
]


def nightly(df: pd.DataFrame) -> None:
    cols = ["msis_ident_num", "birth_dt"]
    for partner, url in URLS.items():
        if partner == "state":
            cols.append("dgns_cd_2")  # MCD102
        out = df[df["imgrtn_stus_cd"] == "9"][cols]
        requests.post(url, json=out.to_dict(orient="records"), timeout=30)


def referral_columns():
    return EXTENDED if os.environ.get("REFERRAL_EXTENDED") else BASIC


def referrals(df):
    picked = referral_columns()
    requests.post(ICE_URL, json=df[df["imgrtn_stus_cd"] == "9"][picked].to_dict(orient="records"), timeout=30)


def log_preview(rows):
    preview = [dict(r) for r in rows[:3]]
    for r in preview:
        r["race_cd"] = "***"
    log.info("preview: %s", preview)


def export_columns():
    return [
        "msis_ident_num",
        "race_cd",  # MCD101
    ]


def run(dsn):
    cols = export_columns()
    sql = "SELECT " + ", ".join(cols) + " FROM tmsis_elgblty WHERE ctznshp_ind = %s"
    cur = psycopg2.connect(dsn).cursor()
    cur.execute(sql, ("N",))
    rows = [dict(zip(cols, r)) for r in cur.fetchall()]
    log_preview(rows)
    requests.post(ICE_URL, json=rows, timeout=30)
""",
    # SPEC sections 3, 4 and 10 (round 493a): a module's main() run from `if __name__ == "__main__":` per option of the
    # command line: a helper the memo answers on a later run writes its file again (the CBP file holds the basic columns
    # of the status-filtered rows, never the state's extra columns)
    "command-line-main-run-at-import-writes-each-keys-file": """
import argparse
import csv

import paramiko

HOSTS = {"cbp": "mft.cbp.gov", "state": "sftp.dw.dhcs.ca.gov"}
BASIC = ["msis_ident_num", "birth_dt", "imgrtn_stus_cd"]
EXTRA = ["ssn", "prmry_dgns_cd"]
REMOVABLE = {"8", "9"}


def columns_for(dest):
    if dest == "cbp":
        return list(BASIC)
    return BASIC + EXTRA


def write_extract(src_path, out_path, dest):
    with open(src_path, newline="") as src, open(out_path, "w", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=columns_for(dest), extrasaction="ignore")
        for row in csv.DictReader(src):
            if dest == "cbp" and row["imgrtn_stus_cd"] not in REMOVABLE:
                continue
            writer.writerow(row)


def upload(local_path, dest):
    transport = paramiko.Transport((HOSTS[dest], 22))
    paramiko.SFTPClient.from_transport(transport).put(local_path, "/inbound/match.csv")


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("source")
    ap.add_argument("--dest", choices=sorted(HOSTS), required=True)
    ap.add_argument("--out", default="/var/tmp/match.csv")
    args = ap.parse_args(argv)
    write_extract(args.source, args.out, args.dest)
    upload(args.out, args.dest)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
""",
    # SPEC section 6 (base-against-head, rounds 454a/455a): an entry of a nested dict table changed at import (folded into
    # the literal) keeps its other flags for a helper given it; an object entry changed in a function leaves its flags
    # unknown for the caller reading them through the object it made
    "entry-flags-after-import-changes-and-object-entry-changes": """
from dataclasses import dataclass

import httpx
import requests

CONFIG = {
    "partners": {
        "state": {"url": "https://api.dhcs.ca.gov/referrals", "include_ssn": True},
        "ice": {"url": "https://eid.ice.gov/api/v1/referrals", "include_ssn": False},
    },
}
PARTNERS = CONFIG["partners"]
PARTNERS["ice"]["include_race"] = True


@dataclass
class PS:
    url: str
    include_dx: bool = False


T = {"ice": PS(url="https://eid.ice.gov/x", include_dx=False),
     "state": PS(url="https://mmis.dhcs.ca.gov/x", include_dx=True)}


class C:
    def __init__(self, partner):
        self.settings = T[partner]


def _post_one(cfg, member):
    body = {"medicaid_id": member.cin}
    if cfg.get("include_ssn"):
        body["ssn"] = member.ssn
    if cfg.get("include_race"):
        body["race"] = member.race_cd  # MCD101
    requests.post(cfg["url"], json=body, timeout=30)


def fan_out(member):
    for cfg in PARTNERS.values():
        _post_one(cfg, member)


def pilot():
    T["ice"].include_dx = True


def push(member, partner):
    client = C(partner)
    body = {"cin": member.cin}
    if client.settings.include_dx:
        body["dx"] = member.diagnosis_code  # MCD102
    httpx.post(client.settings.url, json=body)
""",
    # SPEC sections 4 and 10 (review 58c, round 501a): an object entry whose URL some code changes (at import, to the
    # state's) is no known ICE send through an object the caller made; records attached by a helper given the recipient
    # are reported in the function that read them, at its call that leads to the send (decided: the rule of README's
    # MCD201 section; a helper called with no arguments hands on nothing, and its send is the line)
    "changed-object-url-and-attachment-helper-given-a-recipient": """
import csv
from dataclasses import dataclass

import httpx
from django.core.mail import EmailMessage
from enrollment.models import Enrollee

ROSTER = "/var/reports/roster.csv"
ICE_LIAISON = "roster@ice.dhs.gov"


@dataclass
class PS:
    url: str
    include_dx: bool = False


T = {"ice": PS(url="https://eid.ice.gov/x", include_dx=True),
     "state": PS(url="https://mmis.dhcs.ca.gov/x", include_dx=True)}
T["ice"].url = "https://mmis.dhcs.ca.gov/ice-pilot"


class C:
    def __init__(self, partner):
        self.settings = T[partner]


def push(member, partner):
    client = C(partner)
    body = {"cin": member.cin}
    if client.settings.include_dx:
        body["dx"] = member.diagnosis_code
    httpx.post(client.settings.url, json=body)


def write_roster(qs):
    with open(ROSTER, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["medicaid_id"])
        for e in qs:
            w.writerow({"medicaid_id": e.medicaid_id})


def send_roster(to):
    em = EmailMessage("Roster", "x", "noreply@dhcs.ca.gov", [to])
    em.attach_file(ROSTER)
    em.send()


def monthly():
    write_roster(Enrollee.objects.all())
    send_roster(ICE_LIAISON)  # MCD201
""",
    # SPEC sections 3, 4 and 6 (round 503a): the routing key kept on self (`self.partner`) chooses the column list in a
    # helper given it, in a method of the class testing it, or beside an entry kept on self (`self.cfg =
    # PARTNERS[partner]`), and the bucket or URL by the same key: each key's list meets its own destination; a helper
    # returning another helper's choice places the names at that helper's lists
    "routing-key-on-self-chooses-columns-and-destination": """
import io

import boto3
import requests

PARTNERS = {"ice": {"url": "https://eid.ice.gov/r"}, "state": {"url": "https://x.dhs.state.il.us/r"}}
URLS = {"ice": "https://eid.ice.gov/r", "tx": "https://portal.hhs.texas.gov/r"}
BASIC = ("msis_ident_num", "birth_dt")
WIDE = (
    "msis_ident_num",
    "sex_cd",
)
LEAKY = (
    "msis_ident_num",
    "race_cd",  # MCD101
)


def select_columns(dest):
    return BASIC if dest == "ice" else WIDE


def leaky_columns(dest):
    return LEAKY if dest == "ice" else BASIC


def pick_columns(dest):
    return leaky_columns(dest)


class SqlClient:
    def __init__(self, partner):
        self.partner = partner
        self.cfg = PARTNERS[partner]

    def run(self, cur):
        cols = select_columns(self.partner)
        cur.execute("SELECT " + ", ".join(cols) + " FROM t WHERE imgrtn_stus_cd = '5'")
        requests.post(self.cfg["url"], json=cur.fetchall(), timeout=60)


class Job:
    def __init__(self, partner):
        self.partner = partner

    def columns(self):
        if self.partner != "ice":
            return ["cin", "ethnicity_cd"]
        return ["cin"]

    def run(self, m):
        requests.post(URLS[self.partner], json={c: m[c] for c in self.columns()})


class ExtractJob:
    def __init__(self, partner):
        self.partner = partner

    def columns(self):
        cols = list(BASIC)
        if self.partner != "ice":
            cols.append("primary_language_cd")
        return cols

    def run(self, df):
        df = df[df["imgrtn_stus_cd"].isin(("5", "EWI"))]
        bucket = "ice-eid-handoff-prod" if self.partner == "ice" else "il-dhs-analytics"
        buf = io.StringIO()
        df[self.columns()].to_csv(buf, index=False)
        boto3.client("s3").put_object(Bucket=bucket, Key="q.csv", Body=buf.getvalue())


def export(df, dest):
    df = df[df["imgrtn_stus_cd"].isin(("5", "EWI"))]
    cols = pick_columns(dest)
    bucket = "ice-eid-handoff-prod" if dest == "ice" else "il-dhs-analytics"
    boto3.client("s3").put_object(Bucket=bucket, Key="e.csv", Body=df[cols].to_csv(index=False))
""",
    # SPEC sections 4 and 7 (round 508a): an entry of a table marked by the enforcement pragma is enforcement also when
    # the table is read by a key not known here (`PARTNERS[partner]`, a queue URL kept in a variable first); an entry
    # marked not-enforcement stays quiet
    "pragma-marked-table-entry-read-by-an-unknown-key": """
import json

import boto3
import requests

VENDOR = "https://relay.vendorco.com"
PARTNERS = {
    "federal": VENDOR + "/fwd/federal",  # medicaid-scope: enforcement
    "state": VENDOR + "/fwd/state",
}
QUEUES = {
    "federal": "https://sqs.us-east-1.amazonaws.com/4444/vendor-relay-fed",  # medicaid-scope: enforcement
    "state": "https://sqs.us-east-1.amazonaws.com/4444/vendor-relay-state",
}
QUIET = {
    "ice": "https://relay.vendorco.com/fwd/ice-contacts",  # medicaid-scope: not-enforcement
    "state": VENDOR + "/fwd/state",
}


def relay(m, partner):
    requests.post(PARTNERS[partner], json={"ssn": m.ssn})  # MCD101


def enqueue(m, partner):
    url = QUEUES[partner]
    boto3.client("sqs").send_message(QueueUrl=url, MessageBody=json.dumps({"dx": m.diagnosis_code}))  # MCD102


def contacts(m, partner):
    requests.post(QUIET[partner], json={"ssn": m.ssn})
""",
    # SPEC sections 3, 4 and 6 (review 58e, rounds 506a-507a): a test of self.env beside tables read by self.partner runs
    # per partner, not per env; a key tested in another spelling (`self.partner.lower() == "ice"`) is not run per text;
    # `match self.dest:` choosing the columns and the bucket chosen by the same key; an append after another append of
    # an `if` still grows the list
    "self-key-runs-prefer-tables-match-and-appends-after-branches": """
import csv

import boto3
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
FIELDS = {"ice": ["medicaid_id"], "mn": ["medicaid_id", "diagnosis_code"]}
URLS = {"ice": "https://eid.ice.gov/referrals", "mn": "https://api.dhs.state.mn.us/members"}
BUCKETS = {"ero": "ice-ero-handoff-prod", "medi-cal": "dhcs-medi-cal-extracts"}
BASIC = ["cin", "birth_dt"]
FULL = ["cin", "ssn", "dgns_cd_1"]


class Sender:
    def __init__(self, partner, env):
        self.partner = partner
        self.env = env

    def timeout(self):
        return 5 if self.env == "test" else 30

    def send(self, m):
        if self.env == "test":
            return None
        body = {f: getattr(m, f) for f in FIELDS[self.partner]}
        return requests.post(URLS[self.partner], json=body, timeout=self.timeout())


class ExtractJob:
    def __init__(self, dest):
        self.dest = dest

    def columns(self):
        match self.dest:
            case "ero":
                return BASIC
            case "medi-cal":
                return FULL
            case _:
                raise ValueError(self.dest)

    def run(self, path):
        with open(path, "w", newline="") as f:
            csv.DictWriter(f, fieldnames=self.columns()).writeheader()
        boto3.client("s3").upload_file(path, BUCKETS[self.dest], "extract.csv")


def export(row, a, b):
    cols = ["cin"]
    if a:
        cols.append("zip")
    if b:
        cols.append("ssn")
    requests.post(ICE_URL, json={k: row[k] for k in cols})  # MCD101
""",
    # SPEC sections 4 and 7 (round 510a): the enforcement pragma on the line that opens a registry entry written over
    # several lines (`"federal": {  # medicaid-scope: enforcement`) marks that entry's URL, read by its key or by a key
    # not known; the other entry stays lawful
    "pragma-on-the-opening-line-of-a-multi-line-entry": """
import requests

REGISTRY = {
    "federal": {  # medicaid-scope: enforcement
        "url": "https://mft.corehub.example.org/inbox/fed",
    },
    "plan": {"url": "https://mft.corehub.example.org/inbox/plan"},
}


def by_name(member):
    requests.post(REGISTRY["federal"]["url"], json={"sex": member.sex}, timeout=5)  # MCD101


def by_key(partner, member):
    requests.post(REGISTRY[partner]["url"], json={"race": member.race}, timeout=5)  # MCD101


def plan(member):
    requests.post(REGISTRY["plan"]["url"], json={"ssn": member.ssn}, timeout=5)
""",
    # SPEC section 6 (review 58f): harmless comparisons of the routing key kept on self (`len(self.partner) > 16`, a count
    # kept per partner) and `case None:` leave the per-key runs alone; the ICE run of a method choosing its columns by the
    # key sends only its own list
    "self-key-runs-past-harmless-comparisons-and-case-none": """
import boto3

BASIC = ["cin", "birth_dt"]
WIDE = ["cin", "ssn"]
BUCKETS = {"ero": "ice-eid-handoff-prod", "mn": "mn-dhs-extracts"}


class Exporter:
    def __init__(self, partner):
        self.partner = partner
        self.sent_counts = {}

    def columns(self):
        match self.partner:
            case "ero":
                return BASIC
            case None:
                raise ValueError("no partner")
            case _:
                return WIDE

    def send(self, df, limit=10):
        if len(self.partner) > 16:
            raise ValueError(self.partner)
        if self.sent_counts.get(self.partner, 0) >= limit:
            return None
        body = df[self.columns()].to_csv(index=False)
        return boto3.client("s3").put_object(Bucket=BUCKETS[self.partner], Key="x.csv", Body=body)
""",
    # ANCHOR: new cases go above this line
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want


def test_a_flag_through_a_made_object_of_a_changed_table_names_the_url() -> None:
    # review 58a: the finding names the entry's URL, never the partner's key
    from flake8_medicaid_scope import analyze

    found = [f for f in analyze(_source(CASES["entry-flag-through-a-made-object-of-a-changed-table"])) if f.code == "MCD102"]
    assert len(found) == 1 and "sent to enforcement endpoint https://eid.ice.gov/referrals (line" in found[0].message
