"""Quarterly aggregate statistics: county counts to ICE's statistics endpoint and to CMS (clean).

Scenario: under the information-sharing agreement ICE asked for quarterly
counts (no person-level data) of enrollees with an unlawful-presence status
code, by county.  The same job also sends CMS the full county counts by
eligibility group and an enrollee-level quality sample.  The requests
session and the warehouse connection are injected.

Why no finding is expected:
- The ICE query selects only ``ELGBL_CNTY_CD`` (address category) and
  ``COUNT(*) AS record_count`` (a record count, harmless, SPEC 5);
  ``COUNT(*)`` is not ``SELECT *`` (SPEC 3 MCD103 names ``SELECT *`` /
  ``t.*``).  Its ``WHERE`` tests ``IMGRTN_STUS_CD``, a condition on
  immigration status (SPEC 10), so even a reading that treats the grouped
  rows as a bulk source finds the population chosen.
- The ICE body adds only ``batch_id`` (harmless), ``agency_code`` and
  ``schema_version`` (constants).
- Eligibility-group counts and the enrollee sample (with SSN and
  diagnoses) go to ``*.cms.gov``, a federal health host on the
  non-enforcement list (SPEC 4).
"""
from __future__ import annotations

import logging
import uuid
from collections import defaultdict
from datetime import date

log = logging.getLogger("stats.quarterly")

ICE_STATS_URL = "https://stats.eid.ice.gov/api/v1/county-counts"
CMS_STATS_URL = "https://macpro.cms.gov/api/quarterly/enrollment-counts"
CMS_SAMPLE_URL = "https://macpro.cms.gov/api/quarterly/quality-sample"
AGENCY_CODE = "CA-DHCS"
SCHEMA_VERSION = "1.3"
UNLAWFUL_CODES = ("5", "6")

ICE_COUNTS_SQL = (
    "SELECT c.ELGBL_CNTY_CD, COUNT(*) AS record_count "
    "FROM tmsis.tmsis_prmry_dmgrphc_elgblty e "
    "JOIN tmsis.tmsis_elgbl_cntct c ON c.MSIS_IDENT_NUM = e.MSIS_IDENT_NUM "
    "WHERE e.IMGRTN_STUS_CD IN %(codes)s "
    "  AND e.ENRLMT_EFCTV_DT < %(quarter_end)s "
    "GROUP BY c.ELGBL_CNTY_CD"
)

CMS_COUNTS_SQL = (
    "SELECT c.ELGBL_CNTY_CD, e.ELGBLTY_GRP_CD, COUNT(*) AS record_count "
    "FROM tmsis.tmsis_prmry_dmgrphc_elgblty e "
    "JOIN tmsis.tmsis_elgbl_cntct c ON c.MSIS_IDENT_NUM = e.MSIS_IDENT_NUM "
    "WHERE e.ENRLMT_EFCTV_DT < %(quarter_end)s "
    "GROUP BY c.ELGBL_CNTY_CD, e.ELGBLTY_GRP_CD"
)

CMS_SAMPLE_SQL = (
    "SELECT e.MSIS_IDENT_NUM, e.SSN_NUM, e.BIRTH_DT, e.SEX_CD, d.DGNS_1_CD "
    "FROM tmsis.tmsis_prmry_dmgrphc_elgblty e "
    "JOIN tmsis.claims_dx d ON d.MSIS_IDENT_NUM = e.MSIS_IDENT_NUM "
    "TABLESAMPLE SYSTEM (0.1)"
)


def quarter_end(today=None):
    today = today or date.today()
    month = ((today.month - 1) // 3) * 3 + 1
    return date(today.year, month, 1)


def _fetch(conn, sql, params):
    cur = conn.cursor()
    try:
        cur.execute(sql, params)
        return cur.fetchall()
    finally:
        cur.close()


def send_ice_counts(session, conn, today=None):
    qend = quarter_end(today)
    counts = {}
    cur = conn.cursor()
    cur.execute(ICE_COUNTS_SQL, {"codes": UNLAWFUL_CODES, "quarter_end": qend})
    for row in cur.fetchall():
        counts[row["ELGBL_CNTY_CD"]] = row["record_count"]
    cur.close()
    body = {
        "batch_id": uuid.uuid4().hex,
        "agency_code": AGENCY_CODE,
        "schema_version": SCHEMA_VERSION,
        "counts_by_county": counts,
    }
    resp = session.post(ICE_STATS_URL, json=body, timeout=30)
    resp.raise_for_status()
    log.info("sent %d county counts to ICE", len(counts))
    return len(counts)


def send_cms_counts(session, conn, today=None):
    qend = quarter_end(today)
    by_county = defaultdict(dict)
    for row in _fetch(conn, CMS_COUNTS_SQL, {"quarter_end": qend}):
        by_county[row["ELGBL_CNTY_CD"]][row["ELGBLTY_GRP_CD"]] = row["record_count"]
    session.post(CMS_STATS_URL, json={"quarter_end": qend.isoformat(), "counts": by_county}, timeout=60)
    sample = _fetch(conn, CMS_SAMPLE_SQL, {})
    session.post(CMS_SAMPLE_URL, json={"rows": sample}, timeout=120)
    return len(by_county), len(sample)


def run_quarterly(session, conn):
    ice_n = send_ice_counts(session, conn)
    cms_n, sample_n = send_cms_counts(session, conn)
    log.info("quarterly stats: ice=%d counties, cms=%d counties, sample=%d", ice_n, cms_n, sample_n)
