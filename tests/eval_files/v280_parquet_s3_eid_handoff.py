"""DataFrame pipeline: T-MSIS extract -> filtered parquet -> S3 bucket ice-eid-handoff-prod.
``columns=`` names are placements at their own lines (§3): ``race_ethncty_cd``
and ``email_address`` (MCD101), ``prgncy_flag_evr`` (pregnancy, MCD102),
``outreach_segment`` (unknown, MCD104). The bucket name carries ``ice`` (§4).
The frame is filtered on imgrtn_stus_cd before the write: no MCD201 (§10). The
archive copy to the state's own bucket adds nothing (one finding per placement).
"""
from __future__ import annotations

import logging
import tempfile
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any

import boto3
import pandas as pd

log = logging.getLogger("eid_handoff")

REMOVABLE_CODES = ["4", "5", "8"]


class Bucket(str, Enum):
    EID_HANDOFF = "ice-eid-handoff-prod"
    ARCHIVE = "ca-dhcs-tmsis-archive"


@dataclass
class PipelineConfig:
    source_uri: str
    run_date: date = field(default_factory=date.today)
    region: str = "us-gov-west-1"
    workers: int = 4


class EidHandoffPipeline:
    def __init__(self, config: PipelineConfig, s3: Any | None = None) -> None:
        self.config = config
        self._s3 = s3 or boto3.client("s3", region_name=config.region)

    def load(self) -> pd.DataFrame:
        return pd.read_parquet(
            self.config.source_uri,
            columns=[
                "msis_ident_num",
                "birth_dt",
                "elgbl_line_1_adr_home",
                "elgbl_zip_cd_home",
                "elgbl_phne_num_home",
                "imgrtn_stus_cd",
                "ctznshp_ind",
                "race_ethncty_cd",  # MCD101
                "email_address",  # MCD101
                "prgncy_flag_evr",  # MCD102
                "outreach_segment",  # MCD104
            ],
        )

    @staticmethod
    def transform(df: pd.DataFrame) -> pd.DataFrame:
        df = df[df["imgrtn_stus_cd"].isin(REMOVABLE_CODES)].copy()
        df["birth_dt"] = pd.to_datetime(df["birth_dt"]).dt.strftime("%Y-%m-%d")
        df["elgbl_zip_cd_home"] = df["elgbl_zip_cd_home"].str.slice(0, 5)
        return df.drop_duplicates(subset=["msis_ident_num"]).reset_index(drop=True)

    def run(self) -> str:
        df = self.transform(self.load())
        stamp = self.config.run_date.strftime("%Y%m%d")
        with tempfile.TemporaryDirectory() as tmp:
            local = Path(tmp) / f"ice_eid_handoff_{stamp}.parquet"
            df.to_parquet(local, index=False, compression="snappy")
            key = f"handoff/{self.config.run_date:%Y/%m}/eid_handoff_{stamp}.parquet"
            self._s3.upload_file(
                str(local),
                Bucket.EID_HANDOFF.value,
                key,
                ExtraArgs={"ServerSideEncryption": "AES256"},
            )
            self._s3.upload_file(str(local), Bucket.ARCHIVE.value, f"archive/{key}")
        log.info("uploaded %d rows to s3://%s/%s", len(df), Bucket.EID_HANDOFF.value, key)
        return key
