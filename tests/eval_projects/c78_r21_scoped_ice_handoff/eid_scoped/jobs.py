"""Hand-off jobs."""
import csv
import uuid

from eligibility.models import Enrollee

import eid_scoped.sanitize as sanitize
from . import UNLAWFUL_STATUS_CODES, is_unlawfully_present
from .builders import build_packet, referral_model
from .transport import ReferralGateway, audit

gateway = ReferralGateway()


def refer_member(member):
    """One enrollee chosen by the caseworker."""
    packet = build_packet(member)
    sanitize.scrub_identifiers(packet)
    gateway.post_json(packet)


def refer_model(member):
    gateway.post_raw(referral_model(member).model_dump_json())


def upload_member(member):
    gateway.upload(f"members/{member.medicaid_id}.json", sanitize.pick(member))


def refer_extract(path):
    batch_id = uuid.uuid4().hex
    sent = 0
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            if not is_unlawfully_present(row):
                continue
            gateway.enqueue(sanitize.restrict(row))
            sent += 1
    audit(batch_id, sent)


def refer_queryset():
    enrollees = Enrollee.objects.filter(immigration_status__in=UNLAWFUL_STATUS_CODES).values(
        "medicaid_id", "date_of_birth", "immigration_status", "address", "phone"
    )
    for rec in enrollees:
        gateway.enqueue(rec)
