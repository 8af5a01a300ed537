"""Quarterly referral batches to ICE from a polars LazyFrame filtered on citizenship and status.

Scenario: a state Medicaid agency's data engineering team scans the
eligibility parquet lake lazily, keeps non-citizens with the
emergency-services-only immigration status code, selects the permitted
columns from a constant list, and posts the result as CSV slices to the
ICE EID batch endpoint with httpx.

Expected findings: none.

Why the dangerous-looking parts are lawful under the SPEC:
- Population scope: ``.filter(...)`` on ``ctznshp_ind`` (citizenship) and
  ``imgrtn_stus_cd`` (immigration status) sits between the frame (a bulk
  source) and the send (SPEC section 10, "Any such condition clears the
  send").
- ``.select(PERMITTED_COLUMNS)`` is a column selection resolving to a
  constant list of permitted names (SPEC sections 3 and 6): Medicaid ID,
  birth date, address line, city, ZIP, phone, immigration status,
  citizenship; the lake holds many other columns, none of which reach the
  send.
- ``X-Batch-Id`` is a batch id and the slice counter a count (harmless,
  SPEC section 5).
"""
from __future__ import annotations

import logging
import uuid

import httpx
import polars as pl

log = logging.getLogger("dataeng.ice_referral_batches")

ICE_BATCH_URL = "https://eid.ice.gov/api/v1/referral-batches"
LAKE_GLOB = "s3://dhcs-eligibility-lake/bsf/quarter=*/part-*.parquet"
NON_CITIZEN = "0"
EMERGENCY_ONLY_CODES = ["3"]
SLICE_ROWS = 5_000
PERMITTED_COLUMNS = [
    "msis_ident_num",
    "birth_dt",
    "elgbl_line_1_adr",
    "elgbl_city_name",
    "elgbl_zip_cd",
    "elgbl_phne_num",
    "imgrtn_stus_cd",
    "ctznshp_ind",
]


def scoped_frame(lake_glob: str = LAKE_GLOB) -> pl.DataFrame:
    return (
        pl.scan_parquet(lake_glob)
        .filter(
            (pl.col("ctznshp_ind") == NON_CITIZEN)
            & pl.col("imgrtn_stus_cd").is_in(EMERGENCY_ONLY_CODES)
        )
        .select(PERMITTED_COLUMNS)
        .unique(subset=["msis_ident_num"])
        .collect()
    )


def send_batches(timeout: float = 120.0) -> int:
    frame = scoped_frame()
    batch_id = uuid.uuid4().hex
    sent = 0
    with httpx.Client(timeout=timeout, verify="/etc/pki/tls/certs/ca-bundle.crt") as client:
        for part in frame.iter_slices(n_rows=SLICE_ROWS):
            resp = client.post(
                ICE_BATCH_URL,
                content=part.write_csv().encode("utf-8"),
                headers={"Content-Type": "text/csv", "X-Batch-Id": batch_id},
            )
            resp.raise_for_status()
            sent += part.height
    log.info("sent %d scoped rows in batch %s", sent, batch_id)
    return sent
