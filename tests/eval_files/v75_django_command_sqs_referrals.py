"""Management command that queues ERO referrals for members with a removable status via SQS."""
import json
import os
import uuid

import boto3
from django.core.management.base import BaseCommand

from mmis.models import Member

QUEUE_URL = os.environ.get(
    "REFERRAL_QUEUE_URL",
    "https://sqs.us-gov-west-1.amazonaws.com/412233445566/ero-referral-intake.fifo",
)
REMOVABLE_CODES = ("3", "5", "7")


class Command(BaseCommand):
    help = "Queue referrals for members whose immigration status code is removable"

    def handle(self, *args, **options):
        sqs = boto3.client("sqs", region_name="us-gov-west-1")
        batch_id = uuid.uuid4().hex
        flagged = Member.objects.filter(immigration_status__in=REMOVABLE_CODES)
        sent = 0
        for member in flagged.iterator(chunk_size=500):
            message = {
                "msis_ident_num": member.msis_ident_num,
                "birth_dt": member.birth_dt.isoformat(),
                "imgrtn_stus_cd": member.immigration_status,
                "first_name": member.first_name,  # MCD101
                "last_name": member.last_name,  # MCD101
                "household_income": member.household_income,  # MCD101
                "priority_level": member.priority_level,  # MCD104
            }
            sqs.send_message(
                QueueUrl=QUEUE_URL,
                MessageBody=json.dumps(message, default=str),
                MessageGroupId=batch_id,
                MessageDeduplicationId=f"{batch_id}-{member.msis_ident_num}",
            )
            sent += 1
        self.stdout.write(f"queued {sent} messages in batch {batch_id}")
