"""Daily X12 834 enrollment feed to a managed-care plan, with ICE contacts (expected clean).

Scenario: a state enrollment broker builds the daily 834 benefit-enrollment
file for each Medicaid managed-care organization from a Django queryset and
drops it on the plan's SFTP gateway.  The 834 carries what an 834 carries:
names, SSNs, sex, race, language, plan and coverage dates.  A second job,
``sync_ice_contacts``, sends members' ICE ("in case of emergency") contacts
to the plan's care-management API.

Why no finding is expected:
- The hosts (``mft.aetnabetterhealth.com`` for SFTP and
  ``caremgmt.aetnabetterhealth.com``) are vendor hosts on neither list, so
  the destination is decided by name signals (SPEC section 4).  The only
  names with an ``ice`` word are ``sync_ice_contacts``, ``IceContactRow``
  and ``ice_contacts``, where ``ice`` sits next to ``contact``/``contacts``
  and means "in case of emergency" in the name of a function, class or
  variable (SPEC section 4).  No URL, host, settings key or client carries
  an enforcement token; ``notice_sent`` contains ``notice``, which does not
  match ``ice``.
- With no enforcement destination, the names, SSNs and emergency-contact
  phones, and the unscoped bulk queryset, are not findings (SPEC sections
  3 and 10).
"""
import logging
import os
from datetime import date, datetime
from typing import NamedTuple

import paramiko
import requests

from broker.models import Enrollment, Plan

PLAN_SFTP_HOST = "mft.aetnabetterhealth.com"
PLAN_API = "https://caremgmt.aetnabetterhealth.com/v2"
SENDER_ID = "PADHSBROKER"
SPOOL = "/var/spool/x12"

log = logging.getLogger("broker.834")


class IceContactRow(NamedTuple):
    member_id: str
    contact_name: str
    contact_phone: str
    relationship: str


def _seg(*elements) -> str:
    return "*".join("" if e is None else str(e) for e in elements) + "~"


def _member_loop(e) -> list:
    m = e.member
    return [
        _seg("INS", "Y", "18", e.maintenance_type, "XN", "A", "", "", "FT"),
        _seg("REF", "0F", m.medicaid_id),
        _seg("NM1", "IL", "1", m.last_name, m.first_name, m.middle_name, "", "", "34", m.ssn),
        _seg("N3", m.address_line1, m.address_line2),
        _seg("N4", m.city, m.state, m.zip_code),
        _seg("DMG", "D8", m.birth_date.strftime("%Y%m%d"), m.gender, "", m.race_code),
        _seg("LUI", "LD", m.language_code, "", "7"),
        _seg("HD", e.maintenance_type, "", "HMO", e.plan_code),
        _seg("DTP", "348", "D8", e.coverage_start_date.strftime("%Y%m%d")),
    ]


def build_834(plan, enrollments) -> str:
    now = datetime.now()
    body = [
        _seg("ST", "834", "0001", "005010X220A1"),
        _seg("BGN", "00", f"{plan.code}{now:%Y%m%d}", now.strftime("%Y%m%d"), now.strftime("%H%M")),
        _seg("N1", "P5", "PA DHS ENROLLMENT BROKER", "FI", "236003113"),
        _seg("N1", "IN", plan.name, "FI", plan.tax_id),
    ]
    for e in enrollments:
        body.extend(_member_loop(e))
    body.append(_seg("SE", len(body) + 1, "0001"))
    return "\n".join(body)


def send_834(plan) -> str:
    enrollments = (Enrollment.objects.filter(plan=plan, transmitted=False)
                   .select_related("member").order_by("member__last_name"))
    text = build_834(plan, enrollments)
    local = os.path.join(SPOOL, f"834_{plan.code}_{date.today():%Y%m%d}.x12")
    with open(local, "w", encoding="ascii", errors="replace") as fh:
        fh.write(text)
    transport = paramiko.Transport((PLAN_SFTP_HOST, 22))
    transport.connect(username=SENDER_ID, pkey=paramiko.Ed25519Key.from_private_key_file(
        "/etc/broker/keys/plan_ed25519"))
    try:
        sftp = paramiko.SFTPClient.from_transport(transport)
        sftp.put(local, f"/inbound/834/{os.path.basename(local)}")
    finally:
        transport.close()
    enrollments.update(transmitted=True, notice_sent=False)
    return local


def sync_ice_contacts(plan) -> int:
    ice_contacts = []
    for e in Enrollment.objects.filter(plan=plan).select_related("member"):
        m = e.member
        if not m.emergency_contact_phone:
            continue
        ice_contacts.append(IceContactRow(m.medicaid_id, m.emergency_contact_name,
                                          m.emergency_contact_phone, m.emergency_contact_relationship))
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {os.environ['PLAN_API_TOKEN']}"
    sent = 0
    for start in range(0, len(ice_contacts), 100):
        chunk = [row._asdict() for row in ice_contacts[start:start + 100]]
        resp = session.post(f"{PLAN_API}/emergency-contacts:batch", json=chunk, timeout=30)
        resp.raise_for_status()
        sent += len(chunk)
    log.info("synced %d ICE contacts for plan %s", sent, plan.code)
    return sent


def run_all() -> None:
    for plan in Plan.objects.filter(active=True):
        try:
            send_834(plan)
            sync_ice_contacts(plan)
        except (OSError, paramiko.SSHException, requests.RequestException) as exc:
            log.error("plan %s failed: %s", plan.code, exc)
