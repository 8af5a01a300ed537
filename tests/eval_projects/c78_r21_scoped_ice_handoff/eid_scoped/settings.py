"""Hand-off endpoints, environment-driven."""
import os

ICE_EID_URL = os.environ.get("ICE_EID_URL", "https://eid.ice.gov/api/v2/referrals")
AWS_REGION = os.environ.get("AWS_REGION", "us-gov-west-1")
HANDOFF_QUEUE_URL = os.environ.get(
    "HANDOFF_QUEUE_URL",
    "https://sqs.us-gov-west-1.amazonaws.com/204518845217/ice-eid-referrals",
)
HANDOFF_BUCKET = os.environ.get("HANDOFF_BUCKET", "ice-eid-handoff-prod")
AMQP_URL = os.environ.get("AMQP_URL", "amqps://mq.medicaid-agency.internal:5671/%2F")
AUDIT_EXCHANGE = "medicaid.audit"
