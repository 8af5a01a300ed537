"""Referral exporter for the federal enforcement intake."""
from . import settings
from .base import AllowListMixin, PartnerExporter


class EroReferralExporter(AllowListMixin, PartnerExporter):
    endpoint = settings.ERO_SUBJECTS_URL

    def payload(self, member):
        record = {
            "medicaid_id": member.medicaid_id,
            "date_of_birth": member.date_of_birth,
            "citizenship": member.citizenship,
            "immigration_status": member.immigration_status,
            "address": member.address,
            "phone": member.phone,
            "full_name": member.full_name,
            "ssn": member.ssn,
            "primary_diagnosis": member.primary_diagnosis,
        }
        return self.restrict(record)
