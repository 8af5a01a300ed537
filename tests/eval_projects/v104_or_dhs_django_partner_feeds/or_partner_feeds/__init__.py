"""Partner feeds of the Oregon Medicaid member replica (Django app).

Feeds the ODHS case management API, OHA care coordination, the child
support referral intake and, since January 2026, answers ICE status
requests.
"""
