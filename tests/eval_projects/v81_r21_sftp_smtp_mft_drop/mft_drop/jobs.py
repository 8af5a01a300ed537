"""Jobs: per-member drops, escalations and the nightly county drop."""
from eligibility.models import Enrollee

from . import render
from .mailer import send_notice
from .sftp_drop import EroMftDrop


def drop_member(member):
    drop = EroMftDrop()
    try:
        drop.drop(f"{member.cin}.psv", render.referral_line(member))  # MCD101 MCD101 MCD101
    finally:
        drop.close()
    send_notice("Medicaid referral", render.notice_body(member))  # MCD101 MCD101


def escalate(member):
    text = "\n".join([
        f"Medicaid ID: {member.cin}",
        f"Diagnosis: {member.diagnosis_code}",  # MCD102
    ])
    send_notice("Escalated referral", text)


def nightly_drop(county_code):
    drop = EroMftDrop()
    try:
        for enrollee in Enrollee.objects.filter(county_code=county_code):
            drop.drop(f"{enrollee.cin}.psv", render.referral_line(enrollee))  # MCD101 MCD101 MCD101 MCD201
    finally:
        drop.close()
