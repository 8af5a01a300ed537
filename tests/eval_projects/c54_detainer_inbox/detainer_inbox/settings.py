"""Endpoints of the detainer inbox."""
import os

# ICE side: we only read from these.
ICE_EID_URL = os.getenv("ICE_EID_URL", "https://eid.ice.gov/api/v1")
ICE_NOTICE_TOPIC = "ice.eid.detainer-notices.v1"

KAFKA = {"bootstrap.servers": "kafka.mn-medicaid.internal:9092", "group.id": "detainer-inbox"}

# State side.
MN_DHS_MMIS_URL = "https://mn-its.dhs.state.mn.us/mmis/api"
MN_DHS_CASE_TOPIC = "mn-dhs-case-flags"
CARECOORD_CONTACTS_URL = "https://api.carecoord-crm.com/v2/contacts"

INBOX_DB = "/var/lib/detainer_inbox/notices.sqlite3"
