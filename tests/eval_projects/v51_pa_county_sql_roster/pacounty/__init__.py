"""County roster referrals (Pennsylvania county vendor)."""
