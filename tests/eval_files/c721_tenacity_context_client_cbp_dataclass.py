"""Context-manager CBP match client with tenacity retries sends SSN digits and gender from a dataclass.

Scenario:
    A state eligibility vendor answers a CBP person-match request for one
    enrollee. A small dataclass collects the match subject, is converted with
    dataclasses.asdict() and posted through a context-manager client that
    retries with tenacity's Retrying loop. The subject carries the last four
    SSN digits and the gender code, neither of which is a basic category.

Expected findings:
    line 74, MCD101, ssn_last4 keyword from member.ssn[-4:] (a slice of an SSN is still an SSN)
    line 75, MCD101, gender keyword from member.gender_cd (sex)
"""
from __future__ import annotations

import dataclasses
import logging
import os
from dataclasses import dataclass

import requests
from tenacity import Retrying, retry_if_exception_type, stop_after_attempt, wait_exponential

log = logging.getLogger("partners.cbp")

CBP_MATCH_URL = os.environ.get("CBP_MATCH_URL", "https://match.cbp.dhs.gov/v1/persons/match")


@dataclass(frozen=True)
class MatchSubject:
    medicaid_id: str
    date_of_birth: str
    zip_code: str
    ssn_last4: str
    gender: str


class CbpMatchSession:
    def __init__(self, token: str, timeout: float = 15.0) -> None:
        self._token = token
        self._timeout = timeout
        self._session = requests.Session()

    def __enter__(self) -> "CbpMatchSession":
        self._session.headers["Authorization"] = f"Bearer {self._token}"
        return self

    def __exit__(self, *exc) -> None:
        self._session.close()

    def match(self, body: dict) -> dict:
        retrying = Retrying(
            stop=stop_after_attempt(4),
            wait=wait_exponential(multiplier=1, max=30),
            retry=retry_if_exception_type(requests.ConnectionError),
            reraise=True,
        )
        for attempt in retrying:
            with attempt:
                resp = self._session.post(CBP_MATCH_URL, json=body, timeout=self._timeout)
                resp.raise_for_status()
        return resp.json()


def answer_match_request(member, request_id: str) -> dict:
    if member is None:
        log.warning("match request %s: no enrollee found", request_id)
        return {"requestId": request_id, "matched": False}

    subject = MatchSubject(
        medicaid_id=member.medicaid_id,
        date_of_birth=member.birth_date.isoformat(),
        zip_code=member.zip_code,
        ssn_last4=member.ssn[-4:],  # MCD101
        gender=member.gender_cd,  # MCD101
    )
    body = {"requestId": request_id, "subject": dataclasses.asdict(subject)}
    with CbpMatchSession(os.environ["CBP_API_TOKEN"]) as client:
        result = client.match(body)
    log.info("match request %s answered: %s", request_id, result.get("status"))
    return result
