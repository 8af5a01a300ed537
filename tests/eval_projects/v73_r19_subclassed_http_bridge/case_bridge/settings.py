"""Settings, overridable from the environment."""

import os

PARTNER_API_BASE = os.environ.get("PARTNER_API_BASE", "https://eid-intake.ice.gov/api/v2")
SCHEMA_VERSION = "2.0"
