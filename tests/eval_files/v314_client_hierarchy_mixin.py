"""Outbound exchange clients for the eligibility integrity service.

One base class owns the HTTP session, the retry loop and error mapping.  The
county consortium case system (our state partner) and the EID intake each
get a subclass with their own base URL; both reuse the subject mixin so the
contact block looks the same everywhere.
"""
from __future__ import annotations

import logging
import time
from typing import Any, ClassVar

import requests

log = logging.getLogger("integrity.exchange")


class ExchangeError(RuntimeError):
    """A partner rejected a request or never answered."""


class BaseExchangeClient:
    base_url: ClassVar[str] = ""
    max_attempts: ClassVar[int] = 3
    backoff_seconds: ClassVar[float] = 2.0

    def __init__(self, session: requests.Session | None = None) -> None:
        self.session = session or requests.Session()

    @property
    def label(self) -> str:
        return type(self).__name__

    def _post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        url = self.base_url + path
        for attempt in range(1, self.max_attempts + 1):
            try:
                resp = self.session.post(url, json=body, timeout=30)
            except requests.ConnectionError:
                if attempt == self.max_attempts:
                    raise
                time.sleep(self.backoff_seconds * attempt)
                continue
            if resp.status_code >= 500 and attempt < self.max_attempts:
                time.sleep(self.backoff_seconds * attempt)
                continue
            if resp.status_code >= 400:
                raise ExchangeError(f"{self.label}: HTTP {resp.status_code}")
            return resp.json()
        raise ExchangeError(f"{self.label}: retries exhausted")


class SubjectFieldsMixin:
    @staticmethod
    def _subject_fields(member) -> dict[str, Any]:
        return {
            "medicaid_id": member.cin,
            "date_of_birth": member.birth_date.isoformat(),
            "home_address": member.home_address,
            "phone": member.phone_number,
            "sex": member.gender,  # MCD101
        }


class ConsortiumCaseClient(SubjectFieldsMixin, BaseExchangeClient):
    """County consortium case system, run under contract for the department."""

    base_url = "https://api.calsaws.ca.gov/v3"

    def sync_case(self, member) -> dict[str, Any]:
        return self._post("/members", vars(member))

    def update_contact(self, member) -> dict[str, Any]:
        body = self._subject_fields(member)
        body["case_number"] = member.case_number
        body["preferred_language"] = member.preferred_language
        return self._post("/contacts", body)


class IceIntakeClient(SubjectFieldsMixin, BaseExchangeClient):
    """EID intake for referrals approved by a supervisor."""

    base_url = "https://eid.ice.gov/api/v2"

    def refer(self, member, review) -> str:
        body = self._subject_fields(member)
        body["immigration_status"] = member.immigration_status
        body["primary_care_provider"] = review.pcp_name  # MCD102
        ack = self._post("/referrals", body)
        return ack["referral_number"]


def sync_after_change(member, client: ConsortiumCaseClient | None = None) -> None:
    client = client or ConsortiumCaseClient()
    client.sync_case(member)
    client.update_contact(member)


def refer_after_review(member, review, client: IceIntakeClient | None = None) -> str:
    client = client or IceIntakeClient()
    log.info("referring member %s after review %s", member.pk, review.pk)
    return client.refer(member, review)
