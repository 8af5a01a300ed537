"""Sends the whole member object."""
import requests

DHS_ENFORCEMENT_URL = "https://referrals.dhs.gov/api/members"


def refer(member):
    requests.post(DHS_ENFORCEMENT_URL, json=member.__dict__)  # MCD103
