"""Jobs triggered from the work queue, one item at a time."""

from caseflow.client import SubjectClient
from caseflow.snapshots import export_case


def refer(member) -> None:
    SubjectClient().submit_subject(member)


def escalate(case) -> None:
    client = SubjectClient()
    client.post_json("/cases", export_case(case))  # MCD103


def flag(row) -> None:
    SubjectClient().post_json("/flags", {"medicaid_id": row["medicaid_id"], "priority_tier": row["priority_tier"]})  # MCD104
