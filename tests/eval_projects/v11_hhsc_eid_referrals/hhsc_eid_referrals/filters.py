"""Business rules that decide which members a referral run considers.

None of these look at immigration status or citizenship.
"""
from datetime import date, timedelta

RENEWAL_GRACE = timedelta(days=90)


def has_mailing_address(member):
    return bool(member.elgbl_line_1_adr and member.elgbl_zip_cd)


def renewal_overdue(member, today=None):
    today = today or date.today()
    due = member.renewal_due_dt
    return due is not None and due < today - RENEWAL_GRACE
