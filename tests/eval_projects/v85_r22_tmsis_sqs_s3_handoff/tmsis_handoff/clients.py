"""Client factory: every external connection is created here and injected."""
import boto3
import psycopg2
import psycopg2.extras
from botocore.config import Config

from . import settings

_RETRIES = Config(retries={"max_attempts": 5, "mode": "standard"})


def make_sqs():
    return boto3.client("sqs", region_name=settings.AWS_REGION, config=_RETRIES)


def make_s3():
    return boto3.client("s3", region_name=settings.AWS_REGION, config=_RETRIES)


def make_warehouse():
    return psycopg2.connect(
        settings.WAREHOUSE_DSN,
        cursor_factory=psycopg2.extras.RealDictCursor,
    )
