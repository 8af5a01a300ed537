"""Kinesis publisher for the ERO subject stream.

Scenario:
    A thin client that puts whatever record it is given on the ERO stream.
    A client that posts its parameter to an enforcement destination is clean
    by itself (SPEC section 3).

Expected findings:
    none
"""
import json

import boto3

from .settings import AWS_REGION, ERO_SUBJECT_STREAM


class EroStreamPublisher:
    def __init__(self) -> None:
        self._kinesis = boto3.client("kinesis", region_name=AWS_REGION)

    def publish(self, record: dict, partition_key: str) -> str:
        resp = self._kinesis.put_record(
            StreamName=ERO_SUBJECT_STREAM,
            Data=json.dumps(record).encode("utf-8"),
            PartitionKey=partition_key,
        )
        return resp["SequenceNumber"]
