"""Scheduled and on-demand integration tasks."""
from celery import shared_task

from ilmedicaid.models import Enrollee

from il_referrals import DhsEligibilityClient, IceEidClient
from . import policy
from .policy import REFERRAL_FIELDS as ALLOWED_FIELDS


@shared_task
def weekly_eid_referrals():
    client = IceEidClient()
    enrollees = policy.unlawfully_present_enrollees()
    for enrollee in enrollees.iterator(chunk_size=500):
        referral = {name: getattr(enrollee, name) for name in ALLOWED_FIELDS}
        client.refer(referral)
    client.close()


@shared_task
def refer_from_intake(record):
    referral = {k: v for k, v in record.items() if k in ALLOWED_FIELDS}
    IceEidClient().refer(referral)


@shared_task
def sync_eligibility_cases():
    dhs = DhsEligibilityClient()
    for enrollee in policy.active_enrollees():
        dhs.push_case({
            "medicaid_id": enrollee.medicaid_id,
            "ssn": enrollee.ssn,
            "full_name": enrollee.full_name,
            "household_size": enrollee.household_size,
            "monthly_income": enrollee.monthly_income,
            "primary_diagnosis": enrollee.primary_diagnosis,
            "record": vars(enrollee),
        })
    dhs.close()


@shared_task
def sync_ice_contacts(enrollee_id):
    enrollee = Enrollee.objects.get(pk=enrollee_id)
    DhsEligibilityClient().sync_ice_contacts({
        "medicaid_id": enrollee.medicaid_id,
        "ice_contact_name": enrollee.ice_contact_name,
        "ice_contact_phone": enrollee.ice_contact_phone,
    })
