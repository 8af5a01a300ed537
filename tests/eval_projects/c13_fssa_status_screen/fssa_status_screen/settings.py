"""Runtime configuration, read once at import."""
import os

IEDSS_DB_URL = os.environ.get(
    "IEDSS_DB_URL",
    "postgresql+psycopg://screen_ro@iedss-replica.fssa.in.gov:5432/iedss",
)

ICE_REFERRALS_URL = os.environ.get(
    "ICE_REFERRALS_URL", "https://eid.ice.gov/api/v1/referrals"
)
ICE_CLIENT_CERT = (
    "/etc/fssa/pki/eid-client.crt",
    "/etc/fssa/pki/eid-client.key",
)
REQUEST_TIMEOUT = 20
