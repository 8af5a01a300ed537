"""Referral of Medicaid enrollees to the ICE Enforcement Integrated Database (EID)."""
