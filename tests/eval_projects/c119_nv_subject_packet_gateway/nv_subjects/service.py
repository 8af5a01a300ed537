"""Builds a SubjectPacket for one enrollee and submits it to the EID gateway.

Scenario:
    The service constructs the packet model declared in models.py with
    keyword arguments, dumps it and hands the dict to the gateway whose
    parameter reaches the enforcement sink. Two keywords carry the full name
    and the SSN's last four digits.

Expected findings:
    line 29, MCD101, full_name keyword from member.full_name (name)
    line 30, MCD101, ssn_last4 keyword from member.ssn[-4:] (SSN)
"""
import logging

from .gateway import SubjectGateway
from .models import SubjectPacket

log = logging.getLogger("nv_subjects.service")


def refer(member) -> str:
    address = f"{member.street}, {member.city}, NV {member.zip_code}"
    packet = SubjectPacket(
        medicaid_id=member.medicaid_id,
        date_of_birth=member.date_of_birth.isoformat(),
        immigration_status=member.immigration_status,
        home_address=address,
        phone_number=member.phone_number,
        full_name=member.full_name,  # MCD101
        ssn_last4=member.ssn[-4:],  # MCD101
    )
    subject_id = SubjectGateway().submit(packet.model_dump())
    log.info("member %s submitted as %s", member.medicaid_id, subject_id)
    return subject_id
