"""EID export: a federal contractor's referral export for state Medicaid data."""
