"""MMIS enrollee sync and referral jobs."""
