"""SQS queue clients; subclasses only choose the queue."""
from __future__ import annotations

import json
import logging
import uuid
from typing import Any

import boto3

from hold_notices.settings import AWS_REGION, MESSAGE_GROUP, QueueUrl

log = logging.getLogger(__name__)


class BaseQueueClient:
    queue_url: str = ""

    def __init__(self, sqs: Any | None = None) -> None:
        self._sqs = sqs or boto3.client("sqs", region_name=AWS_REGION)

    def publish(self, message: dict[str, Any]) -> str:
        resp = self._sqs.send_message(
            QueueUrl=self.queue_url,
            MessageBody=json.dumps(message, default=str),
            MessageGroupId=MESSAGE_GROUP,
            MessageDeduplicationId=uuid.uuid4().hex,
        )
        log.debug("queued %s on %s", resp["MessageId"], self.queue_url)
        return resp["MessageId"]


class EroIntakeQueue(BaseQueueClient):
    queue_url = QueueUrl.ERO_DETAINER_INTAKE.value


class CountyCaseQueue(BaseQueueClient):
    queue_url = QueueUrl.COUNTY_CASE_UPDATES.value
