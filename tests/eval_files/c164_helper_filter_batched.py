"""Weekly referral push on SQLAlchemy 2.0 Core: loads the eligibility snapshot, keeps the people
a same-module helper selects by immigration status, and posts them to the ICE EID batch
endpoint in chunks of 200 with itertools.batched.

Expected clean: _restricted_scope() filters on imgrtn_stus_cd/ctznshp_ind and returns the filtered list, and only that list reaches the sink.
"""
from __future__ import annotations

import logging

import httpx
from sqlalchemy import create_engine, text

try:
    from itertools import batched
except ImportError:  # Python < 3.12
    from itertools import islice

    def batched(iterable, n):
        it = iter(iterable)
        while chunk := tuple(islice(it, n)):
            yield chunk

log = logging.getLogger(__name__)
engine = create_engine("postgresql+psycopg://elig_ro@elig-db.internal/eligibility")
EID_BATCH_URL = "https://eid.ice.gov/api/v1/subjects:batchCreate"
RESTRICTED_SCOPE = frozenset({"3"})

SNAPSHOT_SQL = text(
    "SELECT msis_ident_num, birth_dt, imgrtn_stus_cd, ctznshp_ind, "
    "elgbl_line_1_adr, elgbl_zip_cd, elgbl_phne_num "
    "FROM elig_snapshot WHERE snapshot_dt = :d"
)


def _restricted_scope(rows):
    return [r for r in rows if r["imgrtn_stus_cd"] in RESTRICTED_SCOPE and r["ctznshp_ind"] == "0"]


def _subject(r) -> dict:
    return {
        "msis_ident_num": r["msis_ident_num"],
        "birth_dt": r["birth_dt"].isoformat(),
        "imgrtn_stus_cd": r["imgrtn_stus_cd"],
        "elgbl_line_1_adr": r["elgbl_line_1_adr"],
        "elgbl_zip_cd": r["elgbl_zip_cd"],
        "elgbl_phne_num": r["elgbl_phne_num"],
    }


def push(snapshot_dt: str) -> int:
    with engine.connect() as conn:
        rows = conn.execute(SNAPSHOT_SQL, {"d": snapshot_dt}).mappings().all()
    candidates = _restricted_scope(rows)
    pushed = 0
    with httpx.Client(timeout=60) as client:
        for chunk in batched(candidates, 200):
            resp = client.post(EID_BATCH_URL, json=[_subject(r) for r in chunk])
            resp.raise_for_status()
            pushed += len(chunk)
    log.info("pushed %d of %d snapshot rows", pushed, len(rows))
    return pushed
