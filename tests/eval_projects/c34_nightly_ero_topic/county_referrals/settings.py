KAFKA_BOOTSTRAP = "kafka-bridge.internal.example.org:9093"
ERO_TOPIC = "ice.eid.referrals.v1"

SMTP_HOST = "smtp.internal.example.org"
SENDER_ADDRESS = "referrals@co.hennepin.mn.us"
ICE_LIAISON_EMAIL = "liaison@ice.dhs.gov"

MN_DHS_MFT_BUCKET = "mn-dhs-mft-drop"
