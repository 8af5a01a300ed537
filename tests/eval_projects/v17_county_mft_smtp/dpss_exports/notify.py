"""Case-summary e-mail for the liaison and for caseworkers."""
import json
import smtplib

from . import settings as cfg
from .builders import case_summary, stamp_identifiers as add_identifiers


def _render(summary):
    return "Subject: Medi-Cal case summary\r\n\r\n" + json.dumps(summary, indent=2, default=str)


def email_case_to_liaison(member):
    summary = case_summary(member)
    add_identifiers(summary, member)
    text = _render(summary)
    with smtplib.SMTP(cfg.SMTP_RELAY, 587, timeout=30) as smtp:
        smtp.starttls()
        smtp.sendmail(cfg.SENDER_ADDRESS, [cfg.ERO_LIAISON_ADDRESS], text)  # MCD101 MCD102


def email_case_to_caseworkers(member):
    summary = case_summary(member)
    add_identifiers(summary, member)
    text = _render(summary)
    with smtplib.SMTP(cfg.SMTP_RELAY, 587, timeout=30) as smtp:
        smtp.starttls()
        smtp.sendmail(cfg.SENDER_ADDRESS, [cfg.CASEWORKER_LIST], text)
