# review 27: expected clean (FastAPI's in-process TestClient calls the agency's own app; nothing is sent anywhere)
from fastapi.testclient import TestClient

from agency.api import app

ice_api = TestClient(app)


def test_referral_endpoint_rejects_ssn(member):
    resp = ice_api.post("/referrals", json={"medicaid_id": member.medicaid_id, "ssn": member.ssn})
    assert resp.status_code == 422
