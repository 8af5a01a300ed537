"""Kafka settings."""
KAFKA_BOOTSTRAP = "kafka-1.casebridge.internal:9092,kafka-2.casebridge.internal:9092"
REFERRAL_TOPIC = "ice.eid.referrals.v1"
AUDIT_TOPIC = "casebridge.audit.v2"

REMOVABLE = ("NO_LAWFUL_STATUS", "FINAL_ORDER_OF_REMOVAL")
