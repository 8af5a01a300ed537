"""Monthly batch: a pandas extract of enrollee locator data is written to CSV and uploaded to
the ICE hand-off bucket.

Expected MCD201 at upload_file: the frame comes from read_sql with no WHERE on status or citizenship, and sort_values(["imgrtn_stus_cd", ...]) only orders the rows.
"""
import logging
from datetime import date
from pathlib import Path

import boto3
import pandas as pd
import sqlalchemy as sa

log = logging.getLogger(__name__)

ENGINE = sa.create_engine("postgresql+psycopg://etl@warehouse.internal/taf")
HANDOFF_BUCKET = "ice-eid-handoff-prod"

LOCATOR_SQL = sa.text(
    """
    SELECT msis_ident_num,
           birth_dt,
           ctznshp_ind,
           imgrtn_stus_cd,
           elgbl_line_1_adr_home,
           elgbl_city_name_home,
           elgbl_state_cd_home,
           elgbl_zip_cd_home,
           elgbl_phne_num_home
      FROM taf_de_base
     WHERE rfrnc_yr = :yr
    """
)


def build_locator_file(run_date: date, workdir: Path) -> Path:
    with ENGINE.connect() as conn:
        frame = (
            pd.read_sql(LOCATOR_SQL, conn, params={"yr": run_date.year}, parse_dates=["birth_dt"])
            .dropna(subset=["elgbl_line_1_adr_home"])
            .drop_duplicates("msis_ident_num", keep="last")
            .assign(birth_dt=lambda d: d["birth_dt"].dt.strftime("%Y-%m-%d"))
            .sort_values(["imgrtn_stus_cd", "elgbl_zip_cd_home"])
        )
    out = workdir / f"locator_{run_date:%Y%m}.csv"
    frame.to_csv(out, index=False)
    log.info("wrote %d locator rows to %s", len(frame), out)
    return out


def main() -> None:
    run_date = date.today()
    path = build_locator_file(run_date, Path("/var/tmp/exports"))
    s3 = boto3.client("s3", region_name="us-gov-west-1")
    s3.upload_file(str(path), HANDOFF_BUCKET, f"locator/{run_date:%Y/%m}/{path.name}")  # MCD201


if __name__ == "__main__":
    main()
