"""Kafka publishers for enrollee events (template method: base + subclasses)."""
