"""One subclass per trading partner."""
from . import settings
from .base import PartnerClient
from .mapper import mco_enrollment


class IllinoisDhsClient(PartnerClient):
    """Illinois DHS is the state Medicaid agency: it receives the full case."""

    base_url = settings.IL_DHS_ELIGIBILITY_URL

    def push_case_update(self, member):
        return self.send("/case-updates", {
            "cin": member.cin,
            "ssn": member.ssn,
            "household_size": member.household_size,
            "primary_diagnosis": member.primary_diagnosis,
        })


class CmsHubClient(PartnerClient):
    """CMS Data Services Hub (lawful-presence verification)."""

    base_url = settings.CMS_HUB_URL

    def verify_lawful_presence(self, member):
        return self.send("/vlp/verify", {
            "first_name": member.first_name,
            "last_name": member.last_name,
            "dob": member.dob,
            "alien_number": member.alien_number,
        })


class McoClient(PartnerClient):
    base_url = settings.MCO_GATEWAY_URL

    def enroll(self, member):
        return self.send("/834/enrollments", mco_enrollment(member))


class IceEidClient(PartnerClient):
    base_url = settings.ICE_EID_URL

    def refer(self, member):
        payload = {
            "medicaid_id": member.cin,
            "date_of_birth": member.dob,
            "citizenship": member.citizenship_status,
            "immigration_status": member.immigration_status,
            "preferred_language": member.preferred_language,  # MCD101
        }
        return self.send("/referrals", payload)

    def update_phone(self, member):
        return self.send(f"/subjects/{member.cin}/phone", {"phone": member.cell_phone})

    def attach_case_file(self, member):
        return self.send("/attachments", member.__dict__)  # MCD103
