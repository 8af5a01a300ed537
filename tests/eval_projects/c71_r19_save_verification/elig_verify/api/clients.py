"""Concrete clients for the federal SAVE service and the state eligibility system."""

from .. import DHS_ELIGIBILITY_URL, DHS_SAVE_URL
from .base import ApiClient


class DhsSaveClient(ApiClient):
    base_url = DHS_SAVE_URL


class DhsEligibilityClient(ApiClient):
    base_url = DHS_ELIGIBILITY_URL
    timeout = 60.0
