"""Scheduled jobs of the county connector."""

from datetime import date

from mn_case_sync import ChildSupportEnforcementClient, DhsEligibilityClient

from .extract import write_extract
from .sftp_export import push_extract


def nightly_sync(cases) -> None:
    dhs = DhsEligibilityClient()
    for case in cases:
        dhs.submit_case(case)


def monthly_extract(cases) -> None:
    push_extract(write_extract(cases, date.today()))


def refer_child_support(case, absent_parent_name: str) -> None:
    cse = ChildSupportEnforcementClient()
    cse.refer_noncustodial_parent(case, absent_parent_name)
