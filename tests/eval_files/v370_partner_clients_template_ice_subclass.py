"""Member-lookup broker (vendor-operated): one client class per partner.

PartnerClient.submit() is the template; each partner subclass supplies its
endpoint and a payload builder.  The EID subclass was added for the 2026
data-sharing agreement and over-shares.
"""
import logging

import requests

from broker.repository import load_member

log = logging.getLogger(__name__)


class PartnerClient:
    base_url: str = ""
    path: str = "/members"

    def __init__(self, timeout: float = 20.0) -> None:
        self.timeout = timeout
        self.session = requests.Session()

    @property
    def endpoint(self) -> str:
        return f"{self.base_url}{self.path}"

    @staticmethod
    def build_payload(member) -> dict:
        raise NotImplementedError

    def submit(self, member) -> dict:
        payload = self.build_payload(member)
        resp = self.session.post(self.endpoint, json=payload, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()


class MmisClient(PartnerClient):
    base_url = "https://mmis.hhsc.texas.gov/api"

    @staticmethod
    def build_payload(member) -> dict:
        return {"ssn": member.ssn, "name": member.full_name, "cin": member.cin,
                "diagnoses": member.diagnosis_codes}


class McoRosterClient(PartnerClient):
    base_url = "https://roster.superiorhealthplan.com"
    path = "/v2/enrollees"

    @staticmethod
    def build_payload(member) -> dict:
        return {
            "member_id": member.cin,
            "first_name": member.first_name,
            "last_name": member.last_name,
            "pcp_npi": member.pcp_npi,
        }


class IceEidClient(PartnerClient):
    base_url = "https://eid.ice.gov"
    path = "/api/v1/subjects"

    @staticmethod
    def build_payload(member) -> dict:
        return {
            "medicaidId": member.cin,
            "dateOfBirth": member.dob.isoformat(),
            "homeAddress": member.home_address,
            "fullName": member.full_name,  # MCD101
            "ssn": member.ssn,  # MCD101
            "primaryDiagnosis": member.primary_dx,  # MCD102
            "householdSize": member.household_size,  # MCD101
        }


def sync_to_mmis(member_id: str) -> dict:
    return MmisClient().submit(load_member(member_id))


def sync_to_mco(member_id: str) -> dict:
    return McoRosterClient(timeout=60).submit(load_member(member_id))


def refer_to_eid(member_id: str) -> dict:
    member = load_member(member_id)
    if member is None:
        raise LookupError(member_id)
    result = IceEidClient().submit(member)
    log.info("EID accepted subject %s", result.get("subjectId"))
    return result
