"""Outbox keyed by destination mailbox, and the mailer that drains it."""
from email.message import EmailMessage


class Outbox:
    """Pending items grouped by destination mailbox."""

    def __init__(self):
        self._pending = {}

    def put(self, destination, item):
        self._pending.setdefault(destination, []).append(item)

    def take(self, destination):
        return self._pending.pop(destination, [])


class ReferralMailer:
    """Sends one message per call through the injected SMTP connection."""

    def __init__(self, smtp, sender):
        self.smtp = smtp
        self.sender = sender

    def send(self, recipients, subject, body, attachment=None, filename="referrals.csv"):
        msg = EmailMessage()
        msg["From"] = self.sender
        msg["To"] = ", ".join(recipients)
        msg["Subject"] = subject
        msg.set_content(body)
        if attachment is not None:
            msg.add_attachment(attachment, subtype="csv", filename=filename)
        self.smtp.send_message(msg, from_addr=self.sender, to_addrs=recipients)
