"""Referral batch for the county integrity units (NY 1115 flat-file layout).

Each participating county drops a CSV extract on the shared drive.  The job
reads every file, skips counties that have not joined the pilot and rows
without a street address, and refers each remaining row to the EID intake
API through ``refer_subject``.
"""
from __future__ import annotations

import csv
import logging
import shutil
from pathlib import Path
from typing import Iterable

import requests

log = logging.getLogger("integrity.referrals")

INTAKE_URL = "https://eid.ice.gov/api/v2/intake"
PILOT_COUNTIES = frozenset({"KINGS", "QUEENS", "BRONX", "RICHMOND"})
DROP_DIR = Path("/srv/shared/integrity/drop")
DONE_DIR = Path("/srv/shared/integrity/done")


class ReferralError(RuntimeError):
    """The intake API refused a subject."""


def refer_subject(session: requests.Session, row: dict[str, str]) -> str:
    body = {
        "medicaid_id": row["MEDICAID_CIN"],
        "date_of_birth": row["PAT_BIRTH_DATE"],
        "address": row["ADDRESS1"],
        "zip": row["ZIP"],
        "preferred_language": row["PREFERRED_LANGUAGE_CODE"],  # MCD101
        "visit_flag": row["VISIT_OMH_FLAG"],  # MCD102
    }
    resp = session.post(INTAKE_URL, json=body, timeout=30)
    if resp.status_code == 422:
        raise ReferralError(resp.text[:200])
    resp.raise_for_status()
    return resp.json()["intake_number"]


class ReferralBatchJob:
    """One pass over the drop directory."""

    def __init__(self, drop_dir: Path = DROP_DIR, session: requests.Session | None = None) -> None:
        self.drop_dir = drop_dir
        self.session = session or requests.Session()
        self.counts = {"referred": 0, "skipped": 0, "failed": 0}

    def files(self) -> Iterable[Path]:
        return sorted(self.drop_dir.glob("*.csv"))

    def run(self) -> dict[str, int]:
        for path in self.files():
            try:
                self._process(path)
            finally:
                shutil.move(str(path), DONE_DIR / path.name)
        log.info("batch done: %s", self.counts)
        return self.counts

    def _process(self, path: Path) -> None:
        with path.open(newline="", encoding="utf-8") as fh:
            reader = csv.DictReader(fh)
            for row in reader:
                if row["COUNTY"].upper() not in PILOT_COUNTIES:
                    self.counts["skipped"] += 1
                    continue
                if not row["ADDRESS1"].strip():
                    self.counts["skipped"] += 1
                    continue
                try:
                    number = refer_subject(self.session, row)  # MCD201
                except (ReferralError, requests.HTTPError) as exc:
                    self.counts["failed"] += 1
                    log.warning("%s line %d: %s", path.name, reader.line_num, exc)
                    continue
                self.counts["referred"] += 1
                log.debug("%s line %d referred as %s", path.name, reader.line_num, number)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    ReferralBatchJob().run()
