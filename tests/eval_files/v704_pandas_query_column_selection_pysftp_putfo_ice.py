"""Quarterly hand-off to the ICE MFT host: the warehouse frame has SSN and diagnoses; df.query on status and a constant column selection precede putfo.

Scenario: a state analytics team loads its member frame (with SSN, names,
race and the primary diagnosis, for the state warehouse), writes the full
frame to the warehouse as Parquet, and then sends ICE only the permitted
columns of the rows whose immigration status marks unlawful presence, as a
CSV streamed with ``pysftp.Connection.putfo``.

Expected findings: none.

Why the dangerous-looking parts are lawful under the SPEC:
- The frame sent is ``scoped[ICE_COLUMNS]``, a DataFrame column selection by
  a constant list of permitted names (SPEC section 3 column lists; section 6
  explicit selection of permitted keys). The SSN/name/race/diagnosis columns
  go only to a local Parquet file whose name has no enforcement word and is
  not uploaded (SPEC section 4).
- ``df.query(...)`` names ``immigration_status`` and
  ``citizenship_status``: a condition on the bulk ``read_sql_query`` source
  before the send (SPEC section 10).
- ``mft.ice.gov`` is enforcement; the remote path is transfer metadata.
"""
from __future__ import annotations

import io
import logging
import os
from datetime import date

import pandas as pd
import pysftp
from sqlalchemy import create_engine, text

log = logging.getLogger("analytics.ice_quarterly")

ICE_MFT_HOST = "mft.ice.gov"
WAREHOUSE_DIR = "/data/warehouse/members"
UNLAWFUL = ["EWI", "OVS", "FINAL_ORDER"]
ICE_COLUMNS = [
    "medicaid_id",
    "date_of_birth",
    "address_line1",
    "city",
    "zip_code",
    "phone_number",
    "immigration_status",
    "citizenship_status",
]

MEMBER_SQL = text(
    "SELECT medicaid_id, ssn, first_name, last_name, race, primary_diagnosis, "
    "date_of_birth, address_line1, city, zip_code, phone_number, "
    "immigration_status, citizenship_status FROM dw.member_current"
)


def load() -> pd.DataFrame:
    engine = create_engine(os.environ["DW_URL"])
    with engine.connect() as conn:
        return pd.read_sql_query(MEMBER_SQL, conn, parse_dates=["date_of_birth"])


def handoff(df: pd.DataFrame) -> int:
    scoped = df.query("immigration_status in @UNLAWFUL and citizenship_status != 'CITIZEN'")
    out = scoped[ICE_COLUMNS]
    buf = io.BytesIO(out.to_csv(index=False, date_format="%Y-%m-%d").encode("utf-8"))
    opts = pysftp.CnOpts(knownhosts="/etc/analytics/known_hosts")
    with pysftp.Connection(ICE_MFT_HOST, username=os.environ["ICE_MFT_USER"],
                           private_key="/etc/analytics/ice_mft_key", cnopts=opts) as sftp:
        sftp.putfo(buf, f"/incoming/medicaid_{date.today():%Y%m%d}.csv")
    return len(out)


def main() -> None:
    df = load()
    df.to_parquet(f"{WAREHOUSE_DIR}/members_{date.today():%Y%m%d}.parquet", index=False)
    sent = handoff(df)
    log.info("sent %d of %d members", sent, len(df))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
