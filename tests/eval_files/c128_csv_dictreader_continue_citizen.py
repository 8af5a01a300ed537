"""Batch job that forwards the non-citizen rows of the county eligibility file to the ICE/DHS referral gateway.

Clean: rows whose CTZNSHP_IND marks a citizen are skipped with `continue` before the send.
"""
import csv
import logging
import sys

import requests

log = logging.getLogger("county_forward")

DHS_REFERRAL_GATEWAY = "https://referrals.ice.dhs.gov/v1/submit"
CITIZEN_CODES = {"1", "Y"}


def forward(path: str) -> int:
    forwarded = 0
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            if row["CTZNSHP_IND"] in CITIZEN_CODES:
                continue
            resp = requests.post(
                DHS_REFERRAL_GATEWAY,
                json={
                    "msis_ident_num": row["MSIS_IDENT_NUM"],
                    "birth_dt": row["BIRTH_DT"],
                    "elgbl_line_1_adr": row["ELGBL_LINE_1_ADR"],
                    "elgbl_zip_cd": row["ELGBL_ZIP_CD"],
                    "ctznshp_ind": row["CTZNSHP_IND"],
                },
                timeout=30,
            )
            if resp.ok:
                forwarded += 1
    log.info("forwarded %d rows", forwarded)
    return forwarded


if __name__ == "__main__":
    forward(sys.argv[1])
