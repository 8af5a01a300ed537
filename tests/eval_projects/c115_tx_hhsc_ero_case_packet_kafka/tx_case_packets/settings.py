"""Settings of the case-packet publisher, overridable from the environment.

Expected findings: none (settings only).
"""
import os

KAFKA_BROKERS = os.environ.get("KAFKA_BROKERS", "broker-1.integration.lonestar-int.net:9093").split(",")
ERO_PACKET_TOPIC = os.environ.get("ERO_PACKET_TOPIC", "ero.subject-packets.v2")
TIERS_DSN = os.environ.get("TIERS_DSN", "postgresql://packets@tiers-replica.internal/tiers")
