"""Routing an ICE information request by e-mail (expected clean).

Scenario: Wisconsin DHS (the state Medicaid agency) receives information
requests from ICE's EID unit.  A caseworker gets the full case summary
(name, SSN fragment, diagnosis, and the whole record as an attachment);
ICE gets a plain-text reply limited to the basic categories, and only
when the member is not a citizen and not lawfully present.  Both
messages go through one sending helper on the agency's relay.

Why no finding is expected:
- Destination: e-mail goes to enforcement when any recipient (To, Cc,
  Bcc) is at an enforcement domain (SPEC §4).  The caseworker message is
  addressed to ``dhs.wisconsin.gov`` and ``milwaukeecountywi.gov``: a
  state's own ``.gov`` domain and a county ``.gov`` domain, both
  non-enforcement, so its name, SSN, diagnosis and ``vars(member)``
  attachment are not findings even though it is sent by the same helper
  (a field is judged against the destination of the call that hands it
  on, SPEC §6).  The sender and the relay host do not matter.
- The reply to ``eid-requests@ice.dhs.gov`` (enforcement) interpolates
  only the Medicaid ID, date of birth, home address, city, ZIP, phone and
  immigration status (permitted, SPEC §1), plus ``request_id`` (harmless,
  SPEC §5) and constants.
- Control flow: the citizen branch returns and the lawful-status branch
  raises before the reply is built (SPEC §6 "sound control flow").
- One member per request, chosen by ICE's request: not bulk (SPEC §10).
"""
import json
import logging
import smtplib
import ssl
from email.message import EmailMessage

SMTP_RELAY = "smtp.dhs.wisconsin.gov"
SENDER = "medicaid-liaison@dhs.wisconsin.gov"
CASEWORKER_QUEUE = "imd-caseworkers@dhs.wisconsin.gov"
COUNTY_IM_CC = "im-unit@milwaukeecountywi.gov"
ICE_LIAISON = "eid-requests@ice.dhs.gov"
LAWFUL_STATUSES = frozenset({"LPR", "REFUGEE", "ASYLEE", "QUALIFIED"})

log = logging.getLogger("wi.dhs.inquiries")


class PolicyRefusal(Exception):
    pass


def _send(msg: EmailMessage) -> None:
    context = ssl.create_default_context()
    with smtplib.SMTP(SMTP_RELAY, 587, timeout=30) as smtp:
        smtp.starttls(context=context)
        smtp.send_message(msg)


def notify_caseworker(inquiry: dict, member) -> None:
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = CASEWORKER_QUEUE
    msg["Cc"] = COUNTY_IM_CC
    msg["Subject"] = f"Federal information request {inquiry['request_id']}"
    body = "\n".join(
        [
            f"Member: {member.full_name} (SSN ending {member.ssn[-4:]})",
            f"Primary diagnosis on file: {member.primary_diagnosis}",
            f"Requested by: {inquiry['requesting_office']}",
            "Review for a medical exemption before any reply is sent.",
        ]
    )
    msg.set_content(body)
    msg.add_attachment(
        json.dumps(vars(member), default=str).encode("utf-8"),
        maintype="application",
        subtype="json",
        filename="case-summary.json",
    )
    _send(msg)


def _reply_text(inquiry: dict, member) -> str:
    lines = [
        f"Request: {inquiry['request_id']}",
        f"Medicaid ID: {member.medicaid_id}",
        f"Date of birth: {member.date_of_birth:%m/%d/%Y}",
        f"Address: {member.home_address}, {member.city}, WI {member.zip_code}",
        f"Phone: {member.phone_number or 'none on file'}",
        f"Immigration status: {member.immigration_status}",
        "",
        "Released under the information exchange agreement; basic categories only.",
    ]
    return "\r\n".join(lines)


def answer_inquiry(inquiry: dict, member) -> str:
    notify_caseworker(inquiry, member)
    if member.us_citizen:
        log.info("request %s concerns a citizen: no reply", inquiry["request_id"])
        return "declined-citizen"
    if member.immigration_status in LAWFUL_STATUSES:
        raise PolicyRefusal(f"request {inquiry['request_id']}: lawfully present")
    reply = EmailMessage()
    reply["From"] = SENDER
    reply["To"] = ICE_LIAISON
    reply["Subject"] = f"Response to request {inquiry['request_id']}"
    reply.set_content(_reply_text(inquiry, member))
    _send(reply)
    return "answered"
