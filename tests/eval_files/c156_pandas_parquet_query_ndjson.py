"""Lambda handler: reads the state's TAF parquet snapshot (permitted columns only), keeps
emergency-services-only non-citizens, and puts one NDJSON object in the ICE intake bucket.

Expected clean: DataFrame.query names imgrtn_stus_cd and ctznshp_ind before the send.
"""
import os
from datetime import datetime, timezone

import boto3
import pandas as pd

SNAPSHOT = os.environ.get("TAF_SNAPSHOT", "s3://ca-dhcs-taf/de_base/2026/part-0000.parquet")
INTAKE_BUCKET = os.environ.get("INTAKE_BUCKET", "ice-eid-intake")
NON_QUALIFIED = ["3"]

COLUMNS = [
    "msis_ident_num",
    "birth_dt",
    "ctznshp_ind",
    "imgrtn_stus_cd",
    "elgbl_line_1_adr_mail",
    "elgbl_city_name_mail",
    "elgbl_zip_cd_mail",
    "elgbl_phne_num_mail",
]


def handler(event, context):
    df = pd.read_parquet(SNAPSHOT, columns=COLUMNS)
    subjects = (
        df.query("imgrtn_stus_cd in @NON_QUALIFIED and ctznshp_ind == '0'")
        .assign(birth_dt=lambda d: pd.to_datetime(d["birth_dt"]).dt.date.astype(str))
        .reset_index(drop=True)
    )
    body = subjects.to_json(orient="records", lines=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    boto3.client("s3").put_object(
        Bucket=INTAKE_BUCKET,
        Key=f"taf/{stamp}.ndjson",
        Body=body.encode("utf-8"),
        ContentType="application/x-ndjson",
    )
    return {"record_count": int(len(subjects)), "key": f"taf/{stamp}.ndjson"}
