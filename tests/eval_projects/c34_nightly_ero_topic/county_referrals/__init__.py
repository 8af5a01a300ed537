"""Minimal-data referral publishing for a Minnesota county human services office."""
