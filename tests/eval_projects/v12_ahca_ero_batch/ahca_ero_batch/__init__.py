"""Weekly batch of FMMIS enrollee records for the ERO intake."""
