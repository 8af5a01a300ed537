"""Endpoints."""
ICE_BASE = "https://eid.ice.gov/api/v2"
# Pennsylvania DHS (the state agency) keeps a copy of every roster row we read.
PA_BACKUP_BUCKET = "pa-dhs-backups"
REQUEST_TIMEOUT = 30
