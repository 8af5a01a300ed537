"""Batch jobs: MN-ITS referrals, SAVE verification, nightly MFT drop."""
from __future__ import annotations

import io
import logging
from datetime import date
from typing import Any, Iterable, Mapping

import boto3
import pandas as pd

from mn_dhs_exchange.builders import build_mn_dhs_referral, build_save_request
from mn_dhs_exchange.clients import MnDhsClient, SaveClient
from mn_dhs_exchange.settings import MN_DHS_MFT_BUCKET

log = logging.getLogger("mn_dhs_exchange.jobs")


def push_referrals(members: Iterable[Mapping[str, Any]]) -> int:
    dhs_client = MnDhsClient()
    count = 0
    for row in members:
        referral = build_mn_dhs_referral(row)
        dhs_client.post_json("/api/referrals", referral.model_dump(mode="json"))
        count += 1
    return count


def verify_applicants(applicants: Iterable[Mapping[str, Any]]) -> list[str]:
    save = SaveClient()
    results = []
    for applicant in applicants:
        req = build_save_request(applicant)
        results.append(save.post_json("cases", req.model_dump(mode="json"))["caseNumber"])
    return results


def mft_drop(mn_dhs_conn: Any, as_of: date) -> str:
    df = pd.read_sql("SELECT * FROM mmis.recipient_extract", mn_dhs_conn)
    buf = io.BytesIO()
    df.to_parquet(buf, index=False)
    key = f"outbound/{as_of:%Y%m%d}/recipient_extract.parquet"
    boto3.client("s3").put_object(Bucket=MN_DHS_MFT_BUCKET, Key=key, Body=buf.getvalue())
    log.info("dropped %d rows", len(df))
    return key
