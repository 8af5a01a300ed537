"""Medical Assistance referrals (Django app of the Minnesota Department of Human Services)."""
