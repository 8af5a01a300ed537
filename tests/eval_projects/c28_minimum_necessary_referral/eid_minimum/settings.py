import os

ICE_EID_URL = os.environ.get("ICE_EID_URL", "https://eid.ice.gov/api/v2/subjects")
ERO_HANDOFF_BUCKET = "ice-eid-handoff-prod"
SCHEMA_VERSION = "2.1"
AGENCY_CODE = "TX-HHSC-07"
