"""Push referral candidates from the Medi-Cal data mart to the EID person API.

The job reads the member contact view with pandas, narrows the frame to the
counties in the pilot and to five-digit ZIP codes (the person API rejects
ZIP+4), and posts one subject per row.  Renewals older than the look-back
window are left out in SQL.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, timedelta

import httpx
import pandas as pd
import sqlalchemy as sa

log = logging.getLogger(__name__)

MART_URL = "postgresql+psycopg2://mart_ro@mart.dhcs.internal/medi_cal"
EID_PERSON_API = "https://eid.ice.gov/api/v2/persons"
LOOKBACK = timedelta(days=90)
MAX_ERRORS = 25

EXTRACT_SQL = """
    SELECT cin,
           birth_date,
           street_address,
           zip_code,
           phone_number,
           county_code
      FROM mart.member_contact
     WHERE program_code = 'MC'
       AND renewal_date >= :since
"""


@dataclass
class PushStats:
    posted: int = 0
    duplicates: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.errors)


class PersonPushJob:
    timeout = httpx.Timeout(20.0, connect=5.0)

    def __init__(self, engine: sa.Engine, counties: list[str]) -> None:
        self.engine = engine
        self.counties = counties
        self.stats = PushStats()

    def load(self, today: date) -> pd.DataFrame:
        with self.engine.connect() as conn:
            df = pd.read_sql(sa.text(EXTRACT_SQL), conn, params={"since": today - LOOKBACK})
        df = df[df["county_code"].isin(self.counties)]
        df = df[df["zip_code"].str.len() == 5]
        log.info("%d rows after county and ZIP masks", len(df))
        return df

    def run(self, today: date | None = None) -> PushStats:
        frame = self.load(today or date.today())
        with httpx.Client(timeout=self.timeout) as client:
            for row in frame.itertuples(index=False):
                body = {
                    "medicaid_id": row.cin,
                    "date_of_birth": str(row.birth_date),
                    "street_address": row.street_address,
                    "zip_code": row.zip_code,
                    "phone": row.phone_number,
                }
                try:
                    resp = client.post(EID_PERSON_API, json=body)  # MCD201
                except httpx.TransportError as exc:
                    self.stats.errors.append(str(exc))
                    if self.stats.failed >= MAX_ERRORS:
                        log.error("giving up after %d transport errors", self.stats.failed)
                        break
                    continue
                if resp.status_code == 409:
                    self.stats.duplicates += 1
                    continue
                resp.raise_for_status()
                self.stats.posted += 1
        return self.stats


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    engine = sa.create_engine(MART_URL)
    stats = PersonPushJob(engine, ["019", "029", "107"]).run()
    log.info("posted=%d duplicates=%d failed=%d", stats.posted, stats.duplicates, stats.failed)


if __name__ == "__main__":
    main()
