"""Transports. The AWS clients and destinations are injected by the caller."""
import json


class QueueSender:
    """Sends one JSON message per call to the queue it was built with."""

    def __init__(self, sqs, queue_url):
        self.sqs = sqs
        self.queue_url = queue_url

    def send(self, body):
        return self.sqs.send_message(
            QueueUrl=self.queue_url,
            MessageBody=json.dumps(body, default=str),
        )


class BucketWriter:
    """Writes JSON documents under a prefix of the bucket it was built with."""

    def __init__(self, s3, bucket, prefix=""):
        self.s3 = s3
        self.bucket = bucket
        self.prefix = prefix

    def write_json(self, key, records):
        payload = json.dumps(records, default=str).encode("utf-8")
        self.s3.put_object(
            Bucket=self.bucket,
            Key=self.prefix + key,
            Body=payload,
            ContentType="application/json",
            ServerSideEncryption="aws:kms",
        )
