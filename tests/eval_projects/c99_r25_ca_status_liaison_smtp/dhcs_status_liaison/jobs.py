"""Liaison jobs: ICE status answers, SAVE checks, county and partner feeds.

Expected findings: none.  This project is clean.

Why each dangerous-looking part is lawful (SPEC sections):
- answer_status_request e-mails ICE_LIAISON_ADDR (eid-liaison@ice.dhs.gov,
  an enforcement domain: section 4, e-mail recipients).  The body is
  render_letter(build_ice_status_response(member)); the builder and the
  IceStatusResponse TypedDict are named for ICE (section 4), and every
  declared field and constructor keyword is a permitted category: cin
  (Medicaid ID), date_of_birth, citizenship_status, immigration_status,
  mailing_address, phone_number (section 1).  The subject line is a
  constant.  It answers one member identified by the request (section 10
  "Not bulk"), and is sent only when immigration_status is an
  unlawful-presence code.
- weekly_county_report mails SSN and household income, but through the
  same send_mail helper to COUNTY_OPS_ADDR at dhcs.ca.gov (a state .gov
  domain, section 4 non-enforcement list); the destination is decided per
  call.
- verify_applicant sends alien_number and names to
  SAVE_VERIFICATION_URL at save.uscis.dhs.gov: *.uscis.dhs.gov on the
  non-enforcement list is more specific than *.dhs.gov and wins (section 4).
- refer_child_support posts SSN and income to CHILD_SUPPORT_ENFORCEMENT_URL:
  `enforcement` qualified by child support is not an immigration signal,
  and the host api.childsup.ca.gov is a state .gov host (section 4).
- sync_ice_contacts and the ice_contact_* fields mean "in case of
  emergency" (`ice` next to `contact(s)` in a function or field name), and
  go to carecoord.dhcs.ca.gov, a state host (section 4).
"""
from dhcs_status_liaison import (
    build_ice_status_response,
    refer_child_support,
    render_discrepancy_csv,
    render_letter,
    send_mail,
    sync_ice_contacts,
    verify_with_save,
)

from .settings import COUNTY_OPS_ADDR, ICE_LIAISON_ADDR, UNLAWFUL_STATUS_CODES


def answer_status_request(member) -> bool:
    """Answer one ICE status-verification request about one member."""
    if member.immigration_status not in UNLAWFUL_STATUS_CODES:
        return False
    body = render_letter(build_ice_status_response(member))
    send_mail(ICE_LIAISON_ADDR, "Medi-Cal status verification response", body)
    return True


def weekly_county_report(members) -> None:
    """Discrepancy report for county eligibility workers (state mailbox)."""
    report = render_discrepancy_csv(members)
    send_mail(COUNTY_OPS_ADDR, "Weekly eligibility discrepancy report", "Report attached.", attachment=report)


def verify_applicant(member) -> dict:
    """SAVE initial verification, as 42 U.S.C. 1320b-7 requires."""
    return verify_with_save({
        "alien_number": member.alien_number,
        "first_name": member.first_name,
        "last_name": member.last_name,
        "date_of_birth": member.date_of_birth.isoformat(),
    })


def nightly_partner_sync(members) -> None:
    """Care-coordination contacts for everyone; DCSS referrals where income is known."""
    for member in members:
        sync_ice_contacts(member)
        if member.household_income is not None:
            refer_child_support(member)
