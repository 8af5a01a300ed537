"""New Mexico HCA subject match requests to CBP (vendor package).

Expected findings: none.
"""

__version__ = "1.4.2"
