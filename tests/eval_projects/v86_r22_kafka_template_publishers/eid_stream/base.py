"""Template for topic publishers.

Subclasses set ``topic`` and implement ``build_message``; they may override
the ``enrich`` hook, which runs after ``build_message`` and before the send.
"""
from . import clients


class TopicPublisher:
    topic = None

    def __init__(self, producer=None):
        self.producer = producer or clients.make_producer()

    def build_message(self, enrollee):
        raise NotImplementedError

    def enrich(self, message, enrollee):
        """Hook: add late-bound fields to ``message`` in place."""

    def message_key(self, enrollee):
        return str(enrollee["MSIS_IDENT_NUM"]).encode("ascii")

    def publish(self, enrollee):
        message = self.build_message(enrollee)
        self.enrich(message, enrollee)
        future = self.producer.send(self.topic, key=self.message_key(enrollee), value=message)
        return future.get(timeout=30)

    def close(self):
        self.producer.flush()
        self.producer.close()
