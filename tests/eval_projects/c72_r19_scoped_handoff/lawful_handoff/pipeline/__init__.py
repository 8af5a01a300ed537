"""Build, scrub and ship referral packets."""
