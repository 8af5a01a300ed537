"""Pandas handoff job: reads the full extract, keeps only the six basic categories and uploads to the ICE bucket."""
import sys
from datetime import date

import boto3
import pandas as pd

ICE_BUCKET = "ice-eid-handoff-prod"
UNLAWFUL_STATUS_CODES = ["3", "5"]


def main(extract_path):
    df = pd.read_csv(extract_path, dtype=str)
    df = df[df["imgrtn_stus_cd"].isin(UNLAWFUL_STATUS_CODES)]
    df = df[
        [
            "msis_ident_num",
            "birth_dt",
            "elgbl_line_1_adr_home",
            "elgbl_zip_cd_home",
            "elgbl_phne_num_home",
            "ctznshp_ind",
            "imgrtn_stus_cd",
        ]
    ]
    stamp = date.today().strftime("%Y%m%d")
    out_path = f"/data/outbound/basic_{stamp}.csv"
    df.to_csv(out_path, index=False)
    s3 = boto3.client("s3", region_name="us-gov-west-1")
    s3.upload_file(
        out_path,
        ICE_BUCKET,
        f"handoff/basic_{stamp}.csv",
        ExtraArgs={"ContentType": "text/csv", "ServerSideEncryption": "aws:kms"},
    )
    return len(df)


if __name__ == "__main__":
    main(sys.argv[1])
