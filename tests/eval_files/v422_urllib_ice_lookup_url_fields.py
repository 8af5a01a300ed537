"""Standard-library (urllib) lookups against the ICE EID person API, used by
a small eligibility worker with no third-party dependencies.

VIOLATING. All requests go to eid.ice.gov (SPEC 4). One enrollee per call.
- f-string URL in lookup_url interpolating member.ssn, MCD101: a field that
  enters a URL is reported where it entered, even though the URL is opened
  later in check_status (SPEC 3, SPEC 6).
- "dob": member.ssn in match_form, MCD101: a value carries the names of both
  where it came from and where it is put; ssn is prohibited, whatever the
  key says (SPEC 5).
- "lang" entry, MCD101: preferred_language is language (reference TSV).
- "guardian_phone" entry, MCD101: member.guardian.phone is the guardian's
  phone, a contact person (SPEC 5 qualifiers, SPEC 6 attribute chains).
- "subject_key" entry in send_fingerprint, MCD101: a SHA-256 of the SSN is
  still an SSN-derived identifier (SPEC 6, hashing).
urlencode and str.encode keep the names of their input (SPEC 6); the
form is posted as the request body. msis_id and cin are permitted.
"""
import hashlib
import json
import logging
import urllib.parse
import urllib.request

log = logging.getLogger("worker.eid_lookup")

ICE_LOOKUP_BASE = "https://eid.ice.gov/api/v1"
JSON_HEADERS = {"Content-Type": "application/json", "Accept": "application/json"}
TIMEOUT_S = 15


def lookup_url(member) -> str:
    return f"{ICE_LOOKUP_BASE}/persons/{member.ssn}/status"  # MCD101


def match_form(member) -> bytes:
    form = urllib.parse.urlencode(
        {
            "msis_id": member.msis_id,
            "dob": member.ssn,  # MCD101
            "lang": member.preferred_language,  # MCD101
            "guardian_phone": member.guardian.phone,  # MCD101
        }
    )
    return form.encode("ascii")


def check_status(member) -> dict:
    with urllib.request.urlopen(lookup_url(member), timeout=TIMEOUT_S) as resp:
        return json.load(resp)


def find_match(member) -> dict:
    req = urllib.request.Request(
        f"{ICE_LOOKUP_BASE}/match",
        data=match_form(member),
        headers={"Content-Type": "application/x-www-form-urlencoded"},
        method="POST",
    )
    with urllib.request.urlopen(req, timeout=TIMEOUT_S) as resp:
        return json.load(resp)


def send_fingerprint(member) -> None:
    body = json.dumps(
        {
            "medicaid_id": member.cin,
            "subject_key": hashlib.sha256(member.ssn.encode("utf-8")).hexdigest(),  # MCD101
        }
    ).encode("utf-8")
    req = urllib.request.Request(
        f"{ICE_LOOKUP_BASE}/fingerprints", data=body, headers=JSON_HEADERS, method="POST"
    )
    with urllib.request.urlopen(req, timeout=TIMEOUT_S) as resp:
        log.info("fingerprint for %s stored: %s", member.cin, resp.status)
