"""Tests for the referral redaction helpers and the intake error handling.

The intake API is mocked with `responses`; no request leaves the test host.
Every value posted here is a literal test fixture.
"""
import json

import pytest
import requests
import responses

from referrals.redaction import basic_info_only, is_unlawfully_present

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
REDACTED = "REDACTED"

SAMPLE = {
    "medicaid_id": "91234567A",
    "date_of_birth": "1988-02-14",
    "ssn": "123-45-6789",
    "full_name": "Test Person",
    "diagnosis_code": "E11.9",
    "immigration_status": "7",
}


def test_basic_info_only_drops_prohibited_keys():
    out = basic_info_only(dict(SAMPLE))
    assert "ssn" not in out
    assert "full_name" not in out
    assert "diagnosis_code" not in out
    assert out["medicaid_id"] == "91234567A"


@pytest.mark.parametrize("code,expected", [("7", True), ("8", True), ("0", False), ("1", False)])
def test_is_unlawfully_present(code, expected):
    assert is_unlawfully_present({"immigration_status": code}) is expected


@responses.activate
def test_intake_rejects_unredacted_payload():
    responses.add(responses.POST, ICE_URL, status=422, json={"error": "ssn must be redacted"})
    resp = requests.post(
        ICE_URL,
        json={"medicaid_id": "91234567A", "ssn": "123-45-6789", "diagnosis_code": "E11.9"},
        timeout=5,
    )
    assert resp.status_code == 422


@responses.activate
def test_intake_accepts_redacted_payload():
    responses.add(responses.POST, ICE_URL, status=201, json={"referral_number": "R-1"})
    resp = requests.post(
        ICE_URL,
        json={"medicaid_id": "91234567A", "ssn": REDACTED, "full_name": None},
        timeout=5,
    )
    assert resp.status_code == 201
    sent = json.loads(responses.calls[0].request.body)
    assert sent["ssn"] == REDACTED
