"""Outbound gateways. Every gateway owns one pooled httpx client."""
from __future__ import annotations

import httpx

from .settings import settings


class _JsonGateway:
    """Shared plumbing: JSON in, JSON out, raise on HTTP errors."""

    def __init__(self, timeout: float | None = None) -> None:
        self._http = httpx.Client(
            timeout=timeout or settings.http_timeout_s,
            headers={"User-Agent": "tx-status-relay/3.4"},
        )

    def _post_json(self, url: str, body: dict) -> dict:
        response = self._http.post(url, json=body)
        response.raise_for_status()
        return response.json()

    def close(self) -> None:
        self._http.close()


class EroReferralGateway(_JsonGateway):
    """Address-confirmation referrals to the ERO intake API (2026 MOU)."""

    def submit(self, referral: dict) -> dict:
        return self._post_json(settings.ero_referral_url, referral)


class StateAvuGateway(_JsonGateway):
    """The state's own address-verification unit."""

    def confirm(self, packet: dict) -> dict:
        return self._post_json(settings.state_avu_url, packet)


class StatusBrokerGateway(_JsonGateway):
    """HHSC's SAVE broker: current verified status for one Medicaid ID."""

    def current_status(self, medicaid_id: str) -> str:
        result = self._post_json(settings.status_broker_url, {"medicaid_id": medicaid_id})
        return result["immigration_status"]
