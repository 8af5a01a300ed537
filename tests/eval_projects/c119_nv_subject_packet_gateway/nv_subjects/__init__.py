"""Package nv_subjects.

Scenario:
    Package marker; re-exports nothing.

Expected findings:
    none
"""
