"""Partner exporters in a class hierarchy: an ICE lead exporter next to a county DHS sync exporter.

Scenario: a vendor's integration library has a ``PartnerExporter`` base
whose ``_send(url, payload)`` posts with the shared session, and one
subclass per partner.  ``CountySyncExporter`` sends the full case (SSN,
diagnosis, guardian) to the Cook County human-services API.
``IceLeadExporter`` was meant to send only the permitted categories, but
reuses attribute chains from the county payload and adds a risk tier.
``export_all`` runs every exporter for one enrollee.

Destinations (SPEC 4): ``eid.ice.gov`` is enforcement; the county host
``api.dhs.cookcountyil.gov`` is under ``.gov`` and not an enforcement domain,
so it counts as non-enforcement ("``dhs.cookcountyil.gov``, a county or city
agency"), and ``CountySyncExporter`` is clean.  A field placed in a caller
and sent by a helper is reported at the caller's placement (SPEC 6).

Expected findings (all in ``IceLeadExporter.export``, SPEC 3 dict entries):
- ``"eligibility_group"`` -> eligibility, MCD101.
- ``"last_known_address"`` from ``m.pcp.address`` -> the provider's address
  (SPEC 6 "``m.pcp.address`` the provider's (MCD102)"); the key names an
  address but a prohibited name wins (SPEC 5), MCD102.
- ``"alternate_phone"`` from ``m.guardian.phone`` -> the guardian's phone
  (SPEC 6), MCD101.
- ``"risk_tier"`` -> unknown, MCD104.
One enrollee per call: no MCD201 (SPEC 10 "Not bulk").
"""
from __future__ import annotations

import logging

import requests

log = logging.getLogger("integration.exporters")

ICE_LEADS_URL = "https://eid.ice.gov/api/v1/leads"
COUNTY_SYNC_URL = "https://api.dhs.cookcountyil.gov/medicaid/v2/case-sync"


class ExportFailed(RuntimeError):
    pass


class PartnerExporter:
    def __init__(self, session: requests.Session, partner: str, timeout: float = 30.0):
        self.session = session
        self.partner = partner
        self.timeout = timeout

    def _send(self, url, payload):
        try:
            resp = self.session.post(url, json=payload, timeout=self.timeout)
            resp.raise_for_status()
        except requests.RequestException as exc:
            raise ExportFailed(f"{self.partner}: {exc}") from exc
        return resp.json()

    def export(self, m):
        raise NotImplementedError


class CountySyncExporter(PartnerExporter):
    def export(self, m):
        payload = {
            "medicaid_id": m.medicaid_id,
            "ssn": m.ssn,
            "full_name": m.full_name,
            "primary_diagnosis": m.primary_diagnosis,
            "pcp_address": m.pcp.address,
            "guardian_phone": m.guardian.phone,
            "eligibility_group": m.eligibility_group,
        }
        return self._send(COUNTY_SYNC_URL, payload)


class IceLeadExporter(PartnerExporter):
    def export(self, m):
        payload = {
            "medicaid_id": m.medicaid_id,
            "date_of_birth": m.date_of_birth.isoformat(),
            "home_address": m.home_address,
            "immigration_status": m.immigration_status,
            "eligibility_group": m.eligibility_group,  # MCD101
            "last_known_address": m.pcp.address,  # MCD102
            "alternate_phone": m.guardian.phone,  # MCD101
            "risk_tier": m.risk_tier,  # MCD104
        }
        return self._send(ICE_LEADS_URL, payload)


def export_all(session, m):
    results = {}
    exporters = (
        CountySyncExporter(session, "cook-county", timeout=60.0),
        IceLeadExporter(session, "ice-eid"),
    )
    for exporter in exporters:
        try:
            results[exporter.partner] = exporter.export(m)
        except ExportFailed as exc:
            log.error("export failed: %s", exc)
            results[exporter.partner] = None
    return results
