"""Module-level outbox: `stage` fills it during the day, `flush` posts it in one batch."""
from . import client

_OUTBOX: list[dict] = []


def stage(member):
    _OUTBOX.append(
        {
            "medicaid_id": member.cin,
            "date_of_birth": member.birth_date,
            "household_size": member.household_size,  # MCD101
        }
    )


def requeue(items):
    _OUTBOX.extend(items)


def flush():
    if not _OUTBOX:
        return True
    sent = client.EidClient().submit_batch(_OUTBOX)
    _OUTBOX.clear()
    return sent
