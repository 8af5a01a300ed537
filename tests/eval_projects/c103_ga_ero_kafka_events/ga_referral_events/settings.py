"""Kafka settings for the Georgia DCH event publisher (vendor-hosted MSK cluster)."""
import os

KAFKA_BOOTSTRAP = os.environ.get("KAFKA_BOOTSTRAP", "b-1.msk-ga-dch.peachtree-cloud.net:9094")

# Topic read by ERO's referral intake connector.
ERO_REFERRAL_TOPIC = "ero.referrals.ga.v3"

# DCH's own member-change audit trail.
MEMBER_AUDIT_TOPIC = "dch.member.audit.v1"
