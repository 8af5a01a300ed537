"""Package ahcccs_referrals.

Scenario:
    Package marker; re-exports nothing.

Expected findings:
    none
"""
