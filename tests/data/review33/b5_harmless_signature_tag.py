# b5 (regression): the new cipher-envelope names in the shipped harmless list ("signature", "tag", and
# likewise "iv", "nonce", "key_id") are exact field names that enrollee records also use, and a harmless
# name silences the whole placement -- the key's and the value's.
# base:  MCD-104 'signature' line 20; MCD-104 'applicant_signature_image' line 24; MCD-104 'case_flag' line 28;
#        MCD-104 'tag' line 32.
# after: nothing (only the permitted medicaid_id entries remain, which are clean).
# SPEC 5: "Values named in a harmless list (default: request/batch/correlation ids, timestamps of the
#   transfer, record counts, page/limit, schema version, agency code ...) never count" -- an applicant's
#   signature on the Medicaid application or a case tag read from the member record is member data, not
#   transfer metadata. SPEC 3 MCD-104: "a field that is not in the vocabulary and not declared harmless
#   reaches an enforcement endpoint (the order is an allow-list: unknown is not permitted)".
#   Note line 24: the value's own unknown field name is hidden only because it sits under the key
#   "signature"; line 28 likewise under "tag".
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def refer_signature(m):
    requests.post(ICE_URL, json={"medicaid_id": m.cin, "signature": m.signature}, timeout=30)  # MCD104


def refer_sig_image(app):
    requests.post(ICE_URL, json={"medicaid_id": app.cin, "signature": app.applicant_signature_image}, timeout=30)  # MCD104


def refer_tag(m):
    requests.post(ICE_URL, json={"medicaid_id": m.cin, "tag": m.case_flag}, timeout=30)  # MCD104


def refer_tag2(m):
    requests.post(ICE_URL, json={"medicaid_id": m.cin, "tag": m.tag}, timeout=30)  # MCD104
