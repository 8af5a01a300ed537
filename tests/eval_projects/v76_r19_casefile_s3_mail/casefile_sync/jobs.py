"""Casefile jobs."""

from eligibility.models import Enrollee

import casefile_sync.builders as cf
from casefile_sync.storage import put_case

from .mailer import notify_duty_desk as page_duty_desk


def open_casefile(member):
    doc = {"schema_version": "3.1"}
    cf.add_identity(doc, member)
    cf.add_contacts(doc, member)
    cf.add_employment(doc, member)
    put_case(member.msis_id, doc)  # MCD101 MCD101 MCD101


def archive_legacy(member):
    put_case(member.ssn, {"msis_id": member.msis_id})  # MCD101


def page_new_enrollees(county_cd):
    for member in Enrollee.objects.filter(county_cd=county_cd):
        lines = [f"Medicaid ID {member.msis_id}", f"Primary care clinic {member.pcp_name}"]  # MCD102
        page_duty_desk("New casefile", lines)  # MCD201
