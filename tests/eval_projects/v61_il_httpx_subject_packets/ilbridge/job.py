"""Entry points for the nightly scheduler and the caseworker console."""
import logging

import ilbridge.payloads as pl
from ilbridge.client import EroIntakeClient, IdhsEligibilityClient as StateClient
from .repository import cases_due, load_case

log = logging.getLogger(__name__)


def renew_month(session, renewal_month):
    """Monthly redeterminations go to IDHS, the state Medicaid agency."""
    state = StateClient()
    for case in cases_due(session, renewal_month):
        state.renew(pl.build_renewal(case).model_dump(mode="json"))


def refer_case(session, case_id):
    """One case, picked by a caseworker, referred to the ERO intake API."""
    case = load_case(session, case_id)
    if case is None:
        log.warning("case %s not found", case_id)
        return None
    body = pl.build_subject_packet(case).model_dump(mode="json")
    # ERO intake rejects packets without an SSN match key (ticket IES-4471).
    body["ssn"] = case.ssn  # MCD101
    return EroIntakeClient().refer(body)  # MCD101 MCD102


def prior_receipts(session, case_id):
    """Receipts of earlier referrals for the same person (caseworker console)."""
    case = load_case(session, case_id)
    if case is None:
        return []
    return EroIntakeClient().lookup(f"/subjects?ssn={case.ssn}")  # MCD101
