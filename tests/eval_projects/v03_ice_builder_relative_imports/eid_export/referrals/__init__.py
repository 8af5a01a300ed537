"""Referral building and sending."""
