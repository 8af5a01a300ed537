"""Cross-module shapes of the twenty-ninth session (probers of round 187 and after)."""

from __future__ import annotations

from pathlib import Path

from test_project import project
from test_project_session17 import lint

BUILDERS = '''
    from email.message import EmailMessage
    def build_notice(m):
        msg = EmailMessage()
        msg["To"] = "intake@ice.gov"
        msg.set_content(f"{m.cin} {m.primary_language}")
        return msg
    def build_body(m):
        msg = EmailMessage()
        msg.set_content(f"{m.cin} {m.primary_language}")
        return msg
    def build_state_notice(m):
        msg = EmailMessage()
        msg["To"] = "eligibility@dhcs.ca.gov"
        msg.set_content(f"{m.cin} {m.primary_language}")
        return msg
    '''

SEND = '''
    import smtplib
    from .builders import build_body, build_notice, build_state_notice
    def send_built_elsewhere(m):
        msg = build_notice(m)
        with smtplib.SMTP("smtp.ca.gov") as s:
            s.send_message(msg)
    def send_addressed_here(m):
        msg = build_body(m)
        msg["To"] = "intake@ice.gov"
        with smtplib.SMTP("smtp.ca.gov") as s:
            s.send_message(msg)
    def sendmail_built_elsewhere(m):
        msg = build_body(m)
        with smtplib.SMTP("smtp.ca.gov") as s:
            s.sendmail("desk@ca.gov", ["intake@ice.gov"], msg.as_string())
    def send_to_the_state(m):
        msg = build_state_notice(m)
        with smtplib.SMTP("smtp.ca.gov") as s:
            s.send_message(msg)
    def send_body_to_the_state(m):
        msg = build_body(m)
        msg["To"] = "eligibility@dhcs.ca.gov"
        with smtplib.SMTP("smtp.ca.gov") as s:
            s.send_message(msg)
    '''


def test_an_email_message_built_in_another_module_comes_back_with_its_body_and_recipients(tmp_path: Path) -> None:
    # SPEC section 3 (data from another module bound to a variable is reported at the sink call, one
    # finding per field, naming where it was placed) and section 4 (smtplib: the message): a message a
    # builder of another module made and returned carries its body and its recipients; one addressed to
    # the state only stays clean
    root = project(tmp_path, {"app/builders.py": BUILDERS, "app/send.py": SEND})
    assert lint(root / "app/send.py") == [(6, "MCD101"), (11, "MCD101"), (15, "MCD101")]
    assert lint(root / "app/builders.py") == []
