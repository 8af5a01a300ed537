# review 27: expected clean (both instances are configured with the state's own bucket; the class default is not used)
import json
from dataclasses import dataclass

import boto3


@dataclass(frozen=True)
class Delivery:
    bucket: str = "ice-liaison-monthly"
    prefix: str = "out/"


DELIVERY = Delivery(bucket="dhcs-eligibility-archive")
settings = Delivery("dhcs-eligibility-archive")


def archive(m):
    boto3.client("s3").put_object(Bucket=DELIVERY.bucket, Key="k.json",
                                  Body=json.dumps({"cin": m.cin, "race": m.race}))


def archive2(m):
    boto3.client("s3").put_object(Bucket=settings.bucket, Key="k.json",
                                  Body=json.dumps({"cin": m.cin, "race": m.race}))
