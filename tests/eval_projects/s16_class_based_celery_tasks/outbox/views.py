"""Views that queue the posts.

Expected:
- views.py:15 MCD101 ssn -- queued for ICE through the registered task
- views.py:19 MCD102 primary_dx -- queued through a new task object
- views.py:23 clean -- the state's host
- views.py:27 clean -- only permitted fields
"""

from .settings import ICE_URL, STATE_URL
from .tasks import PostTask, post_task


def refer(m):
    post_task.delay(ICE_URL, {"medicaid_id": m.cin, "ssn": m.ssn})  # MCD101


def refer_clinical(m):
    PostTask().apply_async(args=(ICE_URL, {"medicaid_id": m.cin, "dx": m.primary_dx}))  # MCD102


def renew(m):
    post_task.delay(STATE_URL, {"medicaid_id": m.cin, "ssn": m.ssn})


def refer_basic(m):
    post_task.delay(ICE_URL, {"medicaid_id": m.cin, "dob": m.birth_date})
