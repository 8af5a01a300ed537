# B7 (regression, false MCD-201): custom_manager() does not check that the class is a Django model:
# any capitalized project class with an attribute made by a *Manager() call is a queryset of
# every record -- even .next(), one item.
# base : nothing
# after: line 23 MCD-201 records from Outbox.pending.next() (line 22); line 28 MCD-201 (line 27)
# SPEC 10: bulk sources are a Django queryset, SQL rows, a DataFrame, a CSV/NDJSON reader, or a
#   plural person-named parameter/variable; a retry outbox on a plain class is none of them
#   (SPEC 6: "Unknown is not guilty").
import requests

from .retry import RetryQueueManager

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


class Outbox:
    """Not a Django model: referrals already chosen upstream, waiting for a retry."""
    pending = RetryQueueManager("referrals")


def flush_one():
    ref = Outbox.pending.next()
    requests.post(ICE_URL, json={"cin": ref.cin, "dob": ref.dob}, timeout=30)


def flush_due():
    for ref in Outbox.pending.due():
        requests.post(ICE_URL, json={"cin": ref.cin, "dob": ref.dob}, timeout=30)
