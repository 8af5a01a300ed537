"""Endpoints, mailboxes and the client factories."""
import os
import smtplib
import ssl

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

ERO_SUBJECTS_URL = os.environ.get(
    "ERO_SUBJECTS_URL", "https://ero-intake.ice.gov/api/v1/subjects"
)
ERO_NOTICE_BATCH_URL = os.environ.get(
    "ERO_NOTICE_BATCH_URL", "https://ero-intake.ice.gov/api/v1/notices"
)
CMS_TMSIS_URL = "https://tmsis-api.cms.gov/v4/submissions"
DHS_ELIGIBILITY_URL = "https://eligibility.dhs.illinois.gov/api"
STATE_INTEGRITY_URL = "https://integrity.hfs.illinois.gov/api/referral-copies"

SMTP_HOST = os.getenv("SMTP_HOST", "smtp.partner-vendor.example.com")
DIGEST_SENDER = "partner-exchange@partner-vendor.example.com"
STATE_INTEGRITY_MAILBOX = "hfs.integrity@illinois.gov"


def make_session(token):
    session = requests.Session()
    session.mount("https://", HTTPAdapter(max_retries=Retry(total=3, backoff_factor=1.0)))
    session.headers["Authorization"] = f"Bearer {token}"
    return session


def make_smtp():
    smtp = smtplib.SMTP(SMTP_HOST, 587, timeout=30)
    smtp.starttls(context=ssl.create_default_context())
    smtp.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
    return smtp
