"""Outbound eligibility feeds."""
