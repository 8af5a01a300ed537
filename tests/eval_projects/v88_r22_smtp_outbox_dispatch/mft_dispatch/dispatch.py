"""Composition root: reads extracts, fills the outbox, mails each destination."""
import csv
import json

from . import clients, exports, screening, settings
from .mailer import Outbox, ReferralMailer

ATTACHED_NOTE = "See the attached file."


def run_weekly_referrals(extract_path):
    mailer = ReferralMailer(clients.make_smtp(), settings.SENDER)
    outbox = Outbox()
    with open(extract_path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if not screening.is_removable(row):
                continue
            outbox.put(settings.ERO_REFERRAL_MAILBOX, row)
            outbox.put(settings.STATE_INTEGRITY_MAILBOX, {
                "MSIS_IDENT_NUM": row["MSIS_IDENT_NUM"],
                "IMGRTN_STUS_CD": row["IMGRTN_STUS_CD"],
            })
    ero_to = [settings.ERO_REFERRAL_MAILBOX]
    referrals = exports.render_referrals(outbox.take(settings.ERO_REFERRAL_MAILBOX))
    mailer.send(ero_to, "Weekly EID referrals", ATTACHED_NOTE, attachment=referrals)  # MCD101 MCD101 MCD102
    notice = json.dumps(outbox.take(settings.STATE_INTEGRITY_MAILBOX), indent=2)
    mailer.send([settings.STATE_INTEGRITY_MAILBOX], "Weekly referral notice", notice)


def run_address_updates(extract_path):
    mailer = ReferralMailer(clients.make_smtp(), settings.SENDER)
    with open(extract_path, newline="", encoding="utf-8") as fh:
        changes = list(csv.DictReader(fh))
    updates = exports.render_address_updates(changes)
    ero_to = [settings.ERO_REFERRAL_MAILBOX]
    mailer.send(ero_to, "Address updates", ATTACHED_NOTE, attachment=updates)  # MCD201


def send_urgent_referral(row):
    mailer = ReferralMailer(clients.make_smtp(), settings.SENDER)
    lines = [
        f"Medicaid ID: {row['MSIS_IDENT_NUM']}",
        f"Date of birth: {row['BIRTH_DT']}",
        f"Phone: {row['ELGBL_PHNE_NUM']}",
        f"Medicare ID: {row['MDCR_BENE_ID']}",  # MCD101
    ]
    mailer.send([settings.ERO_REFERRAL_MAILBOX], "Urgent EID referral", "\n".join(lines))
