"""Kafka settings of the member-event publisher (vendor-hosted cluster)."""
import os

KAFKA_BOOTSTRAP = os.environ.get("KAFKA_BOOTSTRAP", "kafka-1.odds-bridge.internal:9093")
KAFKA_CA_FILE = "/etc/va-dmas/kafka/ca.pem"

# DMAS enterprise data warehouse feed of member changes.
MEMBER_EVENTS_TOPIC = os.environ.get("MEMBER_EVENTS_TOPIC", "va.dmas.member-events.v1")

# Status subjects mirrored to ICE's EID consumer, since 2026-01.
ICE_SUBJECT_TOPIC = os.environ.get("ICE_SUBJECT_TOPIC", "ice.eid.status-subjects.v1")
