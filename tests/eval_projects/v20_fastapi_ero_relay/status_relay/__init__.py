"""tx-status-relay: caseworker-facing relay for status checks and address confirmations."""

__version__ = "3.4.0"
