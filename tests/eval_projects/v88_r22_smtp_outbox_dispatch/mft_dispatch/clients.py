"""Client factory: the SMTP connection is created here and injected."""
import os
import smtplib
import ssl

from . import settings


def make_smtp():
    smtp = smtplib.SMTP(settings.SMTP_HOST, settings.SMTP_PORT, timeout=30)
    smtp.starttls(context=ssl.create_default_context())
    smtp.login(settings.SMTP_USER, os.environ["SMTP_PASSWORD"])
    return smtp
