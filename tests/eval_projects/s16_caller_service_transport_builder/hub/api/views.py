"""Views: a fifth module on top of the chain.

Expected:
- views.py:16 clean -- jobs.refer chooses the URL: reported in jobs.py
- views.py:20 MCD101 ssn -- the URL is this module's, through service, transport and shaping
"""

from ..jobs import refer
from ..service import submit
from ..settings_like import LOCAL_URL

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def view(member):
    return refer(member)


def view_direct(member):
    return submit(ICE_URL, member)  # MCD101


def view_local(member):
    return submit(LOCAL_URL, member)
