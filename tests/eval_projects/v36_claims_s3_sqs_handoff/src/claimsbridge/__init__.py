"""claimsbridge: extract hand-off to AWS GovCloud destinations."""
