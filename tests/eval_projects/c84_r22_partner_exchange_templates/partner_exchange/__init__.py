"""Partner exchange for an Illinois Medicaid vendor (lawful variant).

Exporters follow a template method (``base``); the enforcement referral sends
only the six permitted categories about people whose status was tested.
"""
