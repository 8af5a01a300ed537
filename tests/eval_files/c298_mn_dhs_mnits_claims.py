"""Claim status and encounter submission to Minnesota DHS (MN-ITS).

Our MCO submits encounter data for Minnesota Health Care Programs members to
the state's MN-ITS interface.  "DHS" here is the Minnesota Department of
Human Services, the state Medicaid agency.
"""
from __future__ import annotations

import logging
import time

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger("mco.mnits")

MNITS_BASE_URL = "https://mn-its.dhs.state.mn.us/api/encounters/v2"
DHS_SUBMITTER_ID = "A123456789"


class DhsMnitsClient:
    def __init__(self, cert_path: str, key_path: str):
        self.base_url = MNITS_BASE_URL
        self.session = requests.Session()
        self.session.cert = (cert_path, key_path)
        retry = Retry(total=4, backoff_factor=1.0, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    def submit_encounter(self, member, encounter) -> str:
        payload = {
            "submitterId": DHS_SUBMITTER_ID,
            "pmi": member.pmi_number,
            "ssn": member.ssn,
            "firstName": member.first_name,
            "lastName": member.last_name,
            "dob": member.dob.isoformat(),
            "diagnosisCodes": [dx.icd10_code for dx in encounter.diagnoses],
            "procedureCodes": [line.cpt_code for line in encounter.lines],
            "renderingNpi": encounter.rendering_npi,
            "serviceDate": encounter.service_date.isoformat(),
            "paidAmount": str(encounter.paid_amount),
        }
        resp = self.session.post(f"{self.base_url}/submit", json=payload, timeout=60)
        resp.raise_for_status()
        return resp.json()["trackingNumber"]


def submit_day(dhs_client: DhsMnitsClient, encounters) -> int:
    """Submit all encounters adjudicated on one day; returns the count accepted."""
    accepted = 0
    for member, encounter in encounters:
        try:
            tracking = dhs_client.submit_encounter(member, encounter)
        except requests.HTTPError as exc:
            log.error("encounter %s rejected: %s", encounter.claim_id, exc)
            continue
        log.debug("encounter %s -> %s", encounter.claim_id, tracking)
        accepted += 1
        time.sleep(0.02)
    return accepted
