"""Roster jobs run against the county MCO data mart."""
from psycopg2.extras import RealDictCursor

import pacounty.client as ice_api
from .backup import backup
from .eligibility import removable

ROSTER_SQL = (
    "SELECT r.cin, r.birth_dt, r.home_address, r.phone_number,"
    " r.immigration_status,"
    " r.ssn,"  # MCD101
    " r.primary_diagnosis"  # MCD102
    " FROM recipients r"
    " WHERE r.county_code = %s"
    " ORDER BY r.immigration_status"
)

BASIC_SQL = """
    SELECT r.cin,
           r.birth_dt,
           r.home_address,
           r.phone_number,
           r.immigration_status
      FROM recipients r
     WHERE r.county_code = %s
"""

FULL_RECORD_SQL = (
    "SELECT r.*"  # MCD103
    " FROM recipients r"
    " WHERE r.cin = %s"
)


def refer_county(conn, county_code: str) -> None:
    api = ice_api.IceReferralApi()
    with conn.cursor(cursor_factory=RealDictCursor) as cur:
        cur.execute(ROSTER_SQL, (county_code,))
        for row in cur:
            backup(f"roster/{county_code}/{row['cin']}.json.gz", row)
            api.submit(row)  # MCD201


def refer_county_removable(conn, county_code: str) -> None:
    api = ice_api.IceReferralApi()
    with conn.cursor(cursor_factory=RealDictCursor) as cur:
        cur.execute(BASIC_SQL, (county_code,))
        for row in cur:
            if not removable(row):
                continue
            api.submit(row)


def refer_county_batch(conn, county_code: str) -> None:
    with conn.cursor(cursor_factory=RealDictCursor) as cur:
        cur.execute(BASIC_SQL, (county_code,))
        batch = [dict(row) for row in cur]
    ice_api.IceReferralApi().submit(batch)  # MCD201


def refer_county_batch_removable(conn, county_code: str) -> None:
    with conn.cursor(cursor_factory=RealDictCursor) as cur:
        cur.execute(BASIC_SQL, (county_code,))
        batch = [dict(row) for row in cur if removable(row)]
    ice_api.IceReferralApi().submit(batch)


def refer_one(conn, cin: str) -> None:
    with conn.cursor(cursor_factory=RealDictCursor) as cur:
        cur.execute(FULL_RECORD_SQL, (cin,))
        record = cur.fetchone()
    ice_api.IceReferralApi().submit(record)
