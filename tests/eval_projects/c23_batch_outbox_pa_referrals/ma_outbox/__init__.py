"""Nightly MA enrollment reconciliation and referral batch."""
