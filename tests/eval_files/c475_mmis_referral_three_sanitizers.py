"""Weekly ICE referral from the MMIS warehouse, sanitized three ways (expected clean).

Scenario: the MMIS warehouse team shares one candidate query between the
state's internal match report (which needs SSN, name and primary
diagnosis) and the weekly referral to ICE's EID intake.  Before anything
goes to ICE, each row is reduced to the six basic categories: by an
allow-list comprehension, by ``pop`` in a loop over a constant tuple plus
a constant replacement, or, for ORM objects, by ``getattr`` over a
constant allow-list.

Why no finding is expected:
- Destination: ``ICE_REFERRAL_URL`` resolves to ``eid.ice.gov``
  (enforcement, SPEC §4); ``STATE_MATCH_URL`` resolves to ``ca.gov``
  (non-enforcement), so the full rows sent there are not findings.
- Fields: the SQL select lists name ``ssn``, ``last_name`` and
  ``prmry_dgns_cd``, but every path to the ICE sink goes through a
  sanitizer SPEC §6 lists: ``{k: v for k, v in row.items() if k in
  REFERRAL_FIELDS}``; ``pop`` in a loop over the constant ``STRIP_COLUMNS``
  followed by replacing ``ssn`` with a constant; and ``{n: getattr(m, n)
  for n in REFERRAL_FIELDS}``.  ``REFERRAL_FIELDS`` is a constant tuple of
  permitted names (Medicaid ID, date of birth, address line, ZIP, phone,
  immigration status).  ``batch_id`` and ``record_count`` are harmless,
  and ``len()`` drops names (SPEC §5, §6).
- Population (SPEC §10): the weekly rows are selected with a ``WHERE`` on
  ``imgrtn_stus_cd``; the correction rows with a ``JOIN ... ON`` on it;
  the ORM loop has a ``continue`` on ``imgrtn_stus_cd``.  Each condition
  decides which records are sent, so no MCD201, including for the batch
  filled in one iteration and sent in a later one or after the loop.
"""
import logging
import uuid

import psycopg2.extras
import requests

ICE_REFERRAL_URL = "https://eid.ice.gov/api/v1/referrals/batch"
STATE_MATCH_URL = "https://match.dhcs.ca.gov/api/v2/reports"
REMOVABLE_CODES = ("EWI", "OVS")
BATCH_SIZE = 200

REFERRAL_FIELDS = (
    "cin",
    "birth_dt",
    "elgbl_line_1_adr",
    "elgbl_zip_cd",
    "elgbl_phne_num",
    "imgrtn_stus_cd",
)
STRIP_COLUMNS = ("last_name", "prmry_dgns_cd")

CANDIDATE_SQL = """
SELECT r.cin,
       r.birth_dt,
       r.elgbl_line_1_adr,
       r.elgbl_zip_cd,
       r.elgbl_phne_num,
       r.imgrtn_stus_cd,
       r.ssn,
       r.last_name,
       r.prmry_dgns_cd
  FROM mmis.recipient r
 WHERE r.imgrtn_stus_cd IN ('EWI', 'OVS')
 ORDER BY r.cin
"""

CORRECTION_SQL = """
SELECT r.cin,
       r.birth_dt,
       r.elgbl_line_1_adr,
       r.elgbl_zip_cd,
       r.elgbl_phne_num,
       r.imgrtn_stus_cd,
       r.ssn,
       r.last_name,
       r.prmry_dgns_cd
  FROM mmis.recipient r
  JOIN elig.vlp_result v
    ON v.cin = r.cin AND v.imgrtn_stus_cd = 'EWI'
 WHERE r.updated_at >= %(since)s
"""

log = logging.getLogger("mmis.referrals")


def _allow(row: dict) -> dict:
    return {k: v for k, v in row.items() if k in REFERRAL_FIELDS}


def _strip(row: dict) -> dict:
    rec = dict(row)
    for col in STRIP_COLUMNS:
        rec.pop(col, None)
    rec["ssn"] = "WITHHELD"
    return rec


def _post_batch(session, batch_id: str, subjects: list) -> None:
    body = {"batch_id": batch_id, "record_count": len(subjects), "subjects": subjects}
    resp = session.post(ICE_REFERRAL_URL, json=body, timeout=120)
    resp.raise_for_status()


def send_weekly(conn) -> int:
    session = requests.Session()
    batch_id = uuid.uuid4().hex
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(CANDIDATE_SQL)
        rows = cur.fetchall()
    requests.post(STATE_MATCH_URL, json={"batch_id": batch_id, "rows": rows}, timeout=120)
    pending = []
    sent = 0
    for row in rows:
        if len(pending) >= BATCH_SIZE:
            _post_batch(session, batch_id, pending)
            sent += len(pending)
            pending = []
        pending.append(_allow(row))
    if pending:
        _post_batch(session, batch_id, pending)
        sent += len(pending)
    return sent


def send_corrections(conn, since) -> int:
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(CORRECTION_SQL, {"since": since})
        corrected = [_strip(row) for row in cur.fetchall()]
    if not corrected:
        return 0
    body = {"batch_id": uuid.uuid4().hex, "record_count": len(corrected), "subjects": corrected}
    requests.put(ICE_REFERRAL_URL, json=body, timeout=120).raise_for_status()
    return len(corrected)


def refer_members(members) -> int:
    session = requests.Session()
    batch_id = uuid.uuid4().hex
    subjects = []
    for m in members:
        if m.imgrtn_stus_cd not in REMOVABLE_CODES:
            continue
        subjects.append({n: getattr(m, n) for n in REFERRAL_FIELDS})
    if subjects:
        _post_batch(session, batch_id, subjects)
    return len(subjects)
