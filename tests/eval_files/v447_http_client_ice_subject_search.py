"""Subject-search and subject-update calls to the ICE EID API over
http.client (the vendor's appliance has no third-party packages), used by
a caseworker console for one member at a time.

VIOLATING. HTTPSConnection(ICE_HOST): ICE_HOST folds from os.getenv default
eid.ice.gov (*.ice.gov, SPEC 4).
- search_subject: the URL f-string part interpolating
  quote(member.elgbl_last_name): MCD101 (name; quote keeps names, a field
  entering a URL is reported where it entered, SPEC 3, SPEC 6).
- update_subject: dict entries "mrtl_stus_cd" MCD101 (marital_status) and
  "vet_ind" MCD101 (veteran), json.dumps keeps names (SPEC 6).
- push_snapshot: asdict(member) of an object whose declared fields are
  unknown: MCD103 at that expression (SPEC 6).
cin and birth date in the search URL are permitted; lookup_by_cin sends
only the CIN and is clean. One member per call: no MCD201.
"""
import http.client
import json
import logging
import os
import ssl
from dataclasses import asdict
from urllib.parse import quote

log = logging.getLogger("console.eid")

ICE_HOST = os.getenv("ICE_EID_HOST", "eid.ice.gov")
JSON_HEADERS = {"Content-Type": "application/json", "Accept": "application/json"}
TLS = ssl.create_default_context(cafile="/etc/console/ca/eid-chain.pem")
TLS.load_cert_chain("/etc/console/certs/eid.pem", "/etc/console/certs/eid.key")


def _read(conn: http.client.HTTPSConnection) -> dict:
    resp = conn.getresponse()
    raw = resp.read()
    if resp.status >= 400:
        raise RuntimeError(f"EID returned HTTP {resp.status}")
    return json.loads(raw or b"{}")


def lookup_by_cin(cin: str) -> dict:
    conn = http.client.HTTPSConnection(ICE_HOST, 443, context=TLS, timeout=30)
    try:
        conn.request("GET", f"/api/v1/subjects?cin={quote(cin)}", headers=JSON_HEADERS)
        return _read(conn)
    finally:
        conn.close()


def search_subject(member) -> dict:
    path = (
        f"/api/v1/subjects/search?cin={quote(member.cin)}"
        f"&last={quote(member.elgbl_last_name)}"  # MCD101
        f"&dob={member.birth_dt:%Y-%m-%d}"
    )
    conn = http.client.HTTPSConnection(ICE_HOST, 443, context=TLS, timeout=30)
    try:
        conn.request("GET", path, headers=JSON_HEADERS)
        return _read(conn)
    finally:
        conn.close()


def update_subject(member, subject_ref: str) -> None:
    body = json.dumps({
        "cin": member.cin,
        "mrtl_stus_cd": member.mrtl_stus_cd,  # MCD101
        "vet_ind": member.vet_ind,  # MCD101
    })
    conn = http.client.HTTPSConnection(ICE_HOST, 443, context=TLS, timeout=30)
    try:
        conn.request("PATCH", "/api/v1/subjects/current", body=body, headers=JSON_HEADERS)
        _read(conn)
    finally:
        conn.close()
    log.info("updated EID subject %s", subject_ref)


def push_snapshot(member) -> None:
    conn = http.client.HTTPSConnection(ICE_HOST, 443, context=TLS, timeout=30)
    try:
        conn.request("POST", "/api/v1/snapshots", body=json.dumps(asdict(member), default=str), headers=JSON_HEADERS)  # MCD103
        _read(conn)
    finally:
        conn.close()
