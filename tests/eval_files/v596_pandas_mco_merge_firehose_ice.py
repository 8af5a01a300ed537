"""County-by-county referral feed to the ICE EID Firehose delivery stream,
built with pandas from the eligibility extract and the MCO assignment rows.

Scenario: an analytics contractor reads the eligibility extract with a
``usecols`` list that includes household income, builds a DataFrame from the
MCO assignment rows (``pd.DataFrame(rows, columns=[...])``) with the plan id
and the PCP's name, merges them, groups by county and puts each county's
records to the Firehose stream ``ice-eid-referrals`` in batches of 500.  No
step looks at immigration status or citizenship.

Expected findings (4):
- MCD101 at ``household_income`` in the ``usecols`` list (SPEC section 3:
  ``usecols`` is a column list, each name a placement at its own line;
  income).
- MCD101 at ``mc_plan_id`` in ``columns=`` (managed_care_plan).
- MCD102 at ``pcp_name`` in ``columns=`` (provider: health data).
- MCD201 at ``feed.publish(df)`` in ``main`` (SPEC section 10: DataFrames
  are bulk sources and no step has a condition on immigration status or
  citizenship; grouping by county is not one. The frame is read by a helper
  of ``main`` and handed on to ``publish``, whose loop over its groups sends
  it: where the callers are visible, the finding is at the call that hands
  on the unfiltered bulk data). The ``put_record_batch`` call gets MCD201
  too: ``records``, a variable named for many people, is a bulk source of
  its own, sent there with no condition.
Destination (SPEC section 4): the stream name ``ice-eid-referrals``.
"""
from __future__ import annotations

import json
import logging
import os
from typing import Iterator

import boto3
import pandas as pd

from mco_feeds.assignments import fetch_mco_assignments

log = logging.getLogger("eid_firehose_feed")

ICE_REFERRAL_STREAM = "ice-eid-referrals"
ELIG_EXTRACT = os.environ.get("ELIG_EXTRACT", "/data/mmis/elig_current.csv")
FIREHOSE_MAX_BATCH = 500


def load_eligibility(path: str = ELIG_EXTRACT) -> pd.DataFrame:
    return pd.read_csv(
        path,
        usecols=[
            "msis_ident_num",
            "birth_dt",
            "elgbl_zip_cd",
            "elgbl_cnty_cd",
            "household_income",  # MCD101
        ],
        dtype=str,
    )


def load_assignments(plan_year: int) -> pd.DataFrame:
    rows = fetch_mco_assignments(plan_year=plan_year)
    return pd.DataFrame(
        rows,
        columns=[
            "msis_ident_num",
            "mc_plan_id",  # MCD101
            "pcp_name",  # MCD102
        ],
    )


def _chunks(records: list[dict], size: int) -> Iterator[list[dict]]:
    for i in range(0, len(records), size):
        yield records[i:i + size]


class FirehoseReferralFeed:
    def __init__(self, region: str = "us-east-1") -> None:
        self.firehose = boto3.client("firehose", region_name=region)
        self.failed = 0
        self.delivered = 0

    def _account(self, resp: dict, chunk_len: int) -> None:
        failed = resp.get("FailedPutCount", 0)
        self.failed += failed
        self.delivered += chunk_len - failed
        if failed:
            codes = {r.get("ErrorCode") for r in resp["RequestResponses"] if r.get("ErrorCode")}
            log.warning("%d records failed: %s", failed, sorted(codes))

    def publish(self, df: pd.DataFrame) -> None:
        for county, group in df.groupby("elgbl_cnty_cd"):
            records = group.to_dict("records")
            log.info("county %s: %d records", county, len(records))
            for chunk in _chunks(records, FIREHOSE_MAX_BATCH):
                entries = [{"Data": (json.dumps(rec) + "\n").encode("utf-8")} for rec in chunk]
                resp = self.firehose.put_record_batch(DeliveryStreamName=ICE_REFERRAL_STREAM, Records=entries)  # MCD201
                self._account(resp, len(chunk))


def main(plan_year: int) -> None:
    logging.basicConfig(level=logging.INFO)
    elig = load_eligibility()
    assignments = load_assignments(plan_year)
    df = elig.merge(assignments, on="msis_ident_num", how="left")
    df = df.where(pd.notna(df), None)
    feed = FirehoseReferralFeed()
    feed.publish(df)  # MCD201
    log.info("delivered %d, failed %d", feed.delivered, feed.failed)


if __name__ == "__main__":
    import sys

    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2026)
