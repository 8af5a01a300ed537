"""Program-integrity "tip" e-mail that blind-copies an ICE ERO mailbox (violating).

Scenario: a program-integrity analyst's script e-mails a tip about one
recipient to the state fraud unit and, after a 2025 directive, also to an
ICE ERO tip mailbox.  The text includes the recipient's name, primary
diagnosis and last claim, written as plain RFC 822 text and handed to
``smtplib.SMTP.sendmail``.

Destination: the ``sendmail`` recipient list includes
``ERO_TIP_MAILBOX`` = ``tips@ero.ice.gov``; e-mail goes to enforcement
when any recipient is at an enforcement domain, whatever the sender and
the other recipients (SPEC §4).  The message string is the data (SPEC §4
smtplib); string building keeps the names of every part (SPEC §6).  One
recipient chosen by the analyst: no MCD201 (SPEC §10).

Expected findings (each at the f-string that interpolates the field):
- ``Name:`` line interpolates ``rec.full_name`` -> MCD101.
- ``Primary diagnosis:`` line interpolates ``rec.primary_diagnosis`` ->
  MCD102.
- ``Last claim:`` line interpolates ``rec.last_claim_id`` (a claim) ->
  MCD102.
Not findings: CIN, date of birth and home address lines are permitted;
the From/To header lines and the sender/fraud-unit addresses are
constants; the Subject carries only the CIN.
"""
import smtplib
import ssl

SMTP_HOST = "smtp.state-medicaid.example.org"
SENDER = "pi-analytics@dhcs.ca.gov"
FRAUD_UNIT = "mfcu-intake@doj.ca.gov"
ERO_TIP_MAILBOX = "tips@ero.ice.gov"


def tip_text(rec) -> str:
    lines = [
        f"From: {SENDER}",
        f"To: {FRAUD_UNIT}",
        f"Subject: Program integrity tip - CIN {rec.cin}",
        "",
        f"CIN: {rec.cin}",
        f"Name: {rec.full_name}",  # MCD101
        f"Date of birth: {rec.date_of_birth:%m/%d/%Y}",
        f"Home address: {rec.home_address}",
        f"Primary diagnosis: {rec.primary_diagnosis}",  # MCD102
        f"Last claim: {rec.last_claim_id}",  # MCD102
        "",
        "Sent by the program integrity analytics unit.",
    ]
    return "\r\n".join(lines)


def send_tip(rec) -> None:
    message = tip_text(rec)
    context = ssl.create_default_context()
    with smtplib.SMTP(SMTP_HOST, 587, timeout=30) as smtp:
        smtp.starttls(context=context)
        smtp.sendmail(SENDER, [FRAUD_UNIT, ERO_TIP_MAILBOX], message)
