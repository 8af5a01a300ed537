# b6 (new false alarms): the new `{encrypt,encrypt_and_digest,seal}: pass, arg: all` rule treats every
# argument of an encrypt call as encrypted into the ciphertext -- also GnuPG's recipient (the key that is
# encrypted *to*: here an ICE officer's address, no enrollee data) and AES-GCM's associated data (which
# is authenticated, not contained in the output).
# base:  nothing (the only member field encrypted is medicaid_id: permitted).
# after: MCD-101 'officer_email' (email) at line 24; MCD-101 'email' at line 28 (the recipients list); MCD-104 'label' at line 34.
# SPEC 8: "No false alarms on ordinary code ... neither does code that sends only the six categories."
#   SPEC 5: a field's classification is the enrollee's: the recipient's e-mail is not data sent about the
#   enrollee. Only the plaintext argument (Fernet/AES-GCM `data`, KMS `Plaintext`, gpg `data`) should
#   pass its names on (SPEC 6: "conversions keep the names of their input").
import json

import gnupg
import requests
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

ICE_URL = "https://eid.ice.gov/api/v1/referrals"

gpg = gnupg.GPG()


def refer_gpg(m, officer_email):
    enc = gpg.encrypt(json.dumps({"medicaid_id": m.cin}), officer_email)
    requests.post(ICE_URL, data=str(enc), timeout=30)


def refer_gpg_kw(m, case_officer):
    enc = gpg.encrypt(json.dumps({"medicaid_id": m.cin}), recipients=[case_officer.email])
    requests.post(ICE_URL, data=str(enc), timeout=30)


def refer_aad(m, key, nonce, batch):
    ct = AESGCM(key).encrypt(nonce, json.dumps({"medicaid_id": m.cin}).encode(), batch.label.encode())
    requests.post(ICE_URL, data=ct, timeout=30)
