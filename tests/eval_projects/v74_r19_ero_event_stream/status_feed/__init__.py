"""Replays enrollee status events to the partner's Kafka topic."""
