"""Jobs that hand one chosen member to a client: they place nothing, so they are clean (SPEC section 3).

Expected:
- jobs.py:22 MCD101 email -- put into the batch after the sender (of clients.py) kept it: the same list
"""

from .clients import BatchSender, IceClient, StateClient


def refer(member):
    return IceClient().send(member)


def renew(member):
    return StateClient().send(member)


def refer_batch(chosen):
    batch = []
    sender = BatchSender(batch)
    for m in chosen:
        batch.append({"medicaid_id": m.medicaid_id,
                      "email": m.email})  # MCD101
    return sender.flush()
