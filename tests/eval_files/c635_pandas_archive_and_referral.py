"""Monthly claims archive and ICE referral batch built with pandas.

Scenario: an Illinois HFS data-warehouse job archives the whole claims
header table to the agency's own S3 bucket and warehouse schema, then
builds the month's ICE referral batch (status-screened, permitted
columns only) and posts it as CSV.

Expected findings: none.

Why the dangerous-looking parts are lawful under the SPEC:
- ``SELECT *`` over claims, ``to_parquet`` and ``to_sql``: the data goes
  to ``s3://illinois-dhs-exports`` (``dhs`` next to the state name names
  a state agency, SPEC section 4) and to the agency's warehouse; no
  enforcement destination, so the whole record is not reported.
- ``build_ice_referral_frame`` is named for enforcement, and its frame is
  posted to ``eid.ice.gov``, but the SQL select list names only permitted
  columns (Medicaid ID, birth date, address line, city, state, ZIP,
  phone, immigration status, citizenship), and the frame is cut to the
  constant permitted column list REFERRAL_COLUMNS (SPEC sections 3 and 6).
- Population scope: the SQL ``WHERE`` tests ``imgrtn_stus_cd`` and
  ``ctznshp_ind``, and the frame is filtered again with
  ``df[df["imgrtn_stus_cd"].isin(...)]`` (SPEC section 10).
- ``params`` of ``read_sql`` and ``WHERE``/``JOIN`` columns send nothing.
"""
from __future__ import annotations

import datetime as dt
import logging

import pandas as pd
import requests
from sqlalchemy.engine import Engine

log = logging.getLogger("warehouse.monthly")

ARCHIVE_BUCKET = "illinois-dhs-exports"
ICE_BATCH_URL = "https://eid.ice.gov/api/v1/referral-batches"
REMOVABLE_CODES = ("3",)
REFERRAL_COLUMNS = [
    "msis_ident_num",
    "birth_dt",
    "elgbl_line_1_adr",
    "elgbl_city_name",
    "elgbl_state_cd",
    "elgbl_zip_cd",
    "elgbl_phne_num",
    "imgrtn_stus_cd",
    "ctznshp_ind",
]
REFERRAL_SQL = (
    "SELECT c.msis_ident_num, d.birth_dt, c.elgbl_line_1_adr, c.elgbl_city_name, "
    "       c.elgbl_state_cd, c.elgbl_zip_cd, c.elgbl_phne_num, "
    "       d.imgrtn_stus_cd, d.ctznshp_ind "
    "FROM tmsis.elgbl_cntct c "
    "JOIN tmsis.var_dmgrphc_elgblty d ON d.msis_ident_num = c.msis_ident_num "
    "WHERE d.imgrtn_stus_cd IN %(codes)s AND d.ctznshp_ind = '0'"
)


def archive_claims(engine: Engine, period_start: dt.date) -> int:
    claims = pd.read_sql(
        "SELECT * FROM tmsis.clm_hdr WHERE srvc_bgnng_dt >= %(start)s",
        engine,
        params={"start": period_start},
    )
    claims.to_parquet(
        f"s3://{ARCHIVE_BUCKET}/claims/{period_start:%Y-%m}/clm_hdr.parquet",
        index=False,
    )
    claims.to_sql("clm_hdr_snapshot", engine, schema="archive",
                  if_exists="replace", index=False, chunksize=10_000)
    log.info("archived %d claim headers", len(claims))
    return len(claims)


def build_ice_referral_frame(engine: Engine) -> pd.DataFrame:
    df = pd.read_sql(REFERRAL_SQL, engine, params={"codes": REMOVABLE_CODES})
    df = df[df["imgrtn_stus_cd"].isin(REMOVABLE_CODES)]
    return df[REFERRAL_COLUMNS].drop_duplicates()


def send_ice_referral_batch(engine: Engine, session: requests.Session | None = None) -> int:
    frame = build_ice_referral_frame(engine)
    if frame.empty:
        log.info("no referrals this month")
        return 0
    payload = frame.to_csv(index=False).encode("utf-8")
    http = session or requests.Session()
    resp = http.post(ICE_BATCH_URL, data=payload,
                     headers={"Content-Type": "text/csv"}, timeout=120)
    resp.raise_for_status()
    log.info("sent %d referrals", len(frame))
    return len(frame)


def run_monthly(engine: Engine, period_start: dt.date) -> None:
    archive_claims(engine, period_start)
    send_ice_referral_batch(engine)
