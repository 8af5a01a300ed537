"""MMIS bridge: state MMIS extracts to the federal EID referral API."""
from .client import IceClient

__all__ = ["IceClient"]
