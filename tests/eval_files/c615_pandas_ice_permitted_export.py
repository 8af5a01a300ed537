"""Quarterly ICE referral file built with pandas (concat, merge, filter,
rename, to_dict("records")) and posted in chunks of 500.

Scenario: a vendor analytics job reads the monthly eligibility extracts
(only the columns it needs, via ``usecols``), concatenates them, keeps the
latest row per enrollee, merges the home address extract, keeps only
enrollees whose immigration status code is an unlawful-presence code, maps
the T-MSIS names to the ICE EID schema and posts the records.

Expected findings: none.
- SPEC section 3: the column lists (``usecols``) are placements and hold
  only permitted names: msis_ident_num (medicaid_id), birth_dt
  (date_of_birth), imgrtn_stus_cd (immigration_status), ctznshp_ind
  (citizenship), elgbl_line_1_adr_home, elgbl_city_name_home,
  elgbl_zip_cd_home (address), elgbl_phne_num_home (phone).
- SPEC section 5: the envelope has batch_id (harmless) and constants.
- SPEC section 10: the DataFrames are bulk sources, but
  ``df[df["imgrtn_stus_cd"].isin(...)]`` after the merge is a condition on
  status on the path from every source to the send: no MCD201.
"""
from __future__ import annotations

import glob
import logging
import os
import uuid
from typing import Iterator

import pandas as pd
import requests

log = logging.getLogger("eid_quarterly")

ICE_EID_BULK_URL = "https://eid.ice.gov/api/v1/referrals/bulk"
EXTRACT_GLOB = os.environ.get("ELIG_EXTRACT_GLOB", "/data/taf/elig_*.csv.gz")
ADDRESS_EXTRACT = os.environ.get("ADDR_EXTRACT", "/data/taf/elgbl_cntct_home.csv.gz")
CHUNK = 500
SCHEMA_VERSION = "2026.1"
UNLAWFUL_PRESENCE_CODES = ["3", "8"]

ELIG_COLUMNS = ["msis_ident_num", "birth_dt", "imgrtn_stus_cd", "ctznshp_ind"]
ADDRESS_COLUMNS = [
    "msis_ident_num",
    "elgbl_line_1_adr_home",
    "elgbl_city_name_home",
    "elgbl_zip_cd_home",
    "elgbl_phne_num_home",
]
EID_NAMES = {
    "msis_ident_num": "medicaid_id",
    "birth_dt": "date_of_birth",
    "imgrtn_stus_cd": "immigration_status",
    "ctznshp_ind": "citizenship",
    "elgbl_line_1_adr_home": "address_line1",
    "elgbl_city_name_home": "city",
    "elgbl_zip_cd_home": "zip_code",
    "elgbl_phne_num_home": "phone_number",
}


def load_eligibility(pattern: str = EXTRACT_GLOB) -> pd.DataFrame:
    paths = sorted(glob.glob(pattern))
    if not paths:
        raise FileNotFoundError(pattern)
    # extracts are named elig_YYYYMM, so sorted order is oldest first and
    # keep="last" keeps each enrollee's latest month
    frames = [pd.read_csv(p, usecols=ELIG_COLUMNS, dtype=str) for p in paths]
    elig = pd.concat(frames, ignore_index=True)
    return elig.drop_duplicates("msis_ident_num", keep="last")


def load_addresses(path: str = ADDRESS_EXTRACT) -> pd.DataFrame:
    return pd.read_csv(path, usecols=ADDRESS_COLUMNS, dtype=str)


def build_referrals(elig: pd.DataFrame, addresses: pd.DataFrame) -> list[dict]:
    df = elig.merge(addresses, on="msis_ident_num", how="left")
    df = df[df["imgrtn_stus_cd"].isin(UNLAWFUL_PRESENCE_CODES)]
    df = df.rename(columns=EID_NAMES)
    df = df.where(pd.notna(df), None)
    return df.to_dict("records")


def chunked(records: list[dict], size: int = CHUNK) -> Iterator[list[dict]]:
    for start in range(0, len(records), size):
        yield records[start:start + size]


def post_referrals(referrals: list[dict], session: requests.Session) -> int:
    sent = 0
    for chunk in chunked(referrals):
        body = {"batch_id": uuid.uuid4().hex, "schema_version": SCHEMA_VERSION, "referrals": chunk}
        resp = session.post(ICE_EID_BULK_URL, json=body, timeout=120)
        if resp.status_code >= 400:
            log.error("EID rejected batch %s: %s", body["batch_id"], resp.text[:300])
            resp.raise_for_status()
        sent += len(chunk)
    return sent


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    referrals = build_referrals(load_eligibility(), load_addresses())
    log.info("%d enrollees in referral scope", len(referrals))
    with requests.Session() as session:
        session.cert = ("/etc/eid/client.crt", "/etc/eid/client.key")
        log.info("sent %d referrals", post_referrals(referrals, session))


if __name__ == "__main__":
    main()
