"""Georgia DCH weekly hand-off to the ICE EID bucket.

Expected findings: none.
"""
