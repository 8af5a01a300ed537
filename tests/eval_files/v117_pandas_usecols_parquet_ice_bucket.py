"""Data-team job: reads the eligibility extract with usecols, keeps removable statuses and uploads Parquet to the ICE bucket."""
import sys
from datetime import date

import boto3
import pandas as pd

HANDOFF_BUCKET = "ice-eid-bulk-intake"
REMOVABLE_CODES = ["3", "5", "7"]


def main(extract_path):
    df = pd.read_csv(
        extract_path,
        dtype=str,
        usecols=[
            "msis_ident_num",
            "birth_dt",
            "elgbl_zip_cd_home",
            "imgrtn_stus_cd",
            "elgbl_1st_name",  # MCD101
            "prmry_lang_flag",  # MCD101
            "dgns_1_cd",  # MCD102
            "match_score",  # MCD104
        ],
    )
    df = df[df["imgrtn_stus_cd"].isin(REMOVABLE_CODES)]
    out_path = f"/data/outbound/handoff_{date.today():%Y%m%d}.parquet"
    df.to_parquet(out_path, index=False)
    s3 = boto3.resource("s3", region_name="us-gov-west-1")
    s3.Bucket(HANDOFF_BUCKET).upload_file(
        out_path,
        f"bulk/{date.today():%Y/%m/%d}/handoff.parquet",
        ExtraArgs={"ServerSideEncryption": "aws:kms"},
    )
    return len(df)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: handoff.py EXTRACT.csv")
    print(main(sys.argv[1]))
