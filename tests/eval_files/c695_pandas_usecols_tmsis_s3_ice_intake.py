"""T-MSIS extract to the ICE intake bucket: pandas usecols keeps sex, race and pregnancy columns for a QA log.

Scenario: a state's T-MSIS team turns the monthly ELG00005-style extract into
the hand-off file for ICE. The frame is filtered to enrollees whose
immigration status code marks unlawful presence and who are not citizens,
and written to the ``ice-eid-intake-prod`` S3 bucket. An analyst added
``SEX_CD``, ``RACE_ETHNCTY_FLAG`` and ``PRGNCY_FLAG_EVR`` to ``usecols`` for
a demographic QA line in the log and never dropped them before the upload.

Expected findings: (SPEC section 3, "``usecols``/``columns=``" column lists,
each name at its own line; the frame reaches ``put_object`` ``Body``):
- line 56: MCD101 'SEX_CD' (sex);
- line 57: MCD101 'RACE_ETHNCTY_FLAG' (race/ethnicity);
- line 58: MCD102 'PRGNCY_FLAG_EVR' (pregnancy is health information).
Destination: S3 bucket ``ice-eid-intake-prod`` (``ice`` token, SPEC section 4).

Not findings: the other columns are permitted (Medicaid ID, birth date, home
address, city, ZIP, phone, citizenship, immigration status). No MCD201: the
frame is filtered on ``IMGRTN_STUS_CD`` and ``CTZNSHP_IND`` before the upload
(SPEC section 10). ``Key``, ``ContentType`` and ``ServerSideEncryption`` are
transfer metadata or settings (SPEC section 4).
"""
from __future__ import annotations

import io
import logging
import sys

import boto3
import pandas as pd

log = logging.getLogger("tmsis.ice_handoff")

EXTRACT_PATH = "/data/tmsis/outbound/elg00005_{period}.csv"
ICE_INTAKE_BUCKET = "ice-eid-intake-prod"
UNLAWFUL_STATUS_CODES = ["5", "6", "7"]
CITIZEN = "1"

s3 = boto3.client("s3", region_name="us-gov-west-1")


def build_handoff(period: str) -> pd.DataFrame:
    df = pd.read_csv(
        EXTRACT_PATH.format(period=period),
        dtype=str,
        keep_default_na=False,
        usecols=[
            "MSIS_IDENT_NUM",
            "BIRTH_DT",
            "ELGBL_LINE_1_ADR_HOME",
            "ELGBL_CITY_NAME_HOME",
            "ELGBL_ZIP_CD_HOME",
            "ELGBL_PHNE_NUM_HOME",
            "CTZNSHP_IND",
            "IMGRTN_STUS_CD",
            "SEX_CD",  # MCD101
            "RACE_ETHNCTY_FLAG",  # MCD101
            "PRGNCY_FLAG_EVR",  # MCD102
        ],
    )
    df = df[df["IMGRTN_STUS_CD"].isin(UNLAWFUL_STATUS_CODES) & (df["CTZNSHP_IND"] != CITIZEN)]
    df = df.drop_duplicates(subset="MSIS_IDENT_NUM")
    log.info(
        "period %s: %d rows; sex mix %s",
        period,
        len(df),
        df["SEX_CD"].value_counts().to_dict(),
    )
    return df


def upload(df: pd.DataFrame, period: str) -> str:
    buf = io.StringIO()
    df.to_csv(buf, index=False)
    key = f"tmsis/{period}/ice_handoff_{period}.csv"
    s3.put_object(
        Bucket=ICE_INTAKE_BUCKET,
        Key=key,
        Body=buf.getvalue().encode("utf-8"),
        ContentType="text/csv",
        ServerSideEncryption="aws:kms",
    )
    return key


def main(argv: list[str]) -> int:
    period = argv[1] if len(argv) > 1 else "202601"
    frame = build_handoff(period)
    if frame.empty:
        log.info("nothing to hand off for %s", period)
        return 0
    key = upload(frame, period)
    log.info("uploaded s3://%s/%s", ICE_INTAKE_BUCKET, key)
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main(sys.argv))
