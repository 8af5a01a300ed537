"""Vendor integration (Gainwell MMIS add-on): respond to ICE EID subject
requests with a member packet.

The packet builder was copied from the care-management export and still
carries far more than the basic categories.
"""
import logging

import requests

log = logging.getLogger("eid.packet")

EID_BASE_URL = "https://eid.ice.gov/api/v2"


class EidClient:
    def __init__(self, token):
        self.base_url = EID_BASE_URL
        self.session = requests.Session()
        self.session.headers.update({"Authorization": f"Bearer {token}"})

    def submit(self, request_id, packet):
        resp = self.session.post(
            f"{self.base_url}/requests/{request_id}/packets", json=packet, timeout=30
        )
        resp.raise_for_status()
        return resp.json()


def member_packet(m):
    packet = {
        "medicaid_id": m.medicaid_id,
        "date_of_birth": m.birth_date.isoformat(),
        "full_name": f"{m.first_name} {m.last_name}",  # MCD101
        "ssn": m.ssn,  # MCD101
        "home_address": {
            "line1": m.home_address.line1,
            "zip_code": m.home_address.zip_code,
        },
        "phone_number": m.phone_number,
        "alt_phone": m.guardian.phone,  # MCD101
        "primary_dx": m.primary_dx,  # MCD102
        "pcp_phone": m.pcp.phone,  # MCD102
        "pcp": {
            "name": m.pcp_name,  # MCD102
            "npi": m.pcp_npi,  # MCD102
        },
        "score": m.score,  # MCD104
        "last_vaccine": m.vaccine_code,  # MCD102
    }
    if m.preferred_language:
        packet["language"] = m.preferred_language  # MCD101
    return packet


def condition_resource(m):
    return {
        "resourceType": "Condition",  # MCD102
        "subject": {"identifier": {"value": m.medicaid_id}},
        "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": m.primary_dx}]},
        "onsetDateTime": m.dx_onset_date.isoformat(),
    }


def answer_request(token, request_id, member):
    client = EidClient(token)
    packet = member_packet(member)
    packet["immigration_status"] = member.immigration_status
    packet["resources"] = [condition_resource(member)]
    try:
        return client.submit(request_id, packet)
    except requests.HTTPError:
        log.exception("EID rejected packet for request %s", request_id)
        raise
