"""Celery tasks that run the referral integrations."""
import logging

from celery import shared_task
from django.forms.models import model_to_dict

from medical_core.models import Member

import eid_referrals.builders as builders
from eid_referrals import EidReferralClient, FhirClient
from .builders import referral_packet as build_packet

log = logging.getLogger(__name__)


@shared_task(bind=True, max_retries=3, default_retry_delay=300)
def refer_member(self, member_id):
    member = Member.objects.select_related("case").get(pk=member_id)
    packet = build_packet(member)
    EidReferralClient().submit(packet)  # MCD101 MCD102
    log.info("referred member %s", member_id)


@shared_task
def refer_household_case(member_id):
    member = Member.objects.get(pk=member_id)
    client = EidReferralClient()
    client.submit({
        "medicaid_id": member.cin,
        "date_of_birth": member.birth_date.isoformat(),
        "household_size": member.household_size,  # MCD101
    })


@shared_task
def refer_full_record(member_id):
    member = Member.objects.get(pk=member_id)
    EidReferralClient().submit(model_to_dict(member))  # MCD103


@shared_task
def nightly_referrals():
    client = EidReferralClient()
    for member in Member.objects.filter(is_active=True, county_code="19"):
        body = {"medicaid_id": member.cin, "immigration_status": member.immigration_status}
        builders.add_ids(body, member)
        client.submit(body)  # MCD101 MCD201
    client.close()


@shared_task
def sync_patients():
    fhir = FhirClient()
    for member in Member.objects.all():
        resource = {
            "resourceType": "Patient",
            "identifier": [{"system": "urn:oid:2.16.840.1.113883.4.1", "value": member.ssn}],
            "name": [{"family": member.last_name, "given": [member.first_name]}],
            "birthDate": member.birth_date.isoformat(),
        }
        fhir.upsert_patient(resource)
    fhir.close()
