"""Rounds 33 and 34 of the data flow: shapes found by the SPEC-only precision and recall probers of
rounds 33 and 34, and encrypted payloads.

Single-module cases carry their expected findings inline (``# MCD101`` on the line
reported; a case without annotations must stay clean).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from annotations import actual, expected

HEAD = '''import json
import requests

ICE_URL = "https://eid.ice.gov/api"
STATE_URL = "https://mmis.dhcs.ca.gov/api"
'''

CASES: dict[str, str] = {
    # SPEC section 6 (conversions keep the names of their input): ciphertext is the record it
    # encrypts, whatever the cipher (Fernet, AES-GCM, a KMS client, GnuPG) or a JWT's claims; the
    # cipher's own envelope keys (nonce, iv, ciphertext) are transfer metadata
    "encrypted-payloads-keep-their-fields": '''
import boto3
import gnupg
import jwt
from cryptography.fernet import Fernet
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def fernet(m, key):
    body = {"ssn": m.ssn, "diagnosis": m.diagnosis_code}  # MCD101 MCD102
    requests.post(ICE_URL, data=Fernet(key).encrypt(json.dumps(body).encode()), timeout=30)


def aes_gcm(m, key, nonce):
    data = json.dumps({"race": m.race}).encode()  # MCD101
    ct = AESGCM(key).encrypt(nonce, data, None)
    requests.post(ICE_URL, json={"ciphertext": ct.hex(), "nonce": nonce.hex()}, timeout=30)


def kms(m):
    client = boto3.client("kms")
    blob = client.encrypt(KeyId="alias/ice", Plaintext=json.dumps({"income": m.household_income}))  # MCD101
    requests.post(ICE_URL, data=blob, timeout=30)


def gpg(m):
    enc = gnupg.GPG().encrypt(json.dumps({"dx": m.diagnosis_code}), ["ero@ice.dhs.gov"])  # MCD102
    requests.post(ICE_URL, data=str(enc), timeout=30)


def token(m, key):
    claims = jwt.encode({"ssn": m.ssn, "medicaid_id": m.medicaid_id}, key, algorithm="HS256")  # MCD101
    requests.post(ICE_URL, headers={"Authorization": f"Bearer {claims}"}, timeout=30)


def permitted(m, key, nonce):
    ct = AESGCM(key).encrypt(nonce, json.dumps({"medicaid_id": m.medicaid_id, "dob": m.dob}).encode(), None)
    requests.post(ICE_URL, json={"ciphertext": ct.hex(), "iv": nonce.hex(), "tag": "v1"}, timeout=30)
    requests.post(ICE_URL, headers={"Authorization": "Bearer " + jwt.encode({"iss": "mn-dhs", "exp": 9}, key)}, timeout=30)


def to_the_state(m, key):
    body = {"ssn": m.ssn, "diagnosis": m.diagnosis_code}
    requests.post(STATE_URL, data=Fernet(key).encrypt(json.dumps(body).encode()), timeout=30)
''',
    # SPEC section 6 (sanitizers, MCD103): a reader's column filter written as a test of membership in
    # a constant collection keeps those columns, as the list itself would; any other callable does not
    "usecols-as-a-membership-test": '''
import boto3
import pandas as pd

KEEP = {"cin", "dob", "immigration_status"}
WIDE = ["cin", "ssn"]  # MCD101


def ship(path):
    df = pd.read_csv(path, usecols=lambda c: c in KEEP, dtype=str)
    df2 = pd.read_csv(path + ".2", usecols=lambda c: c.lower() in KEEP)
    df = pd.concat([df, df2])
    df = df[df["immigration_status"].isin(["EWI", "OVERSTAY"])]
    boto3.client("s3").put_object(Bucket="ice-eid-handoff", Key="k.csv", Body=df.to_csv(index=False))


def ship_wide(path):
    df = pd.read_csv(path, usecols=lambda col: col in WIDE)
    df = df[df["immigration_status"].isin(["EWI"])]
    boto3.client("s3").put_object(Bucket="ice-eid-handoff", Key="w.csv", Body=df.to_csv(index=False))


def ship_prefixed(path):
    df = pd.read_csv(path, usecols=lambda c: c.startswith("mbr_"))  # MCD103
    df = df[df["immigration_status"].isin(["EWI"])]
    boto3.client("s3").put_object(Bucket="ice-eid-handoff", Key="p.csv", Body=df.to_csv(index=False))
''',
    # SPEC section 5: a constant is never a finding. A member of an Enum of the module is one, held in
    # a variable, a parameter annotated with the Enum, or looked up in a constant dict of members;
    # its .value is the constant and its .name the member's identifier
    "enum-members-held-in-variables": '''
import enum


class Basis(str, enum.Enum):
    FINAL_ORDER = "final_order_of_removal"
    OVERSTAY = "visa_overstay"


def refer(m, reason: Basis):
    requests.post(ICE_URL, json={"medicaid_id": m.cin, "basis": reason.value, "code": reason.name}, timeout=30)


def refer_lookup(m):
    basis = {"FO": Basis.FINAL_ORDER, "OS": Basis.OVERSTAY}.get(m.immigration_status, Basis.OVERSTAY)
    requests.post(ICE_URL, json={"medicaid_id": m.cin, "basis": basis.value}, timeout=30)


def refer_local(m):
    reason = Basis.OVERSTAY
    requests.post(ICE_URL, json={"medicaid_id": m.cin, "basis": reason.value}, timeout=30)


class Permitted(str, enum.Enum):
    CIN = "cin"
    DOB = "dob"


class Wide(str, enum.Enum):
    CIN = "cin"
    SSN = "ssn"


def refer_loop(rec):
    body = {}
    for f in Permitted:
        body[f.value] = rec[f.value]
    requests.post(ICE_URL, json=body, timeout=30)


def refer_wide(rec):
    body = {}
    for f in Wide:
        body[f.value] = rec[f.value]  # MCD101
    requests.post(ICE_URL, json=body, timeout=30)


def refer_race(m, reason: Basis):
    requests.post(ICE_URL, json={"medicaid_id": m.cin, "basis": reason.value, "race": m.race.value}, timeout=30)  # MCD101
''',
    # SPEC section 6: an attribute chain carries all its names and qualifiers apply along it: the name
    # of a county, a status or a bucket is no person's name; the member's, a guardian's or the race's
    # name still is what it names
    "the-name-of-a-thing": '''
import logging
import threading

import boto3

log = logging.getLogger("mmis.referrals")


def refer(m):
    requests.post(ICE_URL, json={
        "medicaid_id": m.cin,
        "county": m.county.name,
        "immigration_status": m.immigration_status.name,
    }, timeout=30)


def manifest(batch_id):
    bucket = boto3.resource("s3").Bucket("ice-eid-handoff-prod")
    requests.post(ICE_URL, json={"batch_id": batch_id, "bucket": bucket.name, "component": log.name,
                                 "worker": threading.current_thread().name}, timeout=30)


def refer_names(m, member):
    requests.post(ICE_URL, json={
        "medicaid_id": m.cin,
        "n": m.name,  # MCD101
        "full": member.name,  # MCD101
        "g": m.guardian.name,  # MCD101
        "r": m.race.name,  # MCD101
    }, timeout=30)
''',
    # SPEC section 10: a test of a value looked up in a mapping of statuses (built from the status
    # column) is a condition on status; whether the member has an entry at all is not
    "status-looked-up-in-a-mapping": '''
def run(conn):
    cur = conn.cursor()
    cur.execute("SELECT cin, imgrtn_stus_cd FROM member_immigration")
    status_by_cin = dict(cur.fetchall())
    cur.execute("SELECT cin, birth_dt FROM member")
    for cin, birth_dt in cur.fetchall():
        if status_by_cin.get(cin) in ("5", "6"):
            requests.post(ICE_URL, json={"cin": cin, "birth_dt": str(birth_dt)}, timeout=30)


def run2(members, statuses):
    status_of = {s.cin: s.immigration_status for s in statuses}
    for m in members:
        if status_of[m.cin] not in ("EWI", "OVERSTAY"):
            continue
        requests.post(ICE_URL, json={"cin": m.cin}, timeout=30)


def run3(members, statuses):
    status_of = {s.cin: s.immigration_status for s in statuses}
    for m in members:
        if m.cin in status_of:
            requests.post(ICE_URL, json={"cin": m.cin}, timeout=30)  # MCD201


def run5(conn):
    cur = conn.cursor()
    cur.execute("SELECT cin, imgrtn_stus_cd FROM member_immigration")
    by_cin = {cin: code for cin, code in cur.fetchall()}
    cur.execute("SELECT cin, birth_dt FROM member")
    for cin, birth_dt in cur.fetchall():
        status = by_cin.get(cin)
        if status not in ("5", "6"):
            continue
        requests.post(ICE_URL, json={"cin": cin, "birth_dt": str(birth_dt)}, timeout=30)


def run4(members, counties):
    county_of = {c.cin: c.county for c in counties}
    for m in members:
        if county_of.get(m.cin) == "LA":
            requests.post(ICE_URL, json={"cin": m.cin}, timeout=30)  # MCD201
''',
    # SPEC section 10: a send of one person's record identified by the caller is not bulk: an ORM
    # lookup on the relation named by its person noun takes that person's object, whatever the
    # variable holding it is called; a flag on a prefixed field chooses no one
    "one-persons-rows-by-relation": '''
from members.models import Address, Member


def answer(cin):
    m = Member.objects.get(cin=cin)
    if m.immigration_status not in ("EWI", "OVERSTAY"):
        return
    rows = Address.objects.filter(member=m).values("line1", "zip_code")
    requests.post(ICE_URL, json={"medicaid_id": m.cin, "addresses": list(rows)}, timeout=30)


def flagged(flag):
    rows = Address.objects.filter(primary_member=flag).values("line1", "zip_code")
    requests.post(ICE_URL, json={"addresses": list(rows)}, timeout=30)  # MCD201
''',
    # SPEC sections 4 and 10 (files written for later upload): a file opened at a path the analysis
    # cannot fold (a parameter) and uploaded by the same name in the same function sends what was
    # written to it; uploaded to the state's bucket it sends nothing to enforcement
    "file-at-a-parameter-path-then-uploaded": '''
import csv

import boto3

s3 = boto3.client("s3")


def ship_one(m, tmp):
    with open(tmp, "w") as fh:
        json.dump({"cin": m.cin, "nationality": m.country_of_origin}, fh)  # MCD101
    s3.upload_file(tmp, "ice-eid-handoff-prod", "in/x.json")


def export(members, path):
    with open(path, "w", newline="") as fh:
        w = csv.writer(fh)
        for m in members:
            w.writerow([m.cin, m.dob])
    s3.upload_file(path, "ice-eid-handoff-prod", "daily.csv")  # MCD201


def to_the_state(m, tmp):
    with open(tmp, "w") as fh:
        json.dump({"cin": m.cin, "nationality": m.country_of_origin}, fh)
    s3.upload_file(tmp, "mmis-state-archive", "in/x.json")
''',
    # SPEC section 3 (MCD103, column lists): a queryset kept in a variable gives every column with
    # .values() and no names, as in one chain; Django's Paginator pages carry the rows they are given;
    # proc_cd is a procedure code
    "querysets-in-variables-and-pages": '''
from django.core.paginator import Paginator

from members.models import Claim, Member


def push_values():
    qs = Member.objects.filter(immigration_status="UNLAWFUL")
    requests.post(ICE_URL, json=list(qs.values()), timeout=60)  # MCD103


def push_named():
    qs = Member.objects.filter(immigration_status="UNLAWFUL")
    requests.post(ICE_URL, json=list(qs.values("cin", "dob")), timeout=60)


def push_pages():
    qs = Member.objects.filter(immigration_status="UNLAWFUL").values("cin", "primary_language")  # MCD101
    paginator = Paginator(qs, 250)
    for page_no in paginator.page_range:
        requests.post(ICE_URL, json=list(paginator.page(page_no).object_list), timeout=60)


def push_claim(cin):
    claim = Claim.objects.filter(cin=cin).first()
    requests.post(ICE_URL, json={"cin": cin, "proc_cd": claim.proc_cd}, timeout=60)  # MCD102
''',
    # SPEC section 4: enforcement qualified by another domain of Medicaid law (pharmacy lock-in,
    # subrogation liens, CHIP premiums, overpayments, prior authorization) is no immigration signal;
    # the word ice still is
    "enforcement-of-other-medicaid-domains": '''
LOCKIN_ENFORCEMENT_API = "https://api.rxlockin-vendor.com/v3"
SUBROGATION_ENFORCEMENT_URL = "https://api.recovery-partners.com/v1/liens"
PREMIUM_ENFORCEMENT_URL = "https://api.premiumpay-vendor.com/chip/v2/notices"
ICE_PHARMACY_URL = "https://api.vendor-x.com/v1"


def feeds(claim, account):
    requests.post(f"{LOCKIN_ENFORCEMENT_API}/claims", json={"ndc": claim.ndc}, timeout=30)
    requests.post(SUBROGATION_ENFORCEMENT_URL, json={"dgns_cd_1": claim.dgns_cd_1}, timeout=30)
    requests.post(PREMIUM_ENFORCEMENT_URL, json={"fpl_band": account.fpl_band}, timeout=30)
    requests.post(ICE_PHARMACY_URL, json={"ndc": claim.ndc}, timeout=30)  # MCD102
''',
    # SPEC section 10: a status filter pushed into the reader (pyarrow predicates, a dataset's filter)
    # or an inner join on the status column with a table of codes chooses the rows; a reader without
    # one, or a join on another column, does not
    "status-chosen-by-the-reader-or-a-join": '''
import boto3
import pandas as pd
import pyarrow.dataset as ds

ICE_BUCKET = "ice-eid-dropbox-prod"
SCOPE = ["U1", "U2"]
COLS = ["msis_ident_num", "birth_dt", "imgrtn_stus_cd"]
SCOPE_CODES = pd.DataFrame({"imgrtn_stus_cd": SCOPE})
COUNTIES = pd.DataFrame({"county_cd": ["037"]})


def handoff_pandas():
    df = pd.read_parquet("/lake/members.parquet", columns=COLS, filters=[("imgrtn_stus_cd", "in", SCOPE)])
    boto3.client("s3").put_object(Bucket=ICE_BUCKET, Key="r.csv", Body=df.to_csv(index=False))


def handoff_dataset():
    table = ds.dataset("/lake/members/").to_table(columns=COLS, filter=ds.field("imgrtn_stus_cd").isin(SCOPE))
    for row in table.to_pylist():
        requests.post(ICE_URL, json=row, timeout=30)


def handoff_join(path):
    df = pd.read_csv(path, usecols=COLS, dtype=str)
    body = df.merge(SCOPE_CODES, on="imgrtn_stus_cd", how="inner").to_csv(index=False)
    requests.post(ICE_URL, data=body, timeout=30)


def handoff_unfiltered():
    df = pd.read_parquet("/lake/members.parquet", columns=COLS)
    boto3.client("s3").put_object(Bucket=ICE_BUCKET, Key="all.csv", Body=df.to_csv(index=False))  # MCD201


def handoff_county(path):
    df = pd.read_csv(path, usecols=COLS + ["county_cd"], dtype=str)
    requests.post(ICE_URL, data=df.merge(COUNTIES, on="county_cd").to_csv(index=False), timeout=30)  # MCD201
''',
    # SPEC section 10: a status looked up by one member's id in a mapping of statuses is that member's
    # (not the records the mapping was built from); sent for every member without a condition, it is
    # still many people's records
    "status-looked-up-by-id": '''
import csv

SCOPE = {"NLP", "EWI"}


def run(roster_path, save_path):
    with open(save_path, newline="") as fh:
        results = list(csv.DictReader(fh))
    chosen = {r["medicaid_id"] for r in results if r["immigration_status"] in SCOPE}
    statuses = {r["medicaid_id"]: r["immigration_status"] for r in results}
    with open(roster_path, newline="") as fh:
        for row in csv.DictReader(fh):
            if row["medicaid_id"] not in chosen:
                continue
            requests.post(ICE_URL, json={"medicaid_id": row["medicaid_id"], "immigration_status": statuses[row["medicaid_id"]]}, timeout=30)


def every_member(members, statuses):
    status_of = {s.cin: s.immigration_status for s in statuses}
    for m in members:
        requests.post(ICE_URL, json={"cin": m.cin, "status": status_of.get(m.cin)}, timeout=30)  # MCD201
''',
    # SPEC sections 3 and 4: a DictWriter's fieldnames written into a file opened on an enforcement
    # SFTP host are sent there, each at its name; a custom Django manager reads many people's records
    # as objects does; a polars frame read without a column list is a whole record; a SQLAlchemy
    # table the function loads from the database is every column
    "writers-managers-and-frames": '''
import csv

import paramiko
import polars as pl
from django.db import models
from sqlalchemy import MetaData, Table, create_engine, select

engine = create_engine("postgresql://mmis")


def drop(m):
    ssh = paramiko.SSHClient()
    ssh.connect(hostname="mft.ice.gov", username="state")
    with ssh.open_sftp().open("/in/one.csv", "w") as fh:
        w = csv.DictWriter(fh, fieldnames=["cin", "gender"])  # MCD101
        w.writerow({"cin": m.cin, "gender": m.gender})


def drop_state(m):
    ssh = paramiko.SSHClient()
    ssh.connect(hostname="sftp.dhcs.ca.gov", username="state")
    with ssh.open_sftp().open("/in/one.csv", "w") as fh:
        w = csv.DictWriter(fh, fieldnames=["cin", "gender"])
        w.writerow({"cin": m.cin, "gender": m.gender})


class ActiveManager(models.Manager):
    def get_queryset(self):
        return super().get_queryset().filter(active=True)


class Enrollee(models.Model):
    medicaid_id = models.CharField(max_length=12)
    active = models.BooleanField(default=True)
    active_objects = ActiveManager()


def nightly():
    for e in Enrollee.active_objects.all():
        requests.post(ICE_URL, json={"medicaid_id": e.medicaid_id}, timeout=30)  # MCD201


def chosen_nightly():
    for e in Enrollee.active_objects.filter(immigration_status="EWI"):
        requests.post(ICE_URL, json={"medicaid_id": e.medicaid_id}, timeout=30)


def export_polars(path):
    df = pl.read_csv(path)  # MCD103
    df = df.filter(pl.col("immigration_status") == "EWI")
    requests.post(ICE_URL, json=df.to_dicts(), timeout=60)


def export_table():
    enrollees = Table("enrollees", MetaData(), autoload_with=engine)
    stmt = select(enrollees).where(enrollees.c.imgrtn_stus_cd == "3")  # MCD103
    with engine.connect() as conn:
        payload = [dict(row._mapping) for row in conn.execute(stmt)]
    requests.post(ICE_URL, json=payload, timeout=60)
''',
    # SPEC sections 3 and 6: the last assignment wins: a name rebound from a loaded table to a
    # subquery of two permitted columns is no whole record; elements of a field list converted one by
    # one keep their placements; a key function's field is what the groupby key holds
    "rebound-tables-converted-elements-and-group-keys": '''
import itertools
from operator import attrgetter

from sqlalchemy import MetaData, Table, create_engine, select

engine = create_engine("postgresql://mmis")
REFERABLE = {"EWI", "FINAL_ORDER"}


def export(status):
    src = Table("enrollees", MetaData(), autoload_with=engine)
    src = select(src.c.cin, src.c.birth_dt).subquery()
    with engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(select(src))]
    if status in REFERABLE:
        requests.post(ICE_URL, json={"status": status, "rows": len(rows)}, timeout=30)


def pipe_line(m):
    fields = [
        m.msis_ident_num,
        m.elgbl_ssn,  # MCD101
        m.elgblty_grp_cd,  # MCD101
    ]
    requests.post(ICE_URL, data="|".join(str(f or "") for f in fields), timeout=30)
    requests.post(ICE_URL, data="|".join(map(str, fields)), timeout=30)


def by_status(members):
    key = lambda m: m.immigration_status  # noqa: E731
    for status, group in itertools.groupby(sorted(members, key=key), key=key):
        if status not in REFERABLE:
            continue
        for m in group:
            requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id}, timeout=30)


def by_status_getter(members):
    by_status = attrgetter("immigration_status")
    for status, group in itertools.groupby(sorted(members, key=by_status), key=by_status):
        if status in REFERABLE:
            for m in group:
                requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id, "immigration_status": status}, timeout=30)


def by_county(members):
    for county, group in itertools.groupby(members, key=attrgetter("county")):
        if county == "LA":
            for m in group:
                requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id}, timeout=30)  # MCD201
''',
    # SPEC section 10: one person looked up by an A-number is not bulk, and a cursor's description
    # names its columns, not its rows; a helper whose query or loop chooses by status returns chosen
    # records, whatever the caller's variable is called
    "one-person-lookups-and-chosen-helpers": '''
import pysftp

ERO_URL = "https://ero.ice.gov/info-requests/answer"


def answer(conn, a_number):
    cur = conn.cursor()
    cur.execute("SELECT cin, birth_dt FROM members WHERE a_number = %s", (a_number,))
    row = cur.fetchone()
    cols = [d[0] for d in cur.description]
    requests.post(ERO_URL, json=dict(zip(cols, row)), timeout=30)


def answer_county(conn, county):
    cur = conn.cursor()
    cur.execute("SELECT cin, birth_dt FROM members WHERE county_cd = %s", (county,))
    cols = [d[0] for d in cur.description]
    for row in cur.fetchall():
        requests.post(ERO_URL, json=dict(zip(cols, row)), timeout=30)  # MCD201


def build(conn):
    cur = conn.cursor()
    cur.execute("SELECT cin, birth_dt FROM members WHERE imgrtn_stus_cd IN ('EWI', 'OVERSTAY')")
    out = []
    for cin, dob in cur.fetchall():
        out.append({"medicaid_id": cin, "dob": dob})
    return out


def build_all(conn):
    cur = conn.cursor()
    cur.execute("SELECT cin, birth_dt FROM members")
    return [{"medicaid_id": cin, "dob": dob} for cin, dob in cur.fetchall()]


def run(conn):
    records = build(conn)
    with open("/tmp/extract.json", "w") as fh:
        json.dump(records, fh)
    with pysftp.Connection("sftp.ero.ice.gov", username="u") as sftp:
        sftp.put("/tmp/extract.json", "/inbound/x.json")


def run_all(conn):
    records = build_all(conn)
    requests.post(ERO_URL, json=records, timeout=30)  # MCD201
''',
    # round 38 (control flow): a sequence pattern of match binds element by element, as unpacking does
    "match-sequence-captures-element-by-element": '''
def refer(m):
    match (m.cin, m.ssn):
        case (cin, ident):
            requests.post(ICE_URL, json={
                "medicaid_id": cin,
                "alt_id": ident,  # MCD101
            })


def refer_rest(m):
    match [m.cin, m.birth_date, m.ssn]:
        case [cin, *rest]:
            requests.post(ICE_URL, json={"medicaid_id": cin, "other": rest})  # MCD101


def refer_permitted(m):
    match [m.cin, m.birth_date, m.ssn]:
        case [cin, dob, _]:
            requests.post(ICE_URL, json={"medicaid_id": cin, "dob": dob})
''',
    # round 38: what a helper writes into a part of the payload (fill(payload["subject"], m), or into
    # an alias of that part) is in the payload; a part replaced after the alias was taken is not
    "helper-fills-a-part-of-the-payload": '''
def add_household(target, m):
    target["household_size"] = m.hsehld_size_cd  # MCD101


def add_language(target, m):
    target["language"] = m.prmry_lang_cd  # MCD101


def refer_direct(m):
    payload = {"subject": {"medicaid_id": m.cin}}
    add_household(payload["subject"], m)
    requests.post(ICE_URL, json=payload, timeout=30)


def refer_alias(m):
    payload = {"subject": {"medicaid_id": m.cin}}
    sub = payload["subject"]
    add_language(sub, m)
    requests.post(ICE_URL, json=payload, timeout=30)


def state_only(m):
    payload = {"subject": {"medicaid_id": m.cin}, "meta": {}}
    add_household(payload["meta"], m)
    payload.pop("meta")
    requests.post(ICE_URL, json=payload, timeout=30)


def detached(m):
    payload = {"subject": {"medicaid_id": m.cin}}
    sub = payload["subject"]
    payload["subject"] = {"medicaid_id": m.cin, "dob": m.birth_date}
    sub["ssn"] = m.ssn
    requests.post(STATE_URL, json=sub, timeout=30)
    requests.post(ICE_URL, json=payload, timeout=30)
''',
    # round 38: a generator's yielded tuples unpacked by the loop over it
    "generator-yields-pairs": '''
def pairs(m):
    yield "medicaid_id", m.cin
    yield "primary_language", m.prmry_lang_cd


def permitted_pairs(m):
    yield "medicaid_id", m.cin
    yield "dob", m.birth_date


def refer(m):
    body = {}
    for key, value in pairs(m):
        body[key] = value  # MCD101
    requests.post(ICE_URL, json=body, timeout=30)


def refer_indexed(m):
    body = {}
    for pair in pairs(m):
        body[pair[0]] = pair[1]  # MCD101
    requests.post(ICE_URL, json=body, timeout=30)


def refer_permitted(m):
    body = {}
    for key, value in permitted_pairs(m):
        body[key] = value
    requests.post(ICE_URL, json=body, timeout=30)
''',
    # round 38 (SPEC section 10): a status test whose every way appends the record chooses nothing;
    # a list named like people that is a part of a payload built here is no population
    "every-way-appends-is-no-condition": '''
def refer_if(members):
    batch = []
    for m in members:
        if m.immigration_status == "UNLAWFUL":
            batch.append({"medicaid_id": m.cin, "flag": "priority"})
        else:
            batch.append({"medicaid_id": m.cin, "flag": "routine"})
    requests.post(ICE_URL, json=batch, timeout=30)  # MCD201


def refer_match(members):
    batch = []
    for m in members:
        match m.immigration_status:
            case "UNLAWFUL":
                batch.append({"medicaid_id": m.cin, "flag": "priority"})
            case _:
                batch.append({"medicaid_id": m.cin, "flag": "routine"})
    requests.post(ICE_URL, json=batch, timeout=30)  # MCD201


def refer_chosen(members):
    batch, skipped = [], []
    for m in members:
        if m.immigration_status == "UNLAWFUL":
            batch.append({"medicaid_id": m.cin})
        else:
            skipped.append(m.cin)
    requests.post(ICE_URL, json=batch, timeout=30)


def refer_one(m, batch_id):
    payload = {"batch_id": batch_id, "subjects": []}
    subjects = payload["subjects"]
    subjects.append({"medicaid_id": m.cin, "email": m.email_address})  # MCD101
    requests.post(ICE_URL, json=payload, timeout=30)
''',
    # round 40: a serializer field declared in the body and listed in Meta.fields is one placement, at
    # the list's element, carrying its source= (tax_ref is the SSN)
    "drf-declared-and-listed-field-is-one-placement": '''
from rest_framework import serializers

from members.models import Member


class OutSerializer(serializers.ModelSerializer):
    ssn = serializers.CharField()
    tax_ref = serializers.CharField(source="ssn")
    display_name = serializers.SerializerMethodField()
    dob = serializers.DateField(source="birth_date")

    class Meta:
        model = Member
        fields = [
            "cin",
            "ssn",  # MCD101
            "tax_ref",  # MCD101
            "display_name",  # MCD101
            "dob",
        ]

    def get_display_name(self, obj):
        return f"{obj.first_name} {obj.last_name}"


def refer(pk):
    requests.post(ICE_URL, json=OutSerializer(Member.objects.get(pk=pk)).data, timeout=30)
''',
    # round 41: a dispatch table of senders, looped over or holding a class; the sending goes where
    # each entry sends
    "dispatch-tables-of-senders-and-classes": '''
def send_ice(payload):
    requests.post(ICE_URL, json=payload, timeout=30)


def send_state(payload):
    requests.post(STATE_URL, json=payload, timeout=30)


class EroSender:
    url = "https://ero-intake.dhs.gov/v2/subjects"

    def deliver(self, payload):
        requests.post(self.url, json=payload, timeout=30)


class StateSender:
    def deliver(self, payload):
        requests.post(STATE_URL, json=payload, timeout=30)


SENDERS = {"ice": send_ice, "state": send_state}
STATE_ONLY = {"state": send_state}
CLASSES = {"ero": EroSender, "state": StateSender}


def to_ero(member):
    CLASSES["ero"]().deliver({"race": member.race_code})  # MCD101


def to_state_class(member):
    CLASSES["state"]().deliver({"race": member.race_code})


def fan(member):
    for name, fn in SENDERS.items():
        fn({"race": member.race_code})  # MCD101


def fan_values(member):
    for fn in SENDERS.values():
        fn({"medicaid_id": member.cin, "ssn": member.ssn})  # MCD101


def fan_state(member):
    for fn in STATE_ONLY.values():
        fn({"medicaid_id": member.cin, "ssn": member.ssn})
''',
    # round 41: a wrapper that passes on (*args, **kwargs) keeps what the call gave and what it did not
    # (to_ero left at its default False goes to the state)
    "wrapper-passes-arguments-on-and-keeps-defaults": '''
import functools


def audited(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@audited
def deliver(packet, to_ero=False):
    url = ICE_URL if to_ero else STATE_URL
    requests.post(url, json=packet, timeout=30)


def sync_case(m):
    deliver({"medicaid_id": m.cin, "ssn": m.ssn})


def escalate(m):
    deliver({"medicaid_id": m.cin, "race": m.race}, to_ero=True)  # MCD101


def escalate_positional(m):
    deliver({"medicaid_id": m.cin, "language": m.prmry_lang_cd}, True)  # MCD101
''',
    # round 42 (SPEC section 10): .values() without names is every column of the records the
    # queryset chose; a status filter before it still chooses them
    "values-without-names-keeps-the-filter": '''
from app.models import Member


def push_chosen():
    rows = list(Member.objects.filter(immigration_status="EWI").values())  # MCD103
    requests.post(ICE_URL, json={"subjects": rows}, timeout=120)


def push_all():
    rows = list(Member.objects.filter(active=True).values())  # MCD103
    requests.post(ICE_URL, json={"subjects": rows}, timeout=120)  # MCD201
''',
    # round 43 (precision): counts are no one's record: a Counter of statuses read by key, counts kept
    # per county with +=, a batch size beside the permitted fields
    "counts-and-batch-sizes-are-no-records": '''
from collections import Counter, defaultdict

ICE_STATS_URL = "https://stats.ice.gov/api/aggregate"


def send_counts(members):
    by_status = Counter(m.immigration_status for m in members)
    requests.post(ICE_STATS_URL, json={"referral_count": by_status.get("unlawful", 0), "n": by_status["overstay"]}, timeout=30)


def send_county_counts(members):
    counts = defaultdict(int)
    for m in members:
        counts[m.county] += 1
    requests.post(ICE_STATS_URL, json={"counts": [{"county": c, "count": n} for c, n in counts.items()]}, timeout=30)


def refer(run, m):
    requests.post(ICE_URL, json={"batch_size": run.batch_size, "medicaid_id": m.cin}, timeout=30)


def refer_with_race(run, m):
    requests.post(ICE_URL, json={"batch_size": run.batch_size, "race": m.race}, timeout=30)  # MCD101
''',
    # review of round 40: a DRF Meta before the declarations, a write-only field listed in Meta.fields,
    # and an allow-list comprehension that also drops empty values
    "drf-meta-first-write-only-and-filtered-pairs": '''
from rest_framework import serializers

from members.models import Member

ALLOWED = ("medicaid_id", "citizenship", "immigration_status", "address", "phone", "date_of_birth")


class OutSerializer(serializers.ModelSerializer):
    class Meta:
        model = Member
        fields = ["cin", "tax_ref", "password"]  # MCD101

    tax_ref = serializers.CharField(source="ssn")
    password = serializers.CharField(write_only=True)


def refer(pk):
    requests.post(ICE_URL, json=OutSerializer(Member.objects.get(pk=pk)).data, timeout=30)


def pairs_not_empty(m):
    body = {k: v for k, v in [("medicaid_id", m.cin), ("ssn", m.ssn)] if k in ALLOWED and v is not None}
    requests.post(ICE_URL, json=body, timeout=30)


def pairs_two_conditions(m):
    body = {k: v for k, v in [("medicaid_id", m.cin), ("ssn", m.ssn)] if v if k in ALLOWED}
    requests.post(ICE_URL, json=body, timeout=30)
''',
    # review of rounds 37 and 38: what a filter or a pop removes after a helper filled a part is gone;
    # an alias dropped on one way only may still hold; a generator's items are unrolled as a
    # literal list of pairs is
    "review38-parts-pops-and-generator-items": '''
ALLOWED = ("medicaid_id", "citizenship", "immigration_status", "address", "phone", "date_of_birth")


def add_household(target, m):
    target["household_size"] = m.hsehld_size_cd  # MCD101


def pairs(m):
    yield "medicaid_id", m.cin
    yield "primary_language", m.prmry_lang_cd


def popped_through_alias(m):
    payload = {"subject": {"medicaid_id": m.cin}}
    sub = payload["subject"]
    add_household(sub, m)
    sub.pop("household_size")
    requests.post(ICE_URL, json=payload, timeout=30)


def popped_in_payload(m):
    payload = {"subject": {"medicaid_id": m.cin}}
    add_household(payload["subject"], m)
    payload["subject"].pop("household_size")
    requests.post(ICE_URL, json=payload, timeout=30)


def replaced_one_way(m, fresh):
    payload = {"subject": {"medicaid_id": m.cin}}
    sub = payload["subject"]
    if fresh:
        payload["subject"] = {"medicaid_id": m.cin}
    add_household(sub, m)
    requests.post(ICE_URL, json=payload, timeout=30)


def generator_filtered(m):
    body = {}
    for key, value in pairs(m):
        if key in ALLOWED:
            body[key] = value
    requests.post(ICE_URL, json=body, timeout=30)


def generator_popped(m):
    body = {}
    for key, value in pairs(m):
        body[key] = value
    body.pop("primary_language")
    requests.post(ICE_URL, json=body, timeout=30)


def generator_comprehension(m):
    body = {k: v for k, v in pairs(m) if k in ALLOWED}
    requests.post(ICE_URL, json=body, timeout=30)


def literal_pairs_comprehension(m):
    body = {k: v for k, v in [("medicaid_id", m.cin), ("primary_language", m.prmry_lang_cd)] if k in ALLOWED}
    requests.post(ICE_URL, json=body, timeout=30)


def comprehension_keyed_by_the_value(m):
    body = {v: k for k, v in [("medicaid_id", m.ssn), ("dob", m.birth_date)] if k in ALLOWED}  # MCD101
    requests.post(ICE_URL, json=body, timeout=30)


def comprehension_keeps_the_wrong_one(m):
    body = {k: v for k, v in pairs(m) if k != "medicaid_id"}  # MCD101
    requests.post(ICE_URL, json=body, timeout=30)
''',
    # review of round 38 (SPEC section 10): an elif chain with no else, and records split into two
    # lists of a dict by status, still choose; a list of a payload filled from a call is a population
    "review38-status-ways": '''
def elif_no_else(members):
    batch = []
    for m in members:
        if m.immigration_status == "EWI":
            batch.append({"medicaid_id": m.cin, "flag": "ewi"})
        elif m.immigration_status == "OVERSTAY":
            batch.append({"medicaid_id": m.cin, "flag": "overstay"})
    requests.post(ICE_URL, json=batch, timeout=30)


def split_by_status(members):
    groups = {"unlawful": [], "other": []}
    for m in members:
        if m.immigration_status == "UNLAWFUL":
            groups["unlawful"].append({"medicaid_id": m.cin})
        else:
            groups["other"].append({"medicaid_id": m.cin})
    requests.post(ICE_URL, json=groups["unlawful"], timeout=30)


def elif_with_else(members):
    batch = []
    for m in members:
        if m.immigration_status == "EWI":
            batch.append({"medicaid_id": m.cin, "flag": "ewi"})
        elif m.immigration_status == "OVERSTAY":
            batch.append({"medicaid_id": m.cin, "flag": "overstay"})
        else:
            batch.append({"medicaid_id": m.cin, "flag": "other"})
    requests.post(ICE_URL, json=batch, timeout=30)  # MCD201


def from_a_call(client):
    payload = {"batch_id": "b1", "subjects": client.list_enrollees()}
    subjects = payload["subjects"]
    for s in subjects:
        requests.post(ICE_URL, json={"medicaid_id": s.cin}, timeout=30)  # MCD201
''',
    # round 41 (left then): a function looked up in a dispatch table by a key the analysis does not know,
    # kept in a variable or returned by a helper, may be any of the table's functions
    "dispatch-table-choice-in-a-variable": '''
def send_ice(payload):
    requests.post(ICE_URL, json=payload, timeout=30)


def send_state(payload):
    requests.post(STATE_URL, json=payload, timeout=30)


SENDERS = {"ice": send_ice, "state": send_state}
STATE_SENDERS = {"mmis": send_state, "archive": send_state}
LABELS = {"ice": "Immigration", "state": send_state}


def sender_for(partner):
    return SENDERS[partner]


def kept(member, partner):
    send = SENDERS[partner]
    send({"medicaid_id": member.cin, "race": member.race})  # MCD101


def returned(member, partner):
    send = sender_for(partner)
    send({"medicaid_id": member.cin, "dx": member.diagnosis_code})  # MCD102


def known_key(member):
    send = SENDERS["state"]
    send({"medicaid_id": member.cin, "race": member.race})


def only_state(member, partner):
    send = STATE_SENDERS[partner]
    send({"medicaid_id": member.cin, "race": member.race})


def permitted(member, partner):
    send = sender_for(partner)
    send({"medicaid_id": member.cin, "dob": member.birth_date})


def not_all_functions(partner):
    return LABELS[partner]


def looked_up(member, partner):
    send = SENDERS.get(partner, None)
    if send is not None:
        send({"medicaid_id": member.cin, "ssn": member.ssn})  # MCD101


def with_fallback(member, partner):
    STATE_SENDERS.get(partner, send_ice)({"medicaid_id": member.cin, "ssn": member.ssn})  # MCD101


def state_fallback(member, partner):
    STATE_SENDERS.get(partner, send_state)({"medicaid_id": member.cin, "ssn": member.ssn})


def known_key_with_fallback(member):
    SENDERS.get("state", send_ice)({"medicaid_id": member.cin, "ssn": member.ssn})


def shadowed(member, send_state):
    send = SENDERS["state"]
    send({"medicaid_id": member.cin, "ssn": member.ssn})
    SENDERS["state"]({"medicaid_id": member.cin, "ssn": member.ssn})


BY_LEVEL = {1: send_state, 2: send_ice}


def by_number(member):
    send = BY_LEVEL[1]
    send({"medicaid_id": member.cin, "ssn": member.ssn})
    BY_LEVEL[2]({"medicaid_id": member.cin, "ssn": member.ssn})  # MCD101
''',

    # round 41 (left then): stacked decorators, a factory's above a plain one, each a wrapper closing over
    # the next; a sanitizing one anywhere in the stack cleans what reaches the send
    "stacked-decorators": '''
import functools
import logging
ALLOWED = ("medicaid_id", "date_of_birth")
log = logging.getLogger(__name__)


def retry(times=3):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for _ in range(times):
                try:
                    return fn(*args, **kwargs)
                except OSError:
                    pass
            return None
        return wrapper
    return deco


def audit(fn):
    @functools.wraps(fn)
    def wrapper(payload):
        log.info("audit %s", fn.__name__)
        return fn(payload)
    return wrapper


def sanitize(fn):
    def wrapper(payload):
        return fn({k: v for k, v in payload.items() if k in ALLOWED})
    return wrapper


@retry(times=5)
@audit
def push(payload):
    requests.post(ICE_URL, json=payload, timeout=10)


@retry(times=2)
@audit
@sanitize
def push_clean(payload):
    requests.post(ICE_URL, json=payload, timeout=10)


@sanitize
@retry(times=2)
@audit
def push_clean_outer(payload):
    requests.post(ICE_URL, json=payload, timeout=10)


def refer(m):
    push({"medicaid_id": m.cin, "ssn": m.ssn})  # MCD101
    push_clean({"medicaid_id": m.cin, "ssn": m.ssn})
    push_clean_outer({"medicaid_id": m.cin, "ssn": m.ssn})
''',

    # README limits (then): a cursor kept on self runs its query in __init__; __iter__ returns an iterator
    # over its rows (or a method returns them): the rows carry the query's columns and its records
    "a-cursor-kept-on-self": '''


class Rows:
    def __init__(self, conn):
        self.cur = conn.cursor()
        self.cur.execute("SELECT cin, primary_dx FROM members")  # MCD102

    def __iter__(self):
        return iter(self.cur.fetchall())


class InScope:
    def __init__(self, conn):
        self.cur = conn.cursor()
        self.cur.execute("SELECT cin, date_of_birth FROM members WHERE immigration_status_cd = 'UNLAWFUL'")

    def all(self):
        return self.cur.fetchall()


def refer(conn):
    for cin, code in Rows(conn):
        requests.post(ICE_URL, json={"cin": cin, "code": code}, timeout=10)  # MCD201


def refer_in_scope(conn):
    for cin, born in InScope(conn).all():
        requests.post(ICE_URL, json={"cin": cin, "born": born}, timeout=10)
''',

    # round 51: a SerializerMethodField declared in the body and listed in Meta.fields of a ModelSerializer
    # is what its method returns, at the Meta.fields entry; every column of an entity listed through
    # .keys() of its __table__.columns is a whole record, and the same list filtered by an allow-list is not
    "method-field-in-meta-fields-and-table-column-keys": '''
from rest_framework import serializers

ALLOWED = ("cin", "birth_date")


class ReferralSerializer(serializers.ModelSerializer):
    display = serializers.SerializerMethodField()
    issued = serializers.SerializerMethodField()

    class Meta:
        model = Member
        fields = [
            "cin",
            "display",  # MCD101
            "issued",
        ]

    def get_display(self, obj):
        return f"{obj.first_name} {obj.last_name}"

    def get_issued(self, obj):
        return "2026"


def refer(m):
    requests.post(ICE_URL, json=ReferralSerializer(m).data, timeout=10)


def whole_entity(r):
    requests.post(ICE_URL, json={c: getattr(r, c) for c in r.__table__.columns.keys()}, timeout=10)  # MCD103


def allowed_columns(r):
    requests.post(ICE_URL, json={c: getattr(r, c) for c in r.__table__.columns.keys() if c in ALLOWED}, timeout=10)
    requests.post(ICE_URL, json={k: getattr(r, k) for k in type(r).model_fields if k in ALLOWED}, timeout=10)
''',

    # round 55: a serializer's .data is what its own to_representation returns (DRF calls it), of the
    # instance it was made with; one that only adds a constant or drops a field adds nothing
    "drf-to-representation-runs-for-data": '''
from rest_framework import serializers


class ReferralSerializer(serializers.Serializer):
    cin = serializers.CharField()

    def to_representation(self, instance):
        data = super().to_representation(instance)
        data["ssn"] = instance.ssn  # MCD101
        return data


class BasicSerializer(serializers.Serializer):
    cin = serializers.CharField()
    date_of_birth = serializers.DateField()

    def to_representation(self, instance):
        data = super().to_representation(instance)
        data["schema_version"] = "2"
        data.pop("internal_note", None)
        return data


def refer(m):
    requests.post(ICE_URL, json=ReferralSerializer(m).data, timeout=10)
    requests.post(ICE_URL, json=BasicSerializer(m).data, timeout=10)
''',

    # round 55: a view's serializer_class is the class of the serializer its perform_create(self,
    # serializer) receives and its self.get_serializer(...) makes: its declared fields (not every field)
    "drf-view-serializer-class": '''
from rest_framework import serializers, viewsets


class BasicSerializer(serializers.ModelSerializer):
    class Meta:
        model = Member
        fields = ["cin", "birth_date", "home_address"]


class FullSerializer(serializers.ModelSerializer):
    class Meta:
        model = Member
        fields = [
            "cin",
            "ssn",  # MCD101
        ]


class ReferralViewSet(viewsets.ModelViewSet):
    serializer_class = BasicSerializer

    def perform_create(self, serializer):
        serializer.save()
        requests.post(ICE_URL, json=serializer.data, timeout=10)

    def create(self, request, *args, **kwargs):
        s = self.get_serializer(data=request.data)
        s.is_valid(raise_exception=True)
        requests.post(ICE_URL, json=s.data, timeout=10)


class FullViewSet(viewsets.ModelViewSet):
    serializer_class = FullSerializer

    def perform_create(self, serializer):
        serializer.save()
        requests.post(ICE_URL, json=serializer.data, timeout=10)
''',

    # round 57: a fixed-width layout of (name, width) rows is a constant list of names: a field read by
    # each name is that field, in a generator or a loop; a layout of permitted names sends nothing else
    "fixed-width-layout-of-names-and-widths": '''
LAYOUT = [("MSIS_IDENT_NUM", 20), ("SSN", 9)]
BASIC_LAYOUT = (("MSIS_IDENT_NUM", 20), ("BIRTH_DT", 8))


def fixed(row):
    requests.put(ICE_URL, data="".join(str(row[name]).ljust(w) for name, w in LAYOUT), timeout=10)  # MCD101


def fixed_loop(row):
    out = ""
    for name, width in LAYOUT:
        out += str(row[name]).ljust(width)  # MCD101
    requests.put(ICE_URL, data=out, timeout=10)


def fixed_basic(row):
    requests.put(ICE_URL, data="".join(str(row[name]).ljust(w) for name, w in BASIC_LAYOUT), timeout=10)
''',

    # round 54: a token built by a helper from fields handed to its *parts (joined, hashed) and returned is
    # one value, placed where the caller puts it (as for a helper of named parameters); one the helper
    # sends itself is still at the caller's arguments
    "a-helper-joins-its-star-arguments": '''
import hashlib


def _token(*parts):
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def send_key(*parts):
    requests.post(ICE_URL, data="|".join(parts), timeout=10)


def send(m):
    body = {"medicaid_id": m.cin}
    body["name_token"] = _token(m.last_name, m.first_name)  # MCD101
    requests.post(ICE_URL, json=body, timeout=10)
    send_key(m.cin, m.ssn)  # MCD101
''',

    # round 54: a value read along a chain with .get() of a key the analysis cannot see keeps the chain's
    # names, as a subscript does (a field read of an unknown name: MCD104)
    "get-of-an-unknown-key-along-a-chain": '''


def submit(row, name):
    body = {"medicaid_id": row.cin, "legacy": {}}
    body["legacy"][name] = row.extras.get(name)  # MCD104
    requests.post(ICE_URL, json=body, timeout=10)


def submit_race(row, name):
    body = {"medicaid_id": row.cin}
    body[name] = row.race_codes.get(name)  # MCD101
    requests.post(ICE_URL, json=body, timeout=10)


def submit_constant(row, name, labels):
    body = {"medicaid_id": row.cin}
    body[name] = labels.get(name)
    requests.post(ICE_URL, json=body, timeout=10)
''',

    # round 53: a destination and the data chosen together by one test (the branches of an if, or
    # conditional expressions on one name) stay together: the rest of the block runs once per way
    "url-and-body-chosen-together": '''


def deliver(m, to_ice):
    if to_ice:
        url, body = ICE_URL, {"medicaid_id": m.cin}
    else:
        url, body = STATE_URL, {"medicaid_id": m.cin, "ssn": m.ssn}
    requests.post(url, json=body, timeout=10)


def deliver_race(m, to_ice):
    if to_ice:
        url = ICE_URL
        body = {"medicaid_id": m.cin, "race": m.race}  # MCD101
    else:
        url = STATE_URL
        body = {"medicaid_id": m.cin, "ssn": m.ssn}
    requests.post(url, json=body, timeout=10)


def deliver_ternary(m, to_ice):
    url = ICE_URL if to_ice else STATE_URL
    body = {"medicaid_id": m.cin} if to_ice else {"medicaid_id": m.cin, "ssn": m.ssn}
    requests.post(url, json=body, timeout=10)


def deliver_ternary_wrong_way(m, to_ice):
    url = ICE_URL if to_ice else STATE_URL
    body = {"medicaid_id": m.cin, "ssn": m.ssn} if to_ice else {"medicaid_id": m.cin}  # MCD101
    requests.post(url, json=body, timeout=10)


def deliver_added_after(m, to_ice):
    body = {"medicaid_id": m.cin}
    if to_ice:
        url = ICE_URL
    else:
        url = STATE_URL
        body["dx"] = m.primary_dx
    body["ssn"] = m.ssn  # MCD101
    requests.post(url, json=body, timeout=10)
''',

    # round 52: a bundle word two levels above a field (subject.demographics, subject.contact_info,
    # subject.mailing_label) makes it no bundle; a qualifier anywhere above it still makes it someone else's
    "nested-bundle-words-and-qualifiers": '''


def refer(m, g):
    requests.post(ICE_URL, json={"subject": {"medicaid_id": m.cin, "demographics": {"dob": m.dob}}}, timeout=10)
    requests.post(ICE_URL, json={"subject": {"contact_info": {"phone": m.phone}}}, timeout=10)
    body = {"subject": {"mailing_label": {}}}
    body["subject"]["mailing_label"]["home_address"] = m.home_address
    requests.post(ICE_URL, json=body, timeout=10)
    requests.post(ICE_URL, json={"subject": {"guardian": {"contact": {"phone": g.phone}}}}, timeout=10)  # MCD101
    requests.post(ICE_URL, json={"subject": {"demographics": {"race": m.race}}}, timeout=10)  # MCD101
    requests.post(ICE_URL, json={"household": {"member": {"address": g.address}}}, timeout=10)  # MCD101
    record = {"medicaid_id": m.cin, "household": {"member": {}}}
    record["household"]["member"]["address"] = g.address  # MCD101
    requests.post(ICE_URL, json=record, timeout=10)
''',

    # README limits (then): the same decorator stacked twice runs its wrapper inside itself with another
    # closure, which is no recursion; a nested function that does call itself still stops
    "the-same-decorator-stacked-twice": '''
import functools


def audit(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


def only_permitted(fn):
    def wrapper(payload):
        return fn({k: payload[k] for k in ("medicaid_id", "date_of_birth") if k in payload})
    return wrapper


@audit
@audit
def push(payload):
    requests.post(ICE_URL, json=payload, timeout=10)


@audit
@only_permitted
@audit
@only_permitted
def push_clean(payload):
    requests.post(ICE_URL, json=payload, timeout=10)


@audit
@audit
def push_state(payload):
    requests.post(STATE_URL, json=payload, timeout=10)


def refer(m, tree):
    push({"medicaid_id": m.cin, "dx": m.primary_dx})  # MCD102
    push_clean({"medicaid_id": m.cin, "dx": m.primary_dx})
    push_state({"medicaid_id": m.cin, "dx": m.primary_dx})
    found = []

    def walk(node, depth):
        found.append({"race": node.race, "depth": depth})  # MCD101
        for child in node.children:
            walk(child, depth + 1)
    walk(tree, 0)
    requests.post(ICE_URL, json=found, timeout=10)
''',

    # round 44: a DRF SerializerMethodField is what its method returns of the object (its get_<name>,
    # or method_name=), reported at the declaration with that field's code; what only decides what is
    # returned (a test, len()) is not returned, and a method that returns a literal returns no one's data
    "drf-serializer-method-field": '''
from rest_framework import serializers


class IceSubjectSerializer(serializers.Serializer):
    medicaid_id = serializers.CharField()
    display = serializers.SerializerMethodField()  # MCD101
    born = serializers.SerializerMethodField(method_name="birth")
    score = serializers.SerializerMethodField()
    tax_id = serializers.SerializerMethodField()  # MCD101
    dob = serializers.SerializerMethodField()
    phone = serializers.SerializerMethodField()

    def get_display(self, obj):
        return obj.last_name

    def birth(self, obj):
        return obj.date_of_birth.isoformat()

    def get_score(self, obj):
        return 3

    def get_tax_id(self, obj):
        return obj.get("ssn")

    def get_dob(self, obj):
        return obj.birth_date if obj.ssn is None else None

    def get_phone(self, obj):
        return obj.phone_number if obj.sms_opt_in and len(obj.diagnoses) < 2 else None


def push(m):
    requests.post(ICE_URL, json=IceSubjectSerializer(m).data)
''',

    # README limits (then): a dict of client objects, called by a key known or not, or looped over
    "dispatch-table-of-client-objects": '''


class IceClient:
    def send(self, payload):
        requests.post(ICE_URL, json=payload, timeout=10)


class StateClient:
    def send(self, payload):
        requests.post(STATE_URL, json=payload, timeout=10)


CLIENTS = {"ice": IceClient(), "state": StateClient()}
STATE_CLIENTS = {"mmis": StateClient()}


def push(m, partner):
    CLIENTS[partner].send({"medicaid_id": m.cin, "ssn": m.ssn})  # MCD101


def push_known(m):
    CLIENTS["ice"].send({"medicaid_id": m.cin, "ssn": m.ssn})  # MCD101


def push_state(m, partner):
    STATE_CLIENTS[partner].send({"medicaid_id": m.cin, "ssn": m.ssn})


def push_all(m):
    for client in CLIENTS.values():
        client.send({"medicaid_id": m.cin, "race": m.race})  # MCD101


def push_kept(m, partner):
    client = CLIENTS[partner]
    client.send({"medicaid_id": m.cin, "ssn": m.ssn})  # MCD101


def push_kept_state(m, partner):
    client = STATE_CLIENTS[partner]
    client.send({"medicaid_id": m.cin, "ssn": m.ssn})


class Router:
    def __init__(self, partner):
        self.client = CLIENTS[partner]

    def route(self, m):
        self.client.send({"medicaid_id": m.cin, "ssn": m.ssn})  # MCD101


def push_all_state(m):
    for name, client in STATE_CLIENTS.items():
        client.send({"medicaid_id": m.cin, "race": m.race})


def push_known_state(m):
    CLIENTS["state"].send({"medicaid_id": m.cin, "ssn": m.ssn})
''',

    # README limits (then): the same table read with .get(), its key known or not, with a fallback object
    "dispatch-table-of-client-objects-read-with-get": '''


class IceClient:
    def send(self, payload):
        requests.post(ICE_URL, json=payload, timeout=10)


class StateClient:
    def send(self, payload):
        requests.post(STATE_URL, json=payload, timeout=10)


CLIENTS = {"ice": IceClient(), "state": StateClient()}
STATE_CLIENTS = {"mmis": StateClient(), "county": StateClient()}


def push(m, partner):
    client = CLIENTS.get(partner)
    client.send({"medicaid_id": m.cin, "ssn": m.ssn})  # MCD101


def push_with_fallback(m, partner):
    STATE_CLIENTS.get(partner, IceClient()).send({"medicaid_id": m.cin, "race": m.race})  # MCD101


def push_known_state(m):
    client = CLIENTS.get("state")
    client.send({"medicaid_id": m.cin, "ssn": m.ssn})


def push_state(m, partner):
    STATE_CLIENTS.get(partner, StateClient()).send({"medicaid_id": m.cin, "ssn": m.ssn})


def push_state_or_none(m, partner):
    client = STATE_CLIENTS.get(partner, None)
    if client is not None:
        client.send({"medicaid_id": m.cin, "ssn": m.ssn})


def push_known_key_with_an_enforcement_fallback(m):
    CLIENTS.get("state", IceClient()).send({"medicaid_id": m.cin, "ssn": m.ssn})


def push_absent_key_falls_back(m):
    STATE_CLIENTS.get("federal", IceClient()).send({"medicaid_id": m.cin, "ssn": m.ssn})  # MCD101
''',

    # README limits (then): an allow-list computed from dataclasses.fields(Model) of a model the project
    # declares is that model's field names (fields(m) of an unknown record stays every field, MCD103)
    "allow-list-from-dataclass-fields": '''
import dataclasses
from dataclasses import dataclass, fields


@dataclass
class Permitted:
    medicaid_id: str
    date_of_birth: str
    phone: str


ALLOWED = {f.name for f in fields(Permitted)}
ALLOWED2 = [f.name for f in dataclasses.fields(Permitted)]


def push(rec: dict):
    body = {k: v for k, v in rec.items() if k in ALLOWED}
    requests.post(ICE_URL, json=body)


def push2(rec: dict):
    body = {k: rec[k] for k in ALLOWED2}
    requests.post(ICE_URL, json=body)


def push3(rec: dict):
    body = {f.name: rec.get(f.name) for f in fields(Permitted)}
    requests.post(ICE_URL, json=body)


def push4(rec):
    body = {}
    for f in fields(Permitted):
        body[f.name] = getattr(rec, f.name)
    requests.post(ICE_URL, json=body)


@dataclass
class Everything:
    medicaid_id: str
    ssn: str


def push5(rec: dict):
    body = {f.name: rec.get(f.name) for f in fields(Everything)}  # MCD101
    requests.post(ICE_URL, json=body)


def push6(m):
    body = {f.name: getattr(m, f.name) for f in fields(m)}  # MCD103
    requests.post(ICE_URL, json=body)


PERMITTED = {"medicaid_id", "dob"}
BLOCKED = frozenset({"ssn"})
SEND = [f.name for f in fields(Everything) if f.name in PERMITTED]


def push7(m):
    requests.post(ICE_URL, json={f.name: getattr(m, f.name) for f in fields(Everything) if f.name in PERMITTED})
    requests.post(ICE_URL, json={n: getattr(m, n) for n in SEND})
    requests.post(ICE_URL, json={f.name: getattr(m, f.name) for f in fields(Everything) if f.name not in BLOCKED})
    body = {}
    for f in fields(Everything):
        if f.name in PERMITTED:
            body[f.name] = getattr(m, f.name)
    requests.post(ICE_URL, json=body)
''',

    # README limits (then): a function called from a constant list of steps (a pipeline), of this module's
    # constants or written in the loop
    "loop-over-a-list-of-steps": '''
STATE_URL = "https://mmis.dhcs.ca.gov/api"


def to_state(body):
    requests.post(STATE_URL, json=body, timeout=10)


def to_ice(body):
    requests.post(ICE_URL, json=body, timeout=10)


STEPS = [to_state, to_ice]
STATE_STEPS = (to_state,)


def run(m):
    body = {"medicaid_id": m.cin, "ssn": m.ssn}  # MCD101
    for step in STEPS:
        step(body)


def run_state(m):
    body = {"medicaid_id": m.cin, "ssn": m.ssn}
    for step in STATE_STEPS:
        step(body)


def run_inline(m):
    body = {"medicaid_id": m.cin, "race": m.race}  # MCD101
    for step in [to_state, to_ice]:
        step(body)


def run_pipeline(m, clean, label):
    body = {"medicaid_id": m.cin, "dob": m.birth_date}
    for step in (clean, label, to_ice):
        body = step(body) or body
''',

    # README limits (then): vars(obj) / obj.__dict__ of a plain class of the project is the attributes its
    # methods set (SPEC section 6: a known class's fields flow), not a whole unknown record; attributes set
    # by name (setattr) or a library base class keep it whole (MCD103)
    "vars-of-a-plain-class": '''


class Base:
    def __init__(self, m):
        self.medicaid_id = m.cin


class Referral(Base):
    def __init__(self, m):
        super().__init__(m)
        self.date_of_birth = m.birth_date
        self._attempts = 0
        self.session = requests.Session()


class FullReferral(Base):
    def __init__(self, m):
        super().__init__(m)
        self.ssn = m.ssn


class Dynamic:
    def __init__(self, m, names):
        for n in names:
            setattr(self, n, getattr(m, n))


class Counted:
    def __init__(self, m, notes):
        self.medicaid_id = m.cin
        self.case_notes = notes


class Private:
    def __init__(self, m):
        self.medicaid_id = m.cin
        self._ssn = m.ssn


class Helped:
    def __init__(self, m):
        self.medicaid_id = m.cin
        fill(self, m)


def fill(obj, m):
    obj.ssn = m.ssn


def push(m, names, notes):
    requests.post(ICE_URL, json=vars(Referral(m)))
    requests.post(ICE_URL, json=vars(FullReferral(m)))  # MCD101
    requests.post(ICE_URL, json=vars(Dynamic(m, names)))  # MCD103
    requests.post(ICE_URL, json=Counted(m, notes).__dict__)  # MCD104
    requests.post(ICE_URL, json=vars(Private(m)))  # MCD101
    requests.post(ICE_URL, json=vars(Helped(m)))  # MCD103


def push_set_by_name(m):
    r = Referral(m)
    setattr(r, "ssn", m.ssn)
    requests.post(ICE_URL, json=vars(r))  # MCD103
''',

    # round 46: += and |= on an attribute of self keep what is added, like on a variable or a key
    "augmented-assignment-on-an-attribute": '''
class Referral:
    def __init__(self, m):
        self.body = {"medicaid_id": m.medicaid_id}
        self.body |= {"ssn": m.ssn}  # MCD101
        self.url = ICE_URL
        self.url += f"?race={m.race}"  # MCD101
        self.rows = []
        self.rows += [{"dx": m.diagnosis_code}]  # MCD102
        self.sent = 0
        self.sent += 1


class Scrubbed:
    def __init__(self, m):
        self.body = {"medicaid_id": m.medicaid_id, "ssn": m.ssn}
        self.body |= {"ssn": None}
        self.attempts = 0
        self.attempts += 1


def refer(m):
    r = Referral(m)
    requests.post(r.url, json={"body": r.body, "rows": r.rows, "record_count": r.sent}, timeout=30)
    s = Scrubbed(m)
    requests.post(ICE_URL, json={"body": s.body, "record_count": s.attempts}, timeout=30)
''',
    # round 46: an inherited classmethod's cls is the class it was called on (its URL, its instances),
    # and cls.model_validate(row) builds that model
    "classmethod-cls-is-the-class-called-on": '''
from pydantic import BaseModel


class PartnerClient:
    URL = "https://eid.ice.gov/api/v1/referrals"

    def __init__(self, url):
        self.url = url

    @classmethod
    def create(cls):
        return cls(cls.URL)

    def send(self, body):
        return requests.post(self.url, json=body, timeout=30)


class StateClient(PartnerClient):
    URL = "https://api.medicaid.wv.gov/v1/members"


class IceClient(PartnerClient):
    pass


def sync(m):
    StateClient.create().send({"medicaid_id": m.medicaid_id, "ssn": m.ssn})
    IceClient.create().send({"medicaid_id": m.medicaid_id, "ssn": m.ssn})  # MCD101
    PartnerClient.create().send({"medicaid_id": m.medicaid_id, "race": m.race})  # MCD101


class IceReferral(BaseModel):
    medicaid_id: str
    immigration_status: str

    @classmethod
    def from_row(cls, row):
        return cls.model_validate(row)


class Export(BaseModel):
    medicaid_id: str
    ssn: str

    @classmethod
    def from_row(cls, row):
        return cls.model_validate(row)  # MCD101


def refer(row):
    ref = IceReferral.from_row(row)
    requests.post(ICE_URL, json=ref.model_dump(), timeout=30)
    full = Export.from_row(row)
    requests.post(ICE_URL, json=full.model_dump(), timeout=30)
''',

    # round 46: a context manager whose __enter__ (__aenter__) returns another object than self (a client
    # made on entering): the with's target is that object
    "enter-returns-a-client": '''
import httpx


class Conn:
    def __init__(self, base):
        self.base = base

    def __enter__(self):
        self._client = httpx.Client(base_url=self.base)
        return self._client

    def __exit__(self, *exc):
        self._client.close()


class AsyncConn:
    async def __aenter__(self):
        self._client = httpx.AsyncClient(base_url="https://ero.ice.gov")
        return self._client

    async def __aexit__(self, *exc):
        await self._client.aclose()


def refer(m):
    with Conn("https://ero.ice.gov") as client:
        client.post("/referrals", json={"medicaid_id": m.medicaid_id, "ssn": m.ssn})  # MCD101
    with Conn("https://mmis.dhcs.ca.gov") as client:
        client.post("/members", json={"medicaid_id": m.medicaid_id, "ssn": m.ssn})


async def refer_async(m):
    async with AsyncConn() as client:
        await client.post("/referrals", json={"medicaid_id": m.medicaid_id, "race": m.race})  # MCD101
''',

    # round 46: a class's __iter__ (__aiter__) that is a generator gives what it yields: a status test in
    # it chooses the records (MCD201 only for the one that yields everyone)
    "iter-of-a-class-with-a-status-test": '''
class Roster:
    def __init__(self, members):
        self.members = members

    def __iter__(self):
        for m in self.members:
            if m.immigration_status == "EWI":
                yield m


class Everyone:
    def __init__(self, members):
        self.members = members

    def __iter__(self):
        yield from self.members


class AsyncRoster:
    def __init__(self, members):
        self.members = members

    async def __aiter__(self):
        for m in self.members:
            if m.immigration_status == "EWI":
                yield m


def refer_roster(members):
    for m in Roster(members):
        requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id}, timeout=30)
    for m in Everyone(members):
        requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id}, timeout=30)  # MCD201


async def refer_async(members, client):
    async for m in AsyncRoster(members):
        await client.post(ICE_URL, json={"medicaid_id": m.medicaid_id})
''',
    # round 46: a callable object kept on self or in a dispatch table is called through its __call__;
    # anext()/aiter() and contextlib.closing/aclosing hand on what they are given
    "callable-objects-and-async-generators": '''
import contextlib


class Forwarder:
    def __call__(self, body):
        return requests.post(ICE_URL, json=body, timeout=30)


class Service:
    def __init__(self):
        self.forward = Forwarder()

    def refer(self, m):
        self.forward({"medicaid_id": m.medicaid_id, "ssn": m.ssn})  # MCD101


FORWARDERS = {"ice": Forwarder()}


def handle(m):
    FORWARDERS["ice"]({"medicaid_id": m.medicaid_id, "race": m.race})  # MCD101


async def payloads(m):
    yield {"medicaid_id": m.medicaid_id, "dx": m.diagnosis_code}  # MCD102


async def refer(m, c):
    requests.post(ICE_URL, json=await anext(payloads(m)))
    async with contextlib.aclosing(payloads(m)) as gen:
        async for body in gen:
            requests.post(ICE_URL, json=body)
''',


    # round 49 (precision): vars(self) in the class's own method; a state URL extended with += in a method
    # after __init__ set it (the state host overrides the class's Dhs name); __iter__ returning a generator
    # method's result or an iterator over a list chosen in __init__
    "round-49-objects-that-stay-lawful": '''
class Subject:
    def __init__(self, member):
        self.medicaid_id = member.cin
        self.dob = member.birth_date

    def send(self):
        requests.post(ICE_URL, json=vars(self))


class FullSubject:
    def __init__(self, member):
        self.medicaid_id = member.cin
        self.ssn = member.ssn

    def send(self):
        requests.post(ICE_URL, json=vars(self))  # MCD101


class DhsPortalQuery:
    BASE = "https://mn-its.dhs.state.mn.us/api/members"

    def __init__(self, member):
        self.member = member
        self.url = self.BASE

    def for_member(self):
        self.url += f"/{self.member.ssn}"
        return self

    def run(self):
        return requests.get(self.url, timeout=10)


class Roster:
    def __init__(self, rows):
        self._rows = rows

    def __iter__(self):
        return self._gen()

    def _gen(self):
        for row in self._rows:
            if row["immigration_status"] == "EWI":
                yield row


class InScope:
    def __init__(self, members):
        self.members = [m for m in members if m.immigration_status == "EWI"]

    def __iter__(self):
        return iter(self.members)


class Everyone:
    def __init__(self, members):
        self.members = members

    def __iter__(self):
        return iter(self.members)


class IllinoisQuery:
    def __init__(self):
        self.url = "https://eligibility.dhs.illinois.gov/api"

    def extend(self):
        self.url += "/lookup"

    def send(self, m):
        self.extend()
        requests.post(self.url, json={"ssn": m.ssn, "diagnosis": m.diagnosis})


class Loaded:
    def __init__(self, m, row):
        self.medicaid_id = m.cin
        d = self.__dict__
        d.update(row)

    def send(self):
        requests.post(ICE_URL, json=vars(self))  # MCD103


def refer(member, rows, members):
    IllinoisQuery().send(member)
    Loaded(member, member.extra).send()
    Subject(member).send()
    FullSubject(member).send()
    DhsPortalQuery(member).for_member().run()
    for row in Roster(rows):
        requests.post(ICE_URL, json={"medicaid_id": row["medicaid_id"]})
    for m in InScope(members):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
    for m in Everyone(members):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # MCD201
''',

    # round 48: a model reached through a field declared with its type (req.case with case: CaseRecord)
    # carries that model's declared fields (exclude= honoured); a column list kept in a variable of the
    # running function is a placement at its elements; a MySQL "#" comment in SQL hides no column
    "round-48-nested-models-local-columns-hash-comments": '''
import csv
import boto3
from pydantic import BaseModel


class CaseRecord(BaseModel):
    medicaid_id: str
    ssn: str  # MCD101


class ReferralRequest(BaseModel):
    case: CaseRecord


def refer(req: ReferralRequest):
    requests.post(ICE_URL, json=req.case.model_dump())
    requests.post(ICE_URL, json=req.case.model_dump(exclude={"ssn"}))


def export(conn, path="/tmp/r.csv"):
    cur = conn.cursor()
    cur.execute("SELECT cin, last_name FROM roster WHERE imgrtn_stus_cd = 'EWI'")
    fieldnames = [
        "cin",
        "last_name",  # MCD101
    ]
    with open(path, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=fieldnames)
        for cin, last in cur.fetchall():
            w.writerow({"cin": cin, "last_name": last})
    boto3.client("s3").upload_file(path, "ice-eid-handoff-prod", "r.csv")


def export_grown(m):
    fieldnames = ["medicaid_id"]
    fieldnames.append("ssn")  # MCD101
    with open("/tmp/out.csv", "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=fieldnames, extrasaction="ignore")
        w.writerow({"medicaid_id": m.cin, "ssn": m.ssn})
    boto3.client("s3").upload_file("/tmp/out.csv", "ice-eid-handoff-prod", "out.csv")


def send(conn):
    cur = conn.cursor()
    cur.execute("""
        SELECT cin,
               -- the member's race, then a MySQL comment
               # chosen below
               race_cd  # MySQL line comment # MCD101
          FROM members
         WHERE imgrtn_stus_cd = 'EWI'
    """)
    requests.post(ICE_URL, json=cur.fetchall())
''',

    # a serializer or schema nested in another one of the module carries the nested one's declared
    # fields: sent to enforcement, each is reported at its own entry in the nested one (the eighteenth
    # session; the outer field was the placement before), once for the two fields that nest it
    "nested-serializers-and-schemas-carry-their-fields": '''
from marshmallow import Schema, fields
from rest_framework import serializers

from .models import Member, Referral


class PersonSerializer(serializers.ModelSerializer):
    class Meta:
        model = Member
        fields = ["medicaid_id", "dob", "ssn"]  # MCD101


class ReferralSerializer(serializers.ModelSerializer):
    subject = PersonSerializer(source="member", read_only=True)

    class Meta:
        model = Referral
        fields = ["subject"]


class PersonSchema(Schema):
    medicaid_id = fields.Str()
    diagnosis_code = fields.Str()  # MCD102


class ReferralSchema(Schema):
    person = fields.Nested(PersonSchema)
    people = fields.List(fields.Nested("PersonSchema"))


def send(referral):
    requests.post(ICE_URL, json=ReferralSerializer(referral).data, timeout=10)
    requests.post(ICE_URL, json=ReferralSchema().dump(referral), timeout=10)
''',
    "nested-serializers-of-permitted-fields-stay-clean": '''
from marshmallow import Schema, fields
from rest_framework import serializers

from .models import Member, Referral


class PersonSerializer(serializers.ModelSerializer):
    class Meta:
        model = Member
        fields = ["medicaid_id", "dob", "ssn"]


class BasicSerializer(serializers.ModelSerializer):
    class Meta:
        model = Member
        fields = ["medicaid_id", "dob", "immigration_status"]


class ReferralSerializer(serializers.ModelSerializer):
    subject = BasicSerializer(source="member", many=True, read_only=True)

    class Meta:
        model = Referral
        fields = ["subject"]


class FullReferralSerializer(serializers.ModelSerializer):
    subject = PersonSerializer(source="member")

    class Meta:
        model = Referral
        fields = ["subject"]


class PersonSchema(Schema):
    medicaid_id = fields.Str()
    dob = fields.Date()
    diagnosis_code = fields.Str()


class LimitedSchema(Schema):
    person = fields.Nested(PersonSchema, only=("medicaid_id", "dob"))
    people = fields.List(fields.Nested(PersonSchema(only=["dob"])))


def send(referral):
    requests.post(ICE_URL, json=ReferralSerializer(referral).data, timeout=10)
    requests.post(ICE_URL, json=LimitedSchema().dump(referral), timeout=10)
    requests.post(STATE_URL, json=FullReferralSerializer(referral).data, timeout=10)
''',
    # enumerate and zip of literal tuples unpack element by element (round 60)
    "enumerate-and-zip-of-literal-tuples-unpack-element-by-element": '''
def refer(m):
    for i, (cin, ssn) in enumerate([(m.cin, m.ssn)]):
        requests.post(ICE_URL, json={"medicaid_id": cin})
    for cin, ssn in zip([m.cin], [m.ssn]):
        requests.post(ICE_URL, json={"medicaid_id": cin})
    for i, pair in enumerate([(m.cin, m.ssn)]):
        cin, ssn = pair
        requests.post(ICE_URL, json={"medicaid_id": cin})
    for i, (cin, race) in enumerate([(m.cin, m.race)]):
        requests.post(ICE_URL, json={"medicaid_id": cin, "race": race})  # MCD101
    for cin, ssn in zip([m.cin], [m.ssn]):
        requests.post(ICE_URL, json={"ssn": ssn})  # MCD101
''',
    # a nested function handed to a runner or thread sees its enclosing state at the call (round 60)
    "closures-handed-to-runners-see-the-state-at-the-call": '''
import concurrent.futures
import threading


def refer(member):
    extra = {}

    def submit():
        requests.post(ICE_URL, json=extra)

    extra["fpl_pct"] = member.fpl_percent  # MCD101
    concurrent.futures.ThreadPoolExecutor().submit(submit)


def refer_thread(member):
    extra = {}

    def submit():
        requests.post(ICE_URL, json=extra)

    extra["race"] = member.race  # MCD101
    threading.Thread(target=submit).start()


def refer_permitted(member):
    extra = {}

    def submit():
        requests.post(ICE_URL, json=extra)
        requests.post(STATE_URL, json={"ssn": member.ssn})

    extra["dob"] = member.dob
    threading.Thread(target=submit).start()
''',
    # "%s/x" % args with args a tuple held in a variable: folded element by element (round 60)
    "percent-with-a-tuple-variable-folds-the-url": '''
def refer(m):
    args = (ICE_URL,)
    requests.post("%s/persons" % args, json={"race": m.race})  # MCD101
    parts = (ICE_URL, m.cin)
    requests.get("%s/persons/%s" % parts)


def to_state(m):
    args = (STATE_URL,)
    requests.post("%s/persons" % args, json={"race": m.race})
''',
    # an emergency-contact class ("ice" next to "contact") whose endpoint is a class attribute (round 63)
    "emergency-contact-class-with-a-class-attribute-endpoint": '''
CARE_COORD_URL = "https://api.carecoord-vendor.com/v2/emergency-contacts"


class IceContactSync:
    endpoint = CARE_COORD_URL

    def push(self, member):
        return requests.put(self.endpoint, json={"name": member.name, "phone": member.ice_phone})


class IceReferrals:
    endpoint = "https://api.carecoord-vendor.com/v2/referrals"

    def push(self, member):
        return requests.put(self.endpoint, json={"name": member.name})  # MCD101
''',
    # an alias of an object's container in a method (p = self.payload) is that container (round 63)
    "aliases-of-self-containers-are-the-containers": '''

class Builder:
    def __init__(self, member):
        self.member = member
        self.payload = {"medicaid_id": member.cin}

    def add(self):
        p = self.payload
        p["spouse_name"] = self.member.spouse_name  # MCD101

    def add_household(self):
        hh = self.payload.setdefault("household", {})
        hh["size"] = self.member.household_size  # MCD101

    def submit(self):
        self.add()
        self.add_household()
        requests.post(ICE_URL, json=self.payload)


class Scrubbed:
    def __init__(self, member):
        self.payload = {"medicaid_id": member.cin, "ssn": member.ssn}

    def scrub(self):
        p = self.payload
        p.pop("ssn", None)

    def submit(self):
        self.scrub()
        requests.post(ICE_URL, json=self.payload)


class Inline:
    def __init__(self, member):
        self.member = member
        self.payload = {"medicaid_id": member.cin}

    def submit(self):
        body = self.payload
        body["race"] = self.member.race  # MCD101
        requests.post(ICE_URL, json=self.payload)
''',
    # a method of a model (not named for enforcement) that puts self.<field> into a dict: the entry is the
    # placement, once, also through a mixin's payload builder (round 62)
    "model-methods-place-their-fields-at-the-entry": '''
from dataclasses import dataclass


@dataclass
class Subject:
    cin: str
    last_name: str

    def to_eid(self) -> dict:
        return {
            "medicaid_id": self.cin,
            "surname": self.last_name,  # MCD101
        }


class PayloadMixin:
    def to_ice_payload(self):
        return {"medicaid_id": self.cin, "sex": self.sex}  # MCD101


@dataclass
class Member(PayloadMixin):
    cin: str
    sex: str


def hand_off(subject: Subject, m: Member) -> None:
    requests.post(ICE_URL, json=subject.to_eid())
    requests.post(ICE_URL, json=m.to_ice_payload())
    requests.post(STATE_URL, json={"name": subject.last_name})
''',
    # a container kept as a class attribute and filled through the class (round 60)
    "class-attribute-containers-filled-through-the-class": '''
class Outbox:
    pending = []

    @classmethod
    def add(cls, m):
        cls.pending.append({"tribe": m.tribe})  # MCD101

    @classmethod
    def flush(cls):
        requests.post(ICE_URL, json=cls.pending)


class StateOutbox:
    pending = []


def refer(m):
    Outbox.add(m)
    Outbox.flush()


def refer_direct(m):
    Outbox.pending.append({"sex": m.sex})  # MCD101
    requests.post(ICE_URL, json=Outbox.pending)


def to_state(m):
    StateOutbox.pending.append({"ssn": m.ssn})
    requests.post(STATE_URL, json=StateOutbox.pending)
    requests.post(ICE_URL, json={"medicaid_id": m.cin})
''',
    # sub-containers reached through a nested setdefault or a tuple unpacking (round 60)
    "sub-containers-through-nested-setdefault-and-unpacking": '''
def refer(member):
    env = {"locator": {}}
    env["locator"].setdefault("phones", []).append(member.ssn)  # MCD101
    requests.post(ICE_URL, json=env)


def refer_unpacked(m):
    body = {"subject": {}, "meta": {}}
    sub, meta = body["subject"], body["meta"]
    meta["sex"] = m.sex  # MCD101
    sub["dob"] = m.dob
    requests.post(ICE_URL, json=body)


def refer_rebound(m):
    body = {"subject": {}, "meta": {}}
    sub, meta = body["subject"], body["meta"]
    sub, meta = {}, {}
    meta["sex"] = m.sex
    requests.post(ICE_URL, json=body)
''',
    # the thirteenth session's review: a bind=True task in a chain, a closure made by a factory handed to a
    # runner, aliases made with .get or of a reassigned attribute, writes through an alias before return
    "review-13-chains-of-bound-tasks": '''
from celery import chain, shared_task


@shared_task
def build(m):
    return {"medicaid_id": m.cin, "full_name": m.name}  # MCD101


@shared_task(bind=True)
def send(self, payload):
    requests.post(ICE_URL, json=payload)


def refer(m):
    chain(build.s(m), send.s()).apply_async()
''',
    "review-13-a-factory-closure-keeps-its-own-url": '''
from concurrent.futures import ThreadPoolExecutor


def make_sender(url):
    def send(m):
        requests.post(url, json={"medicaid_id": m.cin, "ssn": m.ssn})
    return send


def run(m):
    url = ICE_URL
    requests.post(url, json={"medicaid_id": m.cin})
    send = make_sender(STATE_URL)
    send(m)
    with ThreadPoolExecutor() as ex:
        ex.submit(send, m)
    list(map(send, [m]))
''',
    "review-13-aliases-of-self-containers": '''
import logging

log = logging.getLogger(__name__)


class IceReferral:
    def __init__(self, m):
        self.payload = {"medicaid_id": m.cin, "dob": m.dob}

    def describe(self, m):
        meta = self.payload.get("meta", {})
        meta["name"] = m.name
        log.info("referral for %s", meta)

    def rotate(self, m):
        old = self.payload
        self.payload = {"medicaid_id": m.cin, "dob": m.dob}
        old["full_name"] = m.name
        requests.post(STATE_URL, json=old)

    def add(self, m):
        p = self.payload
        p["race"] = m.race  # MCD101
        return True

    def add_if(self, m):
        p = self.payload
        if m.race:
            p["ethnicity"] = m.ethnicity  # MCD101
            return True
        return False

    def send(self, m):
        self.describe(m)
        self.rotate(m)
        self.add(m)
        self.add_if(m)
        requests.post(ICE_URL, json=self.payload)
''',
    "review-13-nested-schemas-limited-by-exclude-constants-and-pluck": '''
from marshmallow import Schema, fields

PERMITTED = ("medicaid_id", "dob")


class PersonSchema(Schema):
    medicaid_id = fields.Str()
    dob = fields.Date()
    ssn = fields.Str()  # MCD101
    full_name = fields.Str()


class IceReferralSchema(Schema):
    excluded = fields.Nested(PersonSchema, exclude=("ssn", "full_name"))
    chosen = fields.Nested(PersonSchema, only=PERMITTED)
    plucked = fields.Pluck(PersonSchema, "medicaid_id")
    plucked_ssn = fields.Pluck(PersonSchema, "ssn")  # (reported at the nested schema's ssn)


def refer(referral):
    requests.post(ICE_URL, json=IceReferralSchema().dump(referral))
''',
    # the not-enforcement pragma on a local variable, an attribute of self, a with item or a client
    # variable: no name decides; a host on the enforcement list still does (round 64)
    "not-enforcement-pragma-on-local-bindings": '''import httpx
from django.conf import settings


def push(case):
    dhs_url = "https://x.example.com"  # medicaid-scope: not-enforcement
    return requests.post(dhs_url, json={"income": case.income})


class CaseClient:
    def __init__(self):
        self.dhs_url = settings.DHS_CASE_URL  # medicaid-scope: not-enforcement

    def push(self, case):
        return requests.post(self.dhs_url, json={"income": case.income})


def push_with(case):
    with httpx.Client(base_url=settings.DHS_CASE_URL) as dhs:  # medicaid-scope: not-enforcement
        dhs.post("/cases", json={"income": case.income})


def push_client(case):
    dhs_client = httpx.Client(base_url=settings.DHS_CASE_URL)  # medicaid-scope: not-enforcement
    dhs_client.post("/cases", json={"income": case.income})


def still_ice(case):
    url = "https://eid.ice.gov/api"  # medicaid-scope: not-enforcement
    requests.post(url, json={"income": case.income})  # MCD101


def unmarked(case):
    dhs_url = "https://x.example.com"
    return requests.post(dhs_url, json={"income": case.income})  # MCD101
''',
    # a clinical FHIR resource stays one finding when elements are put into it afterwards (round 65)
    "clinical-resources-filled-after-their-type": '''
def send(enc):
    res = {"resourceType": "Encounter"}  # MCD102
    res["period"] = {"start": enc.admsn_dt}
    res.update({"reasonCode": [{"text": enc.primary_dx}]})
    requests.post(ICE_URL, json=res)


def send_typed_later(enc):
    res = {"id": enc.ssn}
    res["resourceType"] = "Condition"  # MCD102
    requests.post(ICE_URL, json=res)


def send_list(m):
    entries = [{"resourceType": "Condition", "code": m.primary_dx}]  # MCD102
    entries.append({"resourceType": "Patient", "name": m.last_name})  # MCD101
    requests.post(ICE_URL, json={"resourceType": "Bundle", "entry": entries})
''',
    # a string of several fields built in place as a list element or an argument: one placement (round 65)
    "a-string-of-several-fields-is-one-placement": '''
def as_dict_entry(m):
    requests.post(ICE_URL, json={"label": f"{m.last_name}, {m.first_name}"})  # MCD101


def as_list_element(m):
    requests.post(ICE_URL, json=[f"NM1*IL*1*{m.last_name}*{m.first_name}~"])  # MCD101


def as_keyword(m):
    requests.post(ICE_URL, data=f"{m.ssn}|{m.diagnosis_code}")  # MCD102


def built_before(m):
    line = (
        f"{m.last_name}|"  # MCD101
        f"{m.race}"  # MCD101
    )
    requests.post(ICE_URL, data=line)
''',
    # a model named for enforcement that is only the type of a field of a response model: inbound (round 64)
    "models-nested-only-in-responses-are-inbound": '''
from typing import List, Optional

from pydantic import BaseModel


class IceSearchHit(BaseModel):
    subject_id: str
    full_name: str
    alien_number: Optional[str] = None


class IceSearchResponse(BaseModel):
    request_id: str
    hits: List[IceSearchHit]


class IceSubject(BaseModel):
    medicaid_id: str
    ssn: str  # MCD101


def search(medicaid_id, request_id):
    resp = requests.post(ICE_URL, json={"request_id": request_id, "medicaid_id": medicaid_id}, timeout=30)
    parsed = IceSearchResponse.model_validate(resp.json())
    return [h.subject_id for h in parsed.hits]


def refer(m):
    requests.post(ICE_URL, json=IceSubject(medicaid_id=m.cin, ssn=m.ssn).model_dump())
''',
    # a parameter called name given a file name written by the caller is a text, not a person's name (round 62)
    "a-variable-called-name-holding-a-written-text-is-no-field": '''
def _upload(url, name, body):
    requests.post(url, files={"file": (name, body, "text/csv")}, timeout=300)


def post_month(month, body):
    _upload(ICE_URL, f"ELG_{month}.csv", body)
    name = f"roster_{month}.txt"
    requests.post(ICE_URL, data={"file_name": name})


def post_person(m, body):
    _upload(ICE_URL, f"{m.last_name}.csv", body)  # MCD101
    name = m.first_name
    requests.post(ICE_URL, data={"who": name})  # MCD101
''',
    # the thirteenth session's second review: several-field strings judge each part, a variable's own
    # name still speaks unless its text is a file name, models nested in a response model seen only by
    # name are payloads, a not-enforcement mark does not silence other names joined to it, a wrapper
    # holding a resource under a computed key is no resource
    "review-13b-strings-names-models-marks-wrappers": '''
from typing import List

from django.conf import settings
from pydantic import BaseModel


def refer(m):
    requests.post(ICE_URL, data=f"{m.medicaid_id}|{m.risk_score}")  # MCD104
    requests.post(ICE_URL, json=[f"{m.cin}|{m.fraud_score}"])  # MCD104


def refer_text(m, lookup, rec):
    digits = lookup(m.id)
    ssn = f"{digits[:3]}-{digits[3:5]}-{digits[5:]}"
    requests.post(ICE_URL, json={"subject": ssn})  # MCD101
    diagnosis = rec[4].strip() + ".0"
    requests.post(ICE_URL, json={"q": diagnosis})  # MCD102


class IceReferral(BaseModel):
    medicaid_id: str
    ssn: str  # MCD101


class IceReferralResponse(BaseModel):
    referral_id: str
    referral: IceReferral


def push(case):
    base = settings.CASE_API_BASE  # medicaid-scope: not-enforcement
    requests.post(base + settings.ICE_FORWARD_PATH, json={"income": case.income})  # MCD101
    dhs_base = settings.DHS_CASE_URL  # medicaid-scope: not-enforcement
    ice_url = dhs_base + "/forward"
    requests.post(ice_url, json={"income": case.income})  # MCD101
    requests.post(dhs_base, json={"income": case.income})


def refer_by_kind(m, kind):
    packet = {}
    packet[kind] = {"resourceType": "Condition", "code": m.primary_dx}  # MCD102
    packet["ssn"] = m.ssn  # MCD101
    requests.post(ICE_URL, json=packet)
''',
    # upper-case columns the vocabulary does not know, read from a record, are unknown fields (round 67)
    "upper-case-columns-of-records-are-fields": '''
def refer(m, row, settings, cfg):
    requests.post(ICE_URL, json={"FULLNAME": m.FULLNAME, "medicaid_id": m.CIN})  # MCD101
    requests.post(ICE_URL, json={"SCORE": m.SCORE})  # MCD104
    requests.post(ICE_URL, json={"NOTES": row.NOTES})  # MCD104
    requests.post(ICE_URL, json={"medicaid_id": m.CIN, "timeout": settings.TIMEOUT, "batch": cfg.BATCH_SIZE})
''',
    # a method that writes only through an alias of an object's container sets that attribute (round 68)
    "methods-writing-through-self-aliases-set-the-attribute": '''
class Packet:
    def __init__(self, member):
        self.member = member
        self.payload = {}
        self.attachments = []

    def add(self):
        p = self.payload
        p["income"] = self.member.monthly_income  # MCD101
        p.update(race=self.member.race_ethnicity_cd)  # MCD101

    def attach(self):
        notes = self.attachments
        notes.append({"pregnancy": self.member.pregnancy_ind})  # MCD102

    def peek(self):
        p = self.payload
        return len(p)

    def send(self):
        requests.post(ICE_URL, json={"payload": self.payload, "attachments": self.attachments})
''',
    # SPEC section 4 (a client object's name): a class named for enforcement supplies what its methods
    # send also when no caller is in sight (round 72); a state host still overrides the name
    "client-class-named-for-enforcement-without-caller": '''
GATEWAY = "https://gateway.mmis-vendor.example.com"
class IceClient:
    def __init__(self):
        self.url = GATEWAY
    def send(self, member):
        return requests.post(self.url, json={"first_name": member.first_name})  # MCD101
class EroReferralClient:
    base = GATEWAY + "/ero"
    def refer(self, member):
        requests.post(f"{self.base}/referrals", json={"cin": member.cin, "race": member.race})  # MCD101
class DhsEligibilityClient:
    def __init__(self):
        self.url = "https://eligibility.dhs.illinois.gov/api"
    def send(self, member):
        return requests.post(self.url, json={"first_name": member.first_name, "ssn": member.ssn})
class IceContactSync:
    def __init__(self):
        self.url = GATEWAY
    def push(self, member):
        requests.post(self.url, json={"first_name": member.first_name})
class GatewayClient:
    def __init__(self):
        self.url = GATEWAY
    def send(self, member):
        return requests.post(self.url, json={"first_name": member.first_name})
''',
    # SPEC section 4 (sinks): a fake answer registered on a mocking library's object sends nothing,
    # also through `with requests_mock.Mocker() as m` and a fixture of the module that yields one
    # (round 71); a real session fixture, or a test that posts itself, still sends
    "mocks-made-by-a-mocking-library-send-nothing": '''
import pytest
import requests_mock
@pytest.fixture
def ice_mock():
    with requests_mock.Mocker() as m:
        m.post(ICE_URL, json={"status": "accepted"}, status_code=202)
        yield m
@pytest.fixture(scope="module")
def live():
    return requests.Session()
def test_mock_registered(ice_mock, member):
    ice_mock.post(ICE_URL, json={"echo": member["ssn"]})
def test_with_mocker(member):
    with requests_mock.Mocker() as m:
        m.post(ICE_URL, json={"echo": member["ssn"]})
def helper_with_mocker(member):
    mocker = requests_mock.Mocker()
    mocker.post(ICE_URL, json={"echo": member["ssn"]})
def test_live_session(live, member):
    live.post(ICE_URL, json={"echo": member["ssn"]})  # MCD101
def test_live_post(member):
    requests.post(ICE_URL, json={"echo": member["ssn"]})  # MCD101
''',
    # SPEC section 6 (aliases): an object's container under another name (d = env.data), and an
    # argument a constructor keeps as it is (self.body = body), are the same dict: what is put into it
    # later is sent with the object (round 72); a copy, a rebound name or a popped key are not
    "object-containers-under-other-names": '''
class Sender:
    def __init__(self, body, url=ICE_URL):
        self.body = body
        self.url = url
    def flush(self):
        requests.post(self.url, json=self.body)
class Copying:
    def __init__(self, body):
        self.body = dict(body)
    def flush(self):
        requests.post(ICE_URL, json=self.body)
class Uploader:
    def __init__(self, batch):
        self.batch = batch
    def flush(self):
        requests.post(ICE_URL, json={"subjects": self.batch})
class Envelope:
    def __init__(self, member):
        self.data = {"medicaid_id": member.medicaid_id}
def refer(member):
    body = {"medicaid_id": member.medicaid_id}
    sender = Sender(body)
    body["last_name"] = member.last_name  # MCD101
    sender.flush()
def refer_copy(member):
    body = {"medicaid_id": member.medicaid_id}
    sender = Copying(body)
    body["last_name"] = member.last_name
    sender.flush()
def refer_rebound(member):
    body = {"medicaid_id": member.medicaid_id}
    sender = Sender(body)
    body["race"] = member.race  # MCD101
    body = {"note": "x"}
    body["sex"] = member.sex
    sender.flush()
def refer_batch(chosen):
    batch = []
    up = Uploader(batch)
    for m in chosen:
        batch.append({"medicaid_id": m.medicaid_id, "email": m.email})  # MCD101
    up.flush()
def alias_scrubbed(member):
    env = Envelope(member)
    d = env.data
    d["sex"] = member.sex
    d.pop("sex")
    requests.post(ICE_URL, json=env.data)
def alias_added(member):
    env = Envelope(member)
    d = env.data
    d["sex"] = member.sex  # MCD101
    requests.post(ICE_URL, json=env.data)
def alias_old_object(member):
    env = Envelope(member)
    d = env.data
    env = Envelope(member)
    d["sex"] = member.sex
    requests.post(ICE_URL, json=env.data)
class Builder:
    def __init__(self, member):
        self.payload = {"medicaid_id": member.medicaid_id}
    def build(self):
        return self.payload
def built_then_added(member):
    b = Builder(member)
    packet = b.build()
    b.payload["ssn"] = member.ssn  # MCD101
    requests.post(ICE_URL, json=packet)
def built_then_popped(member):
    b = Builder(member)
    packet = b.build()
    packet["ssn"] = member.ssn
    packet.pop("ssn")
    requests.post(ICE_URL, json=b.payload)
def built_reverse(member):
    b = Builder(member)
    packet = b.build()
    packet["email"] = member.email  # MCD101
    requests.post(ICE_URL, json=b.payload)
''',
    # SPEC section 6 (functools.partial, aliases): a dict a partial binds is the same dict as the name
    # it was bound from; what is put into it or removed from it before the call counts (round 72)
    "partial-bound-dict-changed-before-the-call": '''
import functools
def refer(member):
    body = {"medicaid_id": member.medicaid_id}
    send = functools.partial(requests.post, ICE_URL, json=body)
    body["income"] = member.income  # MCD101
    send()
def refer_scrubbed(member):
    body = {"medicaid_id": member.medicaid_id, "ssn": member.ssn}
    send = functools.partial(requests.post, ICE_URL, json=body)
    del body["ssn"]
    send()
def refer_positional(member):
    body = {"medicaid_id": member.medicaid_id}
    send = functools.partial(requests.post, ICE_URL, None, body)
    body["gender"] = member.gender  # MCD101
    send()
def refer_state(member):
    body = {"medicaid_id": member.medicaid_id}
    send = functools.partial(requests.post, STATE_URL, json=body)
    body["ssn"] = member.ssn
    send()
''',
    # SPEC section 4 (URL folding of class constants): a class constant built from another constant of the
    # same class resolves, so an enforcement host is found and a state host overrides a dhs name (round 75)
    "class-constants-built-from-class-constants": '''
class Urls:
    EID = "https://eid.ice.gov"
    EID_SUBJECTS = EID + "/api/v2/subjects"
    EID_CASES = f"{EID}/api/v2/cases"
class DhsUrls:
    BASE = "https://mn-its.dhs.state.mn.us"
    MEMBERS = BASE + "/members"
class Client:
    BASE = "https://eid.ice.gov"
    REFER = BASE + "/refer"
    def send(self, member):
        requests.post(self.REFER, json={"race": member.race})  # MCD101
def direct(member):
    requests.post(Urls.EID_SUBJECTS, json={"email": member.email})  # MCD101
def formatted(member):
    requests.post(Urls.EID_CASES, json={"sex": member.sex})  # MCD101
def sync(member):
    requests.post(DhsUrls.MEMBERS, json={"ssn": member.ssn})
''',
    # round 74: a path a helper makes is a path (its .name is a file's name, but a profile's name is a
    # person's); a lambda made in a method and run by a helper outside the class still sees self
    "paths-from-helpers-and-lambdas-run-by-helpers": '''
from pathlib import Path
import httpx
ICE_BASE = "https://eid.ice.gov/api/v1"
def _compressed(path: Path) -> Path:
    return path.with_suffix(".gz")
def upload():
    gz = _compressed(Path("/var/spool/out.csv"))
    hz = Path("/var/spool/out.csv").with_suffix(".gz")
    requests.post(ICE_URL, data={"file": gz.name, "other": hz.name})
def profiles(member_profile, profile):
    requests.post(ICE_URL, json={"a": member_profile.name,  # MCD101
                                 "b": profile.name})  # MCD101
def with_retry(call):
    return call()
class IceClient:
    def __init__(self):
        self.http = httpx.Client(base_url=ICE_BASE)
    def send(self, body):
        return with_retry(lambda: self.http.post("/referrals", json=body))
    def send_nested(self, body):
        def attempt():
            return self.http.post("/referrals", json=body)
        return with_retry(attempt)
def refer(client: IceClient, member):
    client.send({"medicaid_id": member.cin, "ssn": member.ssn})  # MCD101
def refer_nested(client: IceClient, member):
    client.send_nested({"medicaid_id": member.cin, "race": member.race})  # MCD101
def refer_permitted(client: IceClient, member):
    client.send({"medicaid_id": member.cin, "dob": member.dob})
''',
    # SPEC section 6 (sanitizers, aliases): a deny loop run through another name of the same dict cleans
    # it; through a copy it does not (round 76)
    "deny-loop-through-another-name": '''
ALLOWED = ("medicaid_id", "date_of_birth")
def send(member):
    record = vars(member)
    out = record
    for key in list(out):
        if key not in ALLOWED:
            del out[key]
    requests.post(ICE_URL, json=record)
def send_copy(member):
    record = vars(member)  # MCD103
    out = dict(record)
    for key in list(out):
        if key not in ALLOWED:
            del out[key]
    requests.post(ICE_URL, json=record)
''',
    # SPEC section 6 (lambdas, functools.partial): a send made ready in a function and run later, maybe by
    # code out of sight (returned, handed to a scheduler), is analyzed where it is made (round 76)
    "sends-made-ready-and-run-later": '''
import functools
def prepare(member):
    return lambda: requests.post(ICE_URL, json={"race": member.race_code})  # MCD101
def schedule(member, scheduler):
    scheduler.add_job(lambda: requests.post(ICE_URL, json={"race": member.race_code}))  # MCD101
def prepare_partial(member):
    body = {"race": member.race_code}  # MCD101
    return functools.partial(requests.post, ICE_URL, json=body)
def prepare_and_run(member):
    body = {"medicaid_id": member.cin, "sex": member.sex}  # MCD101
    send = functools.partial(requests.post, ICE_URL, json=body)
    send()
def prepare_state(member):
    return lambda: requests.post(STATE_URL, json={"race": member.race_code})
def prepare_permitted(member, scheduler):
    scheduler.add_job(lambda: requests.post(ICE_URL, json={"medicaid_id": member.cin}))
    return functools.partial(requests.post, ICE_URL, json={"dob": member.dob})
def bound_then_scrubbed(member):
    body = {"medicaid_id": member.cin, "ssn": member.ssn}
    send = lambda: requests.post(ICE_URL, json=body)
    del body["ssn"]
    send()
def bound_then_added(member):
    body = {"medicaid_id": member.cin}
    send = lambda: requests.post(ICE_URL, json=body)
    body["race"] = member.race  # MCD101
    send()
''',
    # SPEC section 6 (functools.partial): calls made ready in a list and run from it later (round 76)
    "partials-kept-in-a-list-and-run": '''
import functools
def send(body):
    return requests.post(ICE_URL, json=body)
def send_state(body):
    return requests.post(STATE_URL, json=body)
def queued(member):
    jobs = [functools.partial(send, {"race": member.race_code})]  # MCD101
    for job in jobs:
        job()
def either(member):
    jobs = [functools.partial(send, {"cin": member.cin}),
            functools.partial(send_state, {"ssn": member.ssn})]
    for job in jobs:
        job()
''',
    # SPEC sections 5 and 6 (round 79): a test's result is named by the key it is put under; a field spread
    # into a dict or a list, or merged by update, keeps its name
    "tests-under-keys-and-spread-fields": '''
def tested(member):
    requests.post(ICE_URL, json={"hiv_status": member.hiv_test_result == "POS",  # MCD102
                                 "present": member.dx is not None,
                                 "is_citizen": member.ctzn_cd == "Y"})
def spread(member):
    requests.post(ICE_URL, json={"cin": member.cin, **member.ssn_info})  # MCD101
def starred(member):
    requests.post(ICE_URL, json=[member.cin, *member.dx_codes])  # MCD102
def update(member):
    body = {"cin": member.cin}
    body.update(member.ssn_info)  # MCD101
    requests.post(ICE_URL, json=body)
def update_permitted(member):
    body = {"cin": member.cin}
    body.update(member.home_address)
    requests.post(ICE_URL, json=body)
''',
    # SPEC section 3 (pydantic include=, payload model declarations): a @computed_field is dumped with
    # the declared fields (round 79)
    "pydantic-computed-fields": '''
from pydantic import BaseModel, computed_field
class SubjectOut(BaseModel):
    medicaid_id: str
    first_name: str
    last_name: str
    @computed_field
    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"
    @computed_field
    @property
    def layout(self) -> str:
        return "v2"
class IceSubject(BaseModel):
    medicaid_id: str
    birth_date: str
    @computed_field
    @property
    def age_years(self) -> int:  # MCD101
        return 2026 - int(self.birth_date[:4])
def refer(member):
    out = SubjectOut(medicaid_id=member.cin, first_name=member.first_name, last_name=member.last_name)
    requests.post(ICE_URL, json=out.model_dump(include={"medicaid_id", "full_name"}))  # MCD101
def refer_layout(member):
    out = SubjectOut(medicaid_id=member.cin, first_name=member.first_name, last_name=member.last_name)
    requests.post(ICE_URL, json=out.model_dump(include={"medicaid_id", "layout"}))
def refer_subject(member):
    out = IceSubject(medicaid_id=member.cin, birth_date=member.dob)
    requests.post(ICE_URL, json=out.model_dump())
class Address(BaseModel):
    street: str
class IceReferral(BaseModel):
    medicaid_id: str
    street_line: str
    @computed_field
    @property
    def record_type(self) -> str:
        return "member"
    @computed_field
    @property
    def home(self) -> Address:
        return Address(street=self.street_line)
''',
    # review of rounds 79-81: a deeply nested comparison is evaluated once (no exponential time)
    "nested-comparisons-stay-linear": '''
def refer(m, cfg):
    requests.post(ICE_URL, json={"k": cfg[{"k": cfg[{"k": cfg[{"k": cfg[{"k": cfg[{"k": cfg[{"k": cfg[
        {"k": cfg[{"k": m.x == 1}] == 1}] == 1}] == 1}] == 1}] == 1}] == 1}] == 1}] == 1})
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = HEAD + CASES[name]
    want, _, _ = expected(source)
    assert actual(source, population=True) == want


REVIEWED = sorted(path for folder in ("review33", "review35", "review36") for path in (Path(__file__).parent / "data" / folder).glob("*.py"))


@pytest.mark.parametrize("path", REVIEWED, ids=[f"{p.parent.name}/{p.stem}" for p in REVIEWED])
def test_reviews_of_rounds_33_and_34(path: Path) -> None:
    """What the review of this round's changes found, kept: a parameter annotated with an Enum still
    carries the field its name says (race: Race); member__in= is many people; a mapping of records
    that hold a status is no mapping of statuses, and a status looked up into a variable first is
    one; cipher envelope names are no harmless fields; the recipient of an encryption is not
    encrypted; an object key built from a field is read as 'key' (MCD104, see the README's limits);
    app.name and a handler's name are people's.

    review35: a record looked up in a mapping of records keeps its fields (only a mapping whose
    values are one status field is a mapping of statuses); an index into a list of the mapping's
    keys is no lookup of one person; a domain word away from `enforcement`, or a name that says
    immigration, leaves it an immigration signal; an inner merge with a frame made from the same
    rows, or an aggregate of them, chooses no one.

    review36: a qualifier of `enforcement` anywhere before it still qualifies it, and a field word
    after it only right after it; immigration abbreviations (imgrtn, immig) keep a name an immigration
    signal; a tidied status field (.strip(), str(...)) still makes a mapping of statuses; an inner merge
    with another table's aggregate, one read by the same helper, or one given as right= chooses rows;
    a manager needs a model class; Manager.from_queryset(...)() is a manager."""
    source = path.read_text(encoding="utf-8")
    want, _, _ = expected(source)
    assert actual(source, population=True) == want


REVIEWED_72 = sorted((Path(__file__).parent / "data" / "review72").glob("*.py"))


@pytest.mark.parametrize("path", REVIEWED_72, ids=[p.stem for p in REVIEWED_72])
def test_review_of_round_72(path: Path) -> None:
    """What a review of round 72's changes found, kept: an alias of an object's container ends when
    either name is bound again (any binding form), when the object's attribute is set anew, and per
    branch; a constructor that copies, filters or sets again what it was given keeps no alias; a
    fixture is a test double only when what it hands out is one; the name of a class reaches
    neither the objects it holds nor a local file path it writes."""
    source = path.read_text(encoding="utf-8")
    want, _, _ = expected(source)
    assert actual(source, population=True) == want


REVIEWED_78 = sorted((Path(__file__).parent / "data" / "review78").glob("*.py"))


@pytest.mark.parametrize("path", REVIEWED_78, ids=[p.stem for p in REVIEWED_78])
def test_review_of_rounds_73_to_78(path: Path) -> None:
    """What a review of rounds 73-78 found, kept: a name that ends in file or path (a reader, a dict
    keyed by path) does not make a record's name a file's; a lambda or partial made ready and run by a
    helper is one MCD201 at the call that hands it on; a column list is the one written before its
    use; a lambda or partial bound to a name and returned or handed to unseen code is analyzed."""
    source = path.read_text(encoding="utf-8")
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
