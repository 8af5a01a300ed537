"""Round 16 of the data flow: shapes found by probing the engine from the SPEC alone.

Each case is a small module with its expected findings annotated inline (``# MCD101``
on the line reported); a case without annotations must stay clean.
"""

from __future__ import annotations

import pytest
from annotations import actual, expected

HEAD = '''import csv
import json
import paramiko
import requests
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
ICE_HOST = "sftp.ice.gov"
'''

CASES = {
    # SPEC section 3: a DictWriter's fieldnames are the column list; the rows put only those columns
    # into the file, so each field is one finding, at its name in the list (never again at writerow)
    "dictwriter-fieldnames-reported-once": '''
def export(members):
    with open("/tmp/out.csv", "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["cin", "dob", "ssn"])  # MCD101
        writer.writeheader()
        for m in members:
            if m.immigration_status != "UNL":
                continue
            writer.writerow({"cin": m.cin, "dob": m.dob, "ssn": m.ssn, "race": m.race})
    t = paramiko.Transport((ICE_HOST, 22))
    sftp = paramiko.SFTPClient.from_transport(t)
    sftp.put("/tmp/out.csv", "/in/out.csv")
''',
    # fieldnames not named here (taken from the row): the row's entries are the placements
    "dictwriter-fieldnames-from-the-row": '''
def export(members):
    with open("/tmp/out.csv", "w", newline="") as fh:
        writer = None
        for m in members:
            if m.immigration_status != "UNL":
                continue
            row = {"cin": m.cin, "dob": m.dob, "ssn": m.ssn}  # MCD101
            if writer is None:
                writer = csv.DictWriter(fh, fieldnames=list(row))
                writer.writeheader()
            writer.writerow(row)
    t = paramiko.Transport((ICE_HOST, 22))
    sftp = paramiko.SFTPClient.from_transport(t)
    sftp.put("/tmp/out.csv", "/in/out.csv")
''',
    # a whole record written through a DictWriter with permitted fieldnames: only those columns
    "dictwriter-permitted-fieldnames-over-whole-records": '''
def export(members):
    with open("/tmp/out.csv", "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["cin", "dob", "immigration_status"], extrasaction="ignore")
        writer.writeheader()
        for m in members:
            if m.immigration_status == "UNL":
                writer.writerow(vars(m))
    t = paramiko.Transport((ICE_HOST, 22))
    sftp = paramiko.SFTPClient.from_transport(t)
    sftp.put("/tmp/out.csv", "/in/out.csv")
''',
    # SPEC section 3: the select list of a query run by an asyncpg cursor (async for)
    "asyncpg-cursor-select-list": '''
import httpx
async def export(conn):
    async with httpx.AsyncClient() as client:
        async with conn.transaction():
            async for row in conn.cursor("SELECT cin, dob, race FROM members WHERE immigration_status = 'UNL'"):  # MCD101
                await client.post(ICE_URL, json=dict(row))
async def export_permitted(conn):
    async with httpx.AsyncClient() as client:
        async with conn.transaction():
            async for row in conn.cursor("SELECT cin, dob FROM members WHERE immigration_status = 'UNL'"):
                await client.post(ICE_URL, json=dict(row))
''',
    # SPEC section 5: spellings of transfer metadata made only of harmless words; any other word counts
    "harmless-metadata-by-words": '''
def refer(m, rows, page_number):
    requests.post(ICE_URL, json={
        "medicaid_id": m.cin,
        "transfer_timestamp": "2026-01-01T00:00:00Z",
        "row_count": len(rows),
        "total_records": len(rows),
        "page_number": page_number,
        "source_agency_code": "MN",
        "visit_count": m.visit_count,  # MCD104
        "claim_total": m.claim_total,  # MCD102
    })
''',
    # SPEC section 6: a count is not the column (len() drops names); other aggregates keep them
    "sql-count-of-a-column-is-a-number": '''
import sqlite3
def stats(db):
    rows = sqlite3.connect(db).execute(
        "SELECT county, COUNT(DISTINCT ssn) AS people, COUNT(ssn) FROM members GROUP BY county"
    ).fetchall()
    requests.post(ICE_URL, json=[list(r) for r in rows])
def latest(db, cin):
    row = sqlite3.connect(db).execute(
        "SELECT cin, MAX(service_date) AS last_visit FROM claims WHERE cin = ? GROUP BY cin", (cin,)  # MCD102
    ).fetchone()
    requests.post(ICE_URL, json=list(row))
''',
    # SPEC section 4: connection settings are not data, also as a model named for enforcement
    "connection-model-named-for-enforcement": '''
from pydantic import BaseModel
class IceSftpConnection(BaseModel):
    hostname: str = ICE_HOST
    port: int = 22
    username: str
    private_key_path: str
class IceSubjectRecord(BaseModel):
    medicaid_id: str
    race: str  # MCD101
''',
    # an entry of a bundle is what its own name says: the permitted parts of contact_info are permitted
    "bundle-entries-are-their-own-names": '''
def refer(m):
    requests.post(ICE_URL, json={
        "medicaid_id": m.cin,
        "contact_info": {"phone": m.phone, "address": m.home_address},
        "demographics": {"dob": m.dob, "race": m.race},  # MCD101
    })
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = HEAD + CASES[name]
    want, _, _ = expected(source)
    assert actual(source) == want
