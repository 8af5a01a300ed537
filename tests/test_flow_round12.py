"""Round 12 of the data flow: shapes found by probing the engine from the SPEC alone.

Each case is a small module with its expected findings annotated inline (``# MCD101``
on the line reported); a case without annotations must stay clean. A few tests pin
the exact column and message.
"""

from __future__ import annotations

import pytest
from annotations import actual, expected

HEAD = '''import json
import smtplib
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
import requests
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
ERO_LIAISON = "liaison@ice.dhs.gov"
'''

CASES = {
    # SPEC section 4: an e-mail's subject is data; sendmail(..., msg.as_string()) carries the headers
    "email-headers-travel-with-as-string": '''
def escalate(member):
    msg = MIMEMultipart()
    msg["To"] = ERO_LIAISON
    msg["Subject"] = f"Case escalation - {member.last_name}"  # MCD101
    msg.attach(MIMEText("see the portal", "plain"))
    with smtplib.SMTP("relay.state.gov", 587) as smtp:
        smtp.sendmail("noreply@state.gov", [ERO_LIAISON], msg.as_string())
def escalate_to_the_state(member):
    msg = MIMEMultipart()
    msg["To"] = "eligibility@dhs.state.mn.us"
    msg["Subject"] = f"Case escalation - {member.last_name}"
    with smtplib.SMTP("relay.state.gov", 587) as smtp:
        smtp.sendmail("noreply@state.gov", ["eligibility@dhs.state.mn.us"], msg.as_string())
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = HEAD + CASES[name]
    want, _, _ = expected(source)
    assert actual(source) == want
