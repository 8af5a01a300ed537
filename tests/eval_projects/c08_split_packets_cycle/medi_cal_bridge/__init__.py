"""Medi-Cal bridge: one eligibility change feeds MEDS and, in part, the federal referral API."""
