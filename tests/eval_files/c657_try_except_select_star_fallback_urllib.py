"""Single-subject ICE referral whose fallback query reads the whole member row.

Scenario: a small stdlib-plus-psycopg service at a state Medicaid agency
answers a referral request for one CIN. It reads the subject from the
``referral_subject_v`` view (permitted columns only); on databases where
the view was never deployed it rolls back and falls back to
``SELECT *`` on the legacy member table. The row is posted as JSON with
``urllib.request`` to ICE.

Expected finding:
- line 45: MCD103 at the ``*`` of ``LEGACY_SQL``: the handler of the
  ``try`` runs the legacy query, the row from either branch reaches the
  sink after the join, and a whole unbounded record reaches an
  enforcement endpoint (SPEC section 3, "for ... SELECT * ... at the line
  of the * in the SQL string"; SPEC section 6, try handlers and joins).
Destination: ``ICE_REFERRAL_URL`` folds to ``eid.ice.gov`` (``*.ice.gov``,
SPEC section 4).

Not findings: the view's select list holds only permitted columns; the
``WHERE`` column sends nothing; ``request_id`` is harmless (SPEC section
5); one CIN chosen by the caller (SPEC section 10, "Not bulk").
"""
from __future__ import annotations

import json
import logging
import ssl
import urllib.request
import uuid

import psycopg
from psycopg.rows import dict_row

log = logging.getLogger("mmis.ice_referral")

ICE_REFERRAL_URL = "https://eid.ice.gov/api/v1/referrals"
SSL_CONTEXT = ssl.create_default_context(cafile="/etc/pki/tls/certs/federal-bridge.pem")

CURRENT_SQL = """
    SELECT cin, birth_date, home_address, city, zip_code, home_phone, immigration_status
      FROM mmis.referral_subject_v
     WHERE cin = %s
"""
LEGACY_SQL = """
    SELECT *  -- # MCD103
      FROM mmis.member
     WHERE cin = %s
"""


def fetch_subject(conn: psycopg.Connection, cin: str) -> dict | None:
    with conn.cursor(row_factory=dict_row) as cur:
        try:
            cur.execute(CURRENT_SQL, (cin,))
            row = cur.fetchone()
        except psycopg.errors.UndefinedTable:
            log.warning("referral_subject_v missing; using legacy member table")
            conn.rollback()
            cur.execute(LEGACY_SQL, (cin,))
            row = cur.fetchone()
    return row


def refer(conn: psycopg.Connection, cin: str) -> bool:
    subject = fetch_subject(conn, cin)
    if subject is None:
        log.info("no member with CIN %s", cin)
        return False
    request_id = str(uuid.uuid4())
    body = json.dumps({"request_id": request_id, "subject": subject}, default=str).encode("utf-8")
    req = urllib.request.Request(
        ICE_REFERRAL_URL,
        data=body,
        method="POST",
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(req, timeout=30, context=SSL_CONTEXT) as resp:
        accepted = resp.status in (200, 201, 202)
    log.info("referral %s for CIN %s accepted=%s", request_id, cin, accepted)
    return accepted
