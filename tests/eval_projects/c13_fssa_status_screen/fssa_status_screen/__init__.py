"""Screening of IEDSS enrollees for referral under the 29 Dec 2025 order."""
