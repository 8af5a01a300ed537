"""AWS and HTTPS transports for the T-MSIS pipeline."""
import boto3
import requests

from .settings import AWS_REGION, CMS_TMSIS_SUBMIT_URL, PA_DHS_EXPORT_BUCKET

_s3 = boto3.client("s3", region_name=AWS_REGION)
_sqs = boto3.client("sqs", region_name=AWS_REGION)


class QueuePublisher:
    """Base SQS publisher; subclasses set queue_url."""

    queue_url = ""

    def publish(self, body: str) -> str:
        resp = _sqs.send_message(QueueUrl=self.queue_url, MessageBody=body)
        return resp["MessageId"]


def put_export(key: str, body: bytes) -> None:
    _s3.put_object(
        Bucket=PA_DHS_EXPORT_BUCKET,
        Key=key,
        Body=body,
        ServerSideEncryption="aws:kms",
    )


def submit_to_cms(ndjson: bytes) -> int:
    resp = requests.post(
        CMS_TMSIS_SUBMIT_URL,
        data=ndjson,
        headers={"Content-Type": "application/x-ndjson"},
        timeout=120,
    )
    resp.raise_for_status()
    return resp.status_code
