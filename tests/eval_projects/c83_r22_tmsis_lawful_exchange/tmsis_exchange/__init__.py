"""T-MSIS exchange jobs for a state Medicaid agency (lawful variant).

Same architecture as a typical vendor hand-off: a client factory, SQL in its
own module, injected transports, and a composition root (``jobs``).
"""
