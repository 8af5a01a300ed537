"""S3 storage of casefile documents."""

import json

import boto3

from . import CASE_BUCKET

_s3 = boto3.client("s3", region_name="us-east-1")


def put_case(member_id, doc):
    _s3.put_object(
        Bucket=CASE_BUCKET,
        Key=f"casefiles/{member_id}.json",
        Body=json.dumps(doc).encode("utf-8"),
        ContentType="application/json",
    )
