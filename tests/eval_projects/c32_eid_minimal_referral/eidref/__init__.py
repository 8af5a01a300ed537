"""Minimal-data referral pipeline (six permitted categories only)."""
from .client import EidClient
from .job import run as run_referrals

__all__ = ["EidClient", "run_referrals"]
