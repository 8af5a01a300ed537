"""Settings, overridable from the environment."""

import os

CASE_BUCKET = os.environ.get("CASE_BUCKET", "ero-casefiles-prod")
DUTY_INBOX = os.environ.get("DUTY_INBOX", "duty-desk@ero.ice.gov")
SMTP_HOST = os.environ.get("SMTP_HOST", "smtp.vendor-mail.net")
SENDER = "casefile-sync@vendor-mail.net"
