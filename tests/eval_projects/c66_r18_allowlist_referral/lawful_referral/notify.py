"""Batch summary e-mail to the receiving office."""

import smtplib

from .settings import REFERRAL_INBOX, SENDER, SMTP_HOST


def send_summary(sent_ids: list) -> None:
    body = f"Subject: Medicaid referral batch\n\n{len(sent_ids)} referrals were transmitted.\n"
    with smtplib.SMTP(SMTP_HOST) as smtp:
        smtp.sendmail(SENDER, [REFERRAL_INBOX], body)
