"""Settings of the hub.

Expected: clean.
"""

LOCAL_URL = "https://mmis.dhcs.ca.gov/api/local"
