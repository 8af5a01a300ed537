"""Cron job: warehouse extract with pd.read_sql streamed to an ICE Kinesis Firehose delivery stream.

Flagged: every enrollee is read; selecting and ordering by the status columns is not a condition on who is sent.
"""
import json

import boto3
import pandas as pd
import sqlalchemy as sa

STREAM = "ice-eid-enrollee-stream"
engine = sa.create_engine("postgresql+psycopg2://etl@warehouse.internal/mmis")

SQL = """
SELECT msis_ident_num,
       birth_dt,
       elgbl_zip_cd,
       ctznshp_ind,
       imgrtn_stus_cd
  FROM taf.de_base
 ORDER BY imgrtn_stus_cd
"""


def main() -> None:
    firehose = boto3.client("firehose", region_name="us-gov-west-1")
    df = pd.read_sql(SQL, engine, parse_dates=["birth_dt"])
    records = [
        {"Data": (json.dumps(rec, default=str) + "\n").encode()}
        for rec in df.to_dict("records")
    ]
    for i in range(0, len(records), 500):
        firehose.put_record_batch(  # MCD201
            DeliveryStreamName=STREAM,
            Records=records[i:i + 500],
        )


if __name__ == "__main__":
    main()
