"""Nightly jobs."""
from forwardhealth.models import Applicant, Member

from fh_ops import contacts
from fh_ops.mailer import send_report
from fh_ops.payloads import pending_verifications_csv
from fh_ops.payloads import save_case as to_save_case
from fh_ops.save_client import DhsSaveClient


def verify_pending() -> None:
    save = DhsSaveClient()
    pending = Applicant.objects.filter(save_status="PENDING")
    for applicant in pending:
        save.initiate(to_save_case(applicant))
    send_report(
        "SAVE verifications pending",
        "Attached: applicants awaiting a SAVE response.",
        pending_verifications_csv(pending),
        "save_pending.csv",
    )


def nightly_contact_sync() -> None:
    contacts.sync_ice_contacts(Member.objects.filter(is_active=True))
