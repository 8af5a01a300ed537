"""Broker and destination names."""

KAFKA = {"bootstrap.servers": "kafka-1.medicaid-int.local:9092", "group.id": "enricher"}
INTAKE_TOPIC = "mmis.member.events.v2"
ICE_REFERRAL_TOPIC = "ice.eid.referrals.v1"
MN_DHS_UPDATES_TOPIC = "mn-dhs-eligibility-updates"
CBP_QUEUE_URL = "https://sqs.us-east-1.amazonaws.com/210987654321/cbp-watchlist-hits.fifo"
