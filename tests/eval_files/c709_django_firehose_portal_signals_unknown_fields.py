"""Portal sign-in signals to an ICE Firehose stream: the enrollee's contact is permitted, the device fields are in no vocabulary.

Scenario: the vendor of a state's member self-service portal ships "identity
signals" for enrollees already flagged as unlawfully present to a Kinesis
Data Firehose stream that ICE's analytics account reads. A generator walks
recent login events, skips members whose immigration status is not an
unlawful-presence code, and yields small records; ``islice`` cuts them into
batches of 500 for ``put_record_batch``.

Expected findings: (SPEC section 3 MCD104, "the order is an allow-list:
unknown is not permitted"):
- line 60: MCD104 'device_type' (not in the vocabulary, not harmless);
- line 61: MCD104 'login_channel' (likewise).
Destination: ``SignalShipper.stream`` is the class constant
``ice-eid-portal-signals`` (``ice`` token, SPEC section 4). ``device`` does
not match ``ice`` (SPEC section 4).

Not findings: Medicaid ID and phone are permitted. No MCD201: the queryset
is a bulk source, but the generator's ``continue`` on
``member.immigration_status`` decides which records are yielded, and
``islice`` passes the names on (SPEC sections 6 and 10).
"""
from __future__ import annotations

import json
import logging
from datetime import timedelta
from itertools import islice

import boto3
from django.utils import timezone

from portal.models import LoginEvent

log = logging.getLogger("portal.signals")

UNLAWFUL_STATUSES = frozenset({"EWI", "OVERSTAY", "FINAL_ORDER"})


class SignalShipper:
    stream = "ice-eid-portal-signals"
    batch_size = 500

    def __init__(self, region: str = "us-gov-west-1"):
        self.firehose = boto3.client("firehose", region_name=region)

    def records(self, since):
        events = (
            LoginEvent.objects.filter(created_at__gte=since, succeeded=True)
            .select_related("member")
            .order_by("created_at")
        )
        for event in events.iterator(chunk_size=2000):
            member = event.member
            if member.immigration_status not in UNLAWFUL_STATUSES:
                continue
            yield {
                "medicaid_id": member.medicaid_id,
                "phone": member.phone_number,
                "device_type": event.device_type,  # MCD104
                "login_channel": event.login_channel,  # MCD104
            }

    def ship(self, hours: int = 24) -> int:
        since = timezone.now() - timedelta(hours=hours)
        it = self.records(since)
        shipped = 0
        while True:
            chunk = list(islice(it, self.batch_size))
            if not chunk:
                break
            resp = self.firehose.put_record_batch(
                DeliveryStreamName=self.stream,
                Records=[{"Data": (json.dumps(r) + "\n").encode("utf-8")} for r in chunk],
            )
            if resp.get("FailedPutCount"):
                log.warning("%d signal records failed", resp["FailedPutCount"])
            shipped += len(chunk)
        return shipped
