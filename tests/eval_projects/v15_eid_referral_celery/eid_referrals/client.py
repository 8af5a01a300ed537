"""Partner API clients built on the shared transport."""
from urllib.parse import urljoin

import eid_referrals.settings as cfg
from .settings import FHIR_BASE_URL as FHIR_ROOT
from .transport import JsonTransport


class EidReferralClient(JsonTransport):
    """Submits referral packets to the ICE Enforcement Integrated Database intake."""

    def __init__(self):
        super().__init__(timeout=cfg.HTTP_TIMEOUT)
        self.session.cert = (cfg.CLIENT_CERT, cfg.CLIENT_KEY)

    def submit(self, packet):
        return self.post_json(cfg.ICE_EID_REFERRAL_URL, packet)


class FhirClient(JsonTransport):
    """Writes Patient resources to the state's FHIR server."""

    def upsert_patient(self, resource):
        return self.post_json(urljoin(FHIR_ROOT, "Patient"), resource)
