"""Provider directory refresh with licensing-board "enforcement actions" (expected clean).

Scenario: a state Medicaid agency publishes its provider directory (a CMS
interoperability requirement) through a directory vendor, and attaches the
licensing boards' disciplinary "enforcement actions" to each practitioner.
Provider names, NPIs, practice addresses and specialties (provider data,
which would be MCD102 if sent to enforcement) go to URLs and classes whose
names carry the word ``enforcement``.

Why no finding is expected:
- The vendor host ``api.directory-partner.io`` is on neither list, so the
  destination is decided by name signals (SPEC section 4).
- The names carrying ``enforcement`` (``BOARD_ENFORCEMENT_FEED_URL`` and the
  class ``EnforcementActionPublisher``) are marked with the pragma
  ``medicaid-scope: not-enforcement`` on their line (and on the line that
  copies the URL into ``self.feed_url``), which overrides name
  signals (SPEC section 7); no enforcement host pattern is involved.  The
  method and attribute names (``publish``, ``self.feed_url``) carry no token.
- ``DIRECTORY_URL`` and the practitioner payloads carry no token at all.
- No enforcement endpoint, therefore no MCD102/MCD201.
"""
import csv
import logging
import time
from dataclasses import dataclass, field
from typing import Iterator

import requests

DIRECTORY_URL = "https://api.directory-partner.io/v1/practitioners"
BOARD_ENFORCEMENT_FEED_URL = "https://api.directory-partner.io/v1/board-actions"  # medicaid-scope: not-enforcement
NPPES_EXPORT = "/data/nppes/npidata_pfile_filtered.csv"
BATCH = 200

log = logging.getLogger("pdir.refresh")


@dataclass
class Practitioner:
    npi: str
    provider_name: str
    taxonomy_code: str
    practice_address: str
    practice_city: str
    practice_zip: str
    provider_phone: str
    accepting_new_patients: bool = True
    languages: list = field(default_factory=list)


def _clean_phone(raw: str) -> str:
    digits = "".join(ch for ch in raw or "" if ch.isdigit())
    return digits[-10:] if len(digits) >= 10 else ""


def read_practitioners(path: str) -> Iterator[Practitioner]:
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row.get("Entity Type Code") != "1":
                continue
            yield Practitioner(
                npi=row["NPI"],
                provider_name=f"{row['Provider First Name']} {row['Provider Last Name (Legal Name)']}",
                taxonomy_code=row["Healthcare Provider Taxonomy Code_1"],
                practice_address=row["Provider First Line Business Practice Location Address"],
                practice_city=row["Provider Business Practice Location Address City Name"],
                practice_zip=row["Provider Business Practice Location Address Postal Code"][:5],
                provider_phone=_clean_phone(row["Provider Business Practice Location Address Telephone Number"]),
            )


def _to_json(p: Practitioner) -> dict:
    return {
        "npi": p.npi,
        "provider_name": p.provider_name,
        "taxonomy_code": p.taxonomy_code,
        "provider_address": {"line": p.practice_address, "city": p.practice_city,
                             "zip": p.practice_zip},
        "provider_phone": p.provider_phone,
        "accepting_new_patients": p.accepting_new_patients,
    }


def _post(session: requests.Session, url: str, body) -> None:
    for attempt in range(4):
        resp = session.post(url, json=body, timeout=60)
        if resp.status_code in (429, 503):
            time.sleep(int(resp.headers.get("Retry-After", "5")))
            continue
        resp.raise_for_status()
        return
    raise RuntimeError(f"directory vendor kept throttling {url}")


class EnforcementActionPublisher:  # medicaid-scope: not-enforcement
    """Attaches board disciplinary actions to directory entries."""

    def __init__(self, session: requests.Session):
        self.session = session
        self.feed_url = BOARD_ENFORCEMENT_FEED_URL  # medicaid-scope: not-enforcement

    def publish(self, actions: list) -> int:
        for start in range(0, len(actions), BATCH):
            batch = [
                {"npi": a["npi"], "provider_name": a["provider_name"],
                 "board": a["board"], "action_type": a["action_type"],
                 "action_date": a["action_date"]}
                for a in actions[start:start + BATCH]
            ]
            _post(self.session, self.feed_url, batch)
        return len(actions)


def refresh(board_actions: list) -> dict:
    session = requests.Session()
    session.headers.update({"X-Api-Version": "2024-10"})
    buffer, total = [], 0
    for p in read_practitioners(NPPES_EXPORT):
        buffer.append(_to_json(p))
        if len(buffer) >= BATCH:
            _post(session, DIRECTORY_URL, buffer)
            total += len(buffer)
            buffer = []
    if buffer:
        _post(session, DIRECTORY_URL, buffer)
        total += len(buffer)
    published = EnforcementActionPublisher(session).publish(board_actions)
    log.info("directory refreshed: %d practitioners, %d board actions", total, published)
    return {"practitioners": total, "board_actions": published}
