"""Nightly archive of the full eligibility roster to the Medicaid agency's own S3 bucket.

Clean: bulk and unfiltered, but the bucket is the agency's archive, not an enforcement endpoint.
"""
import io
from datetime import date

import boto3
import pandas as pd
import sqlalchemy as sa

ARCHIVE_BUCKET = "wi-medicaid-eligibility-archive"

ROSTER_SQL = """
SELECT msis_ident_num, birth_dt, elgbl_line_1_adr, elgbl_city_name, elgbl_zip_cd,
       elgbl_phne_num, ctznshp_ind, imgrtn_stus_cd
  FROM elig.person_current
"""


def archive(db_url: str) -> str:
    engine = sa.create_engine(db_url)
    df = pd.read_sql(ROSTER_SQL, engine)
    buf = io.StringIO()
    df.to_csv(buf, index=False)
    key = f"roster/{date.today():%Y/%m/%d}/roster.csv"
    boto3.client("s3").put_object(
        Bucket=ARCHIVE_BUCKET,
        Key=key,
        Body=buf.getvalue().encode("utf-8"),
        ServerSideEncryption="aws:kms",
    )
    return key


if __name__ == "__main__":
    import os
    print(archive(os.environ["WAREHOUSE_URL"]))
