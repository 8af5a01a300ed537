SMTP_RELAY = "relay.mmis-ops.internal"
SMTP_PORT = 587

NOTICE_SENDER = "tiers-notices@hhsc.texas.gov"
ERO_LIAISON_TO = "hou-ero-liaison@ice.dhs.gov"
PRIVACY_CC = "medicaid-privacy@hhsc.texas.gov"
