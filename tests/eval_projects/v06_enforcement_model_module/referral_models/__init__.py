"""Referral models of the Texas HHS data exchange: payload layouts and mappers."""
