"""Environment-driven settings for the event stream and the linked server."""
import os

KAFKA_BOOTSTRAP = os.environ.get("KAFKA_BOOTSTRAP", "kafka-1.hie.internal:9093")
REFERRAL_TOPIC = os.environ.get("REFERRAL_TOPIC", "ice.eid.referrals.v1")
INTAKE_PROC = "EXEC [EID_LINK].[eid].[dbo].[usp_intake_subject] ?, ?, ?, ?"
SCHEMA_VERSION = "2026-01"
