"""Bulk ICE referral JSON produced from the eligibility extract.

Scenario: a state analyst's job loads the whole eligibility extract with
pandas, sorts it by immigration status code, logs any unexpected codes
and writes the frame as NDJSON to the ICE bulk referral drop file that a
separate transfer agent picks up.

Expected findings:
- line 38: MCD103: ``pd.read_csv(...)`` with no column list in the
  same-module helper ``load_extract``: a DataFrame read with no column
  list is a whole, unbounded record, reported once at that expression
  in the helper (SPEC section 3).
- line 48: MCD201 at ``df.to_json(EXPORT_PATH, ...)``: records from the bulk
  source ``pd.read_csv`` (a DataFrame, SPEC section 10) are written to
  ``ice_bulk_referrals.json``, a file whose name carries the token
  ``ice`` and whose upload is not visible, so the write is the sink
  (SPEC sections 4 and 10). Sorting by ``imgrtn_stus_cd`` is not a
  condition; the ``unexpected`` frame filtered on status is only logged
  and does not decide which records are written (SPEC section 10).

Not findings: ``dropna(subset=...)``, ``sort_values`` and the logged
subset send nothing on their own.
"""
from __future__ import annotations

import argparse
import logging

import pandas as pd

log = logging.getLogger("analyst.bulk_export")

EXPORT_PATH = "/srv/medicaid/exports/ice_bulk_referrals.json"
KNOWN_STATUS_CODES = ("0", "1", "2", "3")


def load_extract(path: str) -> pd.DataFrame:
    return pd.read_csv(path, sep="|", dtype=str)  # MCD103


def export_bulk_referrals(extract_path: str) -> int:
    df = load_extract(extract_path)
    df = df.dropna(subset=["msis_ident_num"])
    df = df.sort_values(["imgrtn_stus_cd", "msis_ident_num"])
    unexpected = df[~df["imgrtn_stus_cd"].isin(KNOWN_STATUS_CODES)]
    if not unexpected.empty:
        log.warning("%d rows carry an unrecognized status code", len(unexpected))
    df.to_json(EXPORT_PATH, orient="records", lines=True)  # MCD201
    log.info("wrote %d rows to %s", len(df), EXPORT_PATH)
    return len(df)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the bulk referral drop file.")
    parser.add_argument("extract", help="pipe-delimited eligibility extract")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO)
    count = export_bulk_referrals(args.extract)
    print(f"{count} rows written")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
