"""In-house transport library: the team marks its enforcement sender with the pragma."""
from transport import sftp_drop


def deliver(payload):  # medicaid-scope: enforcement
    sftp_drop("outbound/referrals", payload)


def refer(member):
    deliver({"medicaid_id": member.cin, "income": member.income})  # MCD101
