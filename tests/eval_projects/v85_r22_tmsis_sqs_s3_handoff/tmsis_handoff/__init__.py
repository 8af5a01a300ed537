"""T-MSIS hand-off jobs built by a state Medicaid data vendor.

Clients (SQS, S3, the TAF warehouse) are made in ``clients`` and injected into
the transports of ``transport``; ``jobs`` is the composition root.
"""
