"""County referral tooling of the Illinois Medicaid eligibility vendor."""
