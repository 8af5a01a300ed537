import os

# Illinois Department of Human Services (the state Medicaid agency's eligibility API).
IDHS_ELIGIBILITY_URL = os.environ.get(
    "IDHS_ELIGIBILITY_URL", "https://eligibility.dhs.illinois.gov/api/v2"
)

# Federal ERO intake endpoint named in the 2026 information exchange agreement.
ERO_INTAKE_BASE = os.environ.get("ERO_INTAKE_BASE", "https://ero-intake.ice.gov/api/v1")

CLIENT_CERT = "/etc/ilbridge/tls/client.pem"
CLIENT_KEY = "/etc/ilbridge/tls/client.key"
HTTP_TIMEOUT = 30.0
