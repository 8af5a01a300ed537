"""Event jobs of a regional health information exchange."""
from .config import KAFKA_BOOTSTRAP, REFERRAL_TOPIC, SCHEMA_VERSION

__all__ = ["KAFKA_BOOTSTRAP", "REFERRAL_TOPIC", "SCHEMA_VERSION"]
