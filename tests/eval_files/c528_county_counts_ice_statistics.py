"""Quarterly statistics feed: counts of open enrollees without lawful status per county are computed in SQL and posted with ``urllib`` to the ICE EID statistics endpoint.

Expected clean: the select list holds only ``county_cd`` (address) and ``COUNT(*) AS record_count`` (a record count, harmless; ``COUNT(*)`` is not ``SELECT *``), the ``WHERE imgrtn_stus_cd IN (...)`` is a condition on immigration status between the rows and the send (SPEC §10), and the rest of the body is constants (schema version, agency code) (SPEC §5).
"""
import json
import logging
import os
import ssl
import time
import urllib.error
import urllib.request

import psycopg
from psycopg.rows import dict_row

log = logging.getLogger("stats.eid_counts")

ICE_STATS_URL = "https://eid.ice.gov/api/v1/statistics/county"
MMIS_DSN = os.environ.get("MMIS_DSN", "postgresql://stats@mmis-dw.internal/mmis")
SCHEMA_VERSION = "county-counts.v2"
AGENCY_CODE = "CA-DHCS"
SMALL_CELL = 11

COUNT_SQL = (
    "SELECT county_cd, COUNT(*) AS record_count "
    "FROM mmis.member_dim "
    "WHERE imgrtn_stus_cd IN ('8', '9') "
    "AND enrollment_end_dt IS NULL "
    "GROUP BY county_cd "
    "ORDER BY county_cd"
)


def county_counts(conn) -> list:
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(COUNT_SQL)
        rows = cur.fetchall()
    counts = []
    for r in rows:
        if r["record_count"] < SMALL_CELL:
            continue
        counts.append({"county_code": r["county_cd"], "record_count": r["record_count"]})
    return counts


def post_counts(counts: list, attempts: int = 3) -> int:
    body = json.dumps({
        "schema_version": SCHEMA_VERSION,
        "agency_code": AGENCY_CODE,
        "counties": counts,
    }).encode("utf-8")
    ctx = ssl.create_default_context()
    for attempt in range(1, attempts + 1):
        req = urllib.request.Request(
            ICE_STATS_URL,
            data=body,
            headers={"Content-Type": "application/json"},
            method="POST",
        )
        try:
            with urllib.request.urlopen(req, timeout=60, context=ctx) as resp:
                return resp.status
        except urllib.error.HTTPError as exc:
            if exc.code < 500:
                log.error("EID rejected statistics: %s", exc.code)
                raise
            log.warning("attempt %d: EID returned %s", attempt, exc.code)
        except urllib.error.URLError as exc:
            log.warning("attempt %d: %s", attempt, exc.reason)
        time.sleep(10 * attempt)
    raise RuntimeError("statistics not delivered")


def main() -> int:
    logging.basicConfig(level=logging.INFO)
    with psycopg.connect(MMIS_DSN) as conn:
        counts = county_counts(conn)
    if not counts:
        log.info("no county above the small-cell threshold; nothing to post")
        return 0
    status = post_counts(counts)
    log.info("posted %d county counts (HTTP %s)", len(counts), status)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
