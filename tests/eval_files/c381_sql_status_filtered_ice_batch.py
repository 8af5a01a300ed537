"""Nightly referral batch for ICE EID (basic categories only).

Selects enrollees whose verified immigration status code is one of the
unlawful-presence codes and posts them, in chunks, to the EID intake API.
"""
import argparse
import logging
import sys
import time
from datetime import date

import psycopg2
import psycopg2.extras
import requests

log = logging.getLogger("eid_batch")

ICE_REFERRAL_URL = "https://eid.ice.gov/api/v1/referrals"
CHUNK_SIZE = 250
MAX_ATTEMPTS = 4

# T-MSIS column -> EID API field
FIELD_MAP = {
    "msis_ident_num": "medicaid_id",
    "birth_dt": "date_of_birth",
    "ctznshp_ind": "citizenship",
    "imgrtn_stus_cd": "immigration_status",
    "elgbl_line_1_adr": "address",
    "elgbl_city_name": "city",
    "elgbl_zip_cd": "zip",
    "elgbl_phne_num": "phone",
}

REFERRAL_SQL = """
    SELECT m.msis_ident_num,
           m.birth_dt,
           m.ctznshp_ind,
           m.imgrtn_stus_cd,
           a.elgbl_line_1_adr,
           a.elgbl_city_name,
           a.elgbl_zip_cd,
           m.elgbl_phne_num
      FROM tmsis_elgbl m
      JOIN tmsis_elgbl_cntct a
        ON a.msis_ident_num = m.msis_ident_num AND a.elgbl_adr_type_cd = '01'
     WHERE m.imgrtn_stus_cd IN %(codes)s
       AND m.submtg_state_cd = %(state)s
     ORDER BY m.last_name, m.ssn
"""


def _jsonable(value):
    if isinstance(value, date):
        return value.isoformat()
    return value


def fetch_referrals(conn, codes, state):
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(REFERRAL_SQL, {"codes": tuple(codes), "state": state})
        batch = []
        for row in cur:
            batch.append({api: _jsonable(row[col]) for col, api in FIELD_MAP.items()})
        return batch


def post_chunk(session, chunk):
    for attempt in range(1, MAX_ATTEMPTS + 1):
        try:
            resp = session.post(ICE_REFERRAL_URL, json=chunk, timeout=60)
            resp.raise_for_status()
            return resp.json()
        except requests.RequestException as exc:
            log.warning("chunk failed (attempt %d): %s", attempt, exc)
            if attempt == MAX_ATTEMPTS:
                raise
            time.sleep(2 ** attempt)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dsn", required=True)
    parser.add_argument("--state", default="CA")
    parser.add_argument("--codes", nargs="+", default=["7", "8"])
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO)

    conn = psycopg2.connect(args.dsn)
    try:
        batch = fetch_referrals(conn, args.codes, args.state)
    finally:
        conn.close()
    log.info("selected %d referrals", len(batch))
    if args.dry_run:
        return 0

    session = requests.Session()
    session.auth = ("eid-svc", "from-vault")
    for start in range(0, len(batch), CHUNK_SIZE):
        post_chunk(session, batch[start:start + CHUNK_SIZE])
    return 0


if __name__ == "__main__":
    sys.exit(main())
