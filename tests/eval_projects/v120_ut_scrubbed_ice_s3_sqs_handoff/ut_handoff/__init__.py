"""Package ut_handoff.

Scenario:
    Package marker; re-exports nothing.

Expected findings:
    none
"""
