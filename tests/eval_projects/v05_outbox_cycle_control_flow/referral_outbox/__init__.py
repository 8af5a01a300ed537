"""Referral outbox of a state eligibility vendor: immediate and end-of-day referrals."""
