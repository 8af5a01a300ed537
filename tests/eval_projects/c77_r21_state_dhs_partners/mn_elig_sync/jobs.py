"""Nightly and on-demand jobs."""
from dataclasses import asdict

from eligibility.models import Member

import mn_elig_sync.payloads as payloads
from . import DhsEligibilityClient, DhsSaveClient
from .partners import archive_member, send_renewal_notice

dhs = DhsEligibilityClient()
save = DhsSaveClient()


def verify_applicant(applicant):
    return save.verify(asdict(payloads.save_request(applicant)))


def renew(member):
    packet = payloads.renewal_packet(member)
    payloads.add_household(packet, member)
    dhs.submit(f"/members/{member.ssn}/renewals", packet)


def nightly_renewals():
    for member in Member.objects.filter(renewal_due=True):
        dhs.submit("/renewals", payloads.renewal_packet(member))
        archive_member(member)
        send_renewal_notice(member)
