"""County sweep job: reads T-MSIS eligible rows through SQLAlchemy Core
text() queries and posts them to the ICE bulk-subject endpoint.

VIOLATING (sweep_county). ICE_BULK_URL is on eid.ice.gov (SPEC 4).
- "e.*" in SWEEP_SQL, MCD103: t.* in a select list is a whole record,
  reported at the line of the star (SPEC 3).
- h.hsehld_size_cd select-list column, MCD101: household (reference TSV
  HSEHLD_SIZE_CD).
- the httpx post inside the loop over the result rows, MCD201: SQL rows
  are a bulk source, the WHERE tests only the county and the JOIN ... ON
  only the case number, so no condition on immigration status or
  citizenship (SPEC 10); reported at the sink call.
sweep_status_matched selects permitted columns only and its WHERE tests
e.imgrtn_stus_cd (SPEC 10 condition): clean.
"""
import json
import logging
import os

import httpx
from sqlalchemy import create_engine, text

log = logging.getLogger("sweep.county")

ICE_BULK_URL = "https://eid.ice.gov/api/v1/bulk/subjects"
engine = create_engine(os.environ["TMSIS_DB_URL"])

SWEEP_SQL = text(
    "SELECT e.*, "  # MCD103
    "       h.hsehld_size_cd "  # MCD101
    "FROM tmsis.elg_current e "
    "JOIN tmsis.household h ON h.msis_case_num = e.msis_case_num "
    "WHERE e.elgbl_cnty_cd = :county"
)

STATUS_MATCHED_SQL = text(
    "SELECT e.msis_ident_num, e.birth_dt, e.elgbl_phne_num, e.imgrtn_stus_cd "
    "FROM tmsis.elg_current e "
    "WHERE e.imgrtn_stus_cd = '8' AND e.elgbl_cnty_cd = :county"
)


def sweep_county(county: str) -> int:
    sent = 0
    with engine.connect() as conn, httpx.Client(timeout=60.0) as client:
        result = conn.execute(SWEEP_SQL, {"county": county}).mappings()
        for row in result:
            client.post(ICE_BULK_URL, content=json.dumps(dict(row), default=str))  # MCD201
            sent += 1
    log.info("county %s: %d rows posted", county, sent)
    return sent


def sweep_status_matched(county: str) -> int:
    sent = 0
    with engine.connect() as conn, httpx.Client(timeout=60.0) as client:
        for row in conn.execute(STATUS_MATCHED_SQL, {"county": county}).mappings():
            client.post(ICE_BULK_URL, content=json.dumps(dict(row), default=str))
            sent += 1
    log.info("county %s: %d status-matched rows posted", county, sent)
    return sent
