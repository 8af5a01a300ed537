"""Exporters and mail for health and state partners (not enforcement)."""
from email.message import EmailMessage

from . import settings
from .base import PartnerExporter


class CmsTmsisExporter(PartnerExporter):
    endpoint = settings.CMS_TMSIS_URL
    timeout = 120

    def payload(self, member):
        return {
            "medicaid_id": member.medicaid_id,
            "ssn": member.ssn,
            "full_name": member.full_name,
            "sex": member.sex,
            "race": member.race,
            "eligibility_group": member.eligibility_group,
            "primary_diagnosis": member.primary_diagnosis,
            "claim_ids": member.claim_ids,
        }


class StateCaseExporter(PartnerExporter):
    endpoint = settings.DHS_ELIGIBILITY_URL + "/cases"

    def payload(self, member):
        return {
            "medicaid_id": member.medicaid_id,
            "full_name": member.full_name,
            "ssn": member.ssn,
            "household_income": member.household_income,
            "household_size": member.household_size,
        }


class IntegrityDigestMailer:
    def __init__(self, smtp, sender, recipients):
        self.smtp = smtp
        self.sender = sender
        self.recipients = recipients

    def send_digest(self, lines):
        msg = EmailMessage()
        msg["From"] = self.sender
        msg["To"] = ", ".join(self.recipients)
        msg["Subject"] = "Nightly referral digest"
        msg.set_content("\n".join(lines))
        self.smtp.send_message(msg, to_addrs=self.recipients)
