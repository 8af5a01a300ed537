"""FHIR bridge."""
