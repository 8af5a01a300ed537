"""TIERS case packets for the ERO subject-packet topic.

Expected findings: none.
"""
