"""Pragma-marked enforcement sender that is given permitted fields only."""
from transport import sftp_drop


def deliver(payload):  # medicaid-scope: enforcement
    sftp_drop("outbound/referrals", payload)


def refer(member):
    deliver({"medicaid_id": member.cin, "dob": member.dob, "phone": member.phone})
