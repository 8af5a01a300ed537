"""Django signal handler that streams a newly flagged member to the ERO subject stream on Kinesis."""
import json
import os

import boto3
from django.db.models.signals import post_save
from django.dispatch import receiver

from mmis.models import ReferralFlag

STREAM_NAME = os.environ.get("ERO_SUBJECT_STREAM", "eid-subject-events")

kinesis = boto3.client("kinesis", region_name="us-gov-west-1")


@receiver(post_save, sender=ReferralFlag)
def stream_flagged_member(sender, instance, created, **kwargs):
    if not created:
        return
    member = instance.member
    event = {
        "cin": member.cin,
        "birth_date": member.birth_date.isoformat(),
        "mobile": member.mobile_phone,
        "immigration_status": member.immigration_status,
        "primary_language": member.primary_language,  # MCD101
    }
    kinesis.put_record(
        StreamName=STREAM_NAME,
        Data=json.dumps(event).encode("utf-8"),
        PartitionKey=member.ssn,  # MCD101
    )
