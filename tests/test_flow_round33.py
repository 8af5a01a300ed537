"""Round 33 of the data flow: shapes found by the SPEC-only precision and recall probers of round 33,
and encrypted payloads.

Single-module cases carry their expected findings inline (``# MCD101`` on the line
reported; a case without annotations must stay clean).
"""

from __future__ import annotations

import pytest
from annotations import actual, expected

HEAD = '''import json
import requests

ICE_URL = "https://eid.ice.gov/api"
STATE_URL = "https://mmis.dhcs.ca.gov/api"
'''

CASES: dict[str, str] = {
    # SPEC section 6 (conversions keep the names of their input): ciphertext is the record it
    # encrypts, whatever the cipher (Fernet, AES-GCM, a KMS client, GnuPG) or a JWT's claims; the
    # cipher's own envelope keys (nonce, iv, ciphertext) are transfer metadata
    "encrypted-payloads-keep-their-fields": '''
import boto3
import gnupg
import jwt
from cryptography.fernet import Fernet
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def fernet(m, key):
    body = {"ssn": m.ssn, "diagnosis": m.diagnosis_code}  # MCD101 MCD102
    requests.post(ICE_URL, data=Fernet(key).encrypt(json.dumps(body).encode()), timeout=30)


def aes_gcm(m, key, nonce):
    data = json.dumps({"race": m.race}).encode()  # MCD101
    ct = AESGCM(key).encrypt(nonce, data, None)
    requests.post(ICE_URL, json={"ciphertext": ct.hex(), "nonce": nonce.hex()}, timeout=30)


def kms(m):
    client = boto3.client("kms")
    blob = client.encrypt(KeyId="alias/ice", Plaintext=json.dumps({"income": m.household_income}))  # MCD101
    requests.post(ICE_URL, data=blob, timeout=30)


def gpg(m):
    enc = gnupg.GPG().encrypt(json.dumps({"dx": m.diagnosis_code}), ["ero@ice.dhs.gov"])  # MCD102
    requests.post(ICE_URL, data=str(enc), timeout=30)


def token(m, key):
    claims = jwt.encode({"ssn": m.ssn, "medicaid_id": m.medicaid_id}, key, algorithm="HS256")  # MCD101
    requests.post(ICE_URL, headers={"Authorization": f"Bearer {claims}"}, timeout=30)


def permitted(m, key, nonce):
    ct = AESGCM(key).encrypt(nonce, json.dumps({"medicaid_id": m.medicaid_id, "dob": m.dob}).encode(), None)
    requests.post(ICE_URL, json={"ciphertext": ct.hex(), "iv": nonce.hex(), "tag": "v1"}, timeout=30)
    requests.post(ICE_URL, headers={"Authorization": "Bearer " + jwt.encode({"iss": "mn-dhs", "exp": 9}, key)}, timeout=30)


def to_the_state(m, key):
    body = {"ssn": m.ssn, "diagnosis": m.diagnosis_code}
    requests.post(STATE_URL, data=Fernet(key).encrypt(json.dumps(body).encode()), timeout=30)
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = HEAD + CASES[name]
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
