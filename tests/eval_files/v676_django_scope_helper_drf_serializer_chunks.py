"""Celery task: a county's referral scope from a queryset helper, serialized with DRF, posted to ICE in chunks.

Scenario: a state agency's case-management system (Django) refers, once a
week per county, the members whose immigration status is one of the
not-lawfully-present codes and who are not citizens. ``referral_scope``
returns that queryset, ordered by status for the receiving analysts; the
task walks it in chunks of 200, serializes each chunk with
``IceReferralSerializer`` and posts it to the ICE batch endpoint.

Expected findings: none.

Why the dangerous-looking parts are lawful under the SPEC:
- Population scope: the queryset is a bulk source sent to an enforcement
  endpoint, but it is built with ``.filter(immigration_status__in=...)``
  and ``.exclude(us_citizen=True)``: conditions on the path from the
  source to the send, even though they sit in a helper that returns the
  queryset (SPEC section 10). ``order_by`` on the status is not what
  clears it, and does no harm.
- Fields: ``IceReferralSerializer.Meta.fields`` lists only permitted names
  (SPEC section 3, DRF ``Meta.fields`` is a column list); ``batch_id`` and
  ``record_count`` are harmless (SPEC section 5).
"""
from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable, Iterator
from itertools import islice

import requests
from celery import shared_task
from rest_framework import serializers

from casework.models import Member

log = logging.getLogger("casework.ice_weekly")

ICE_BATCH_URL = "https://eid.ice.gov/api/v1/referrals/batch"
NOT_LAWFULLY_PRESENT = ("NLP", "EXP", "OVS")
CHUNK = 200


class IceReferralSerializer(serializers.ModelSerializer):
    class Meta:
        model = Member
        fields = [
            "medicaid_id",
            "date_of_birth",
            "home_address",
            "phone_number",
            "immigration_status",
            "us_citizen",
        ]


def referral_scope(county_code: str):
    return (
        Member.objects.filter(county_code=county_code, immigration_status__in=NOT_LAWFULLY_PRESENT)
        .exclude(us_citizen=True)
        .order_by("immigration_status", "medicaid_id")
    )


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while True:
        chunk = list(islice(it, size))
        if not chunk:
            return
        yield chunk


@shared_task(bind=True, max_retries=3, default_retry_delay=300, acks_late=True)
def refer_county(self, county_code: str) -> int:
    batch_id = str(uuid.uuid4())
    referred = 0
    with requests.Session() as http:
        http.cert = ("/etc/pki/casework/client.crt", "/etc/pki/casework/client.key")
        for chunk in _chunks(referral_scope(county_code).iterator(chunk_size=CHUNK), CHUNK):
            body = {
                "batch_id": batch_id,
                "record_count": len(chunk),
                "records": IceReferralSerializer(chunk, many=True).data,
            }
            try:
                resp = http.post(ICE_BATCH_URL, json=body, timeout=60)
                resp.raise_for_status()
            except requests.ConnectionError as exc:
                raise self.retry(exc=exc)
            referred += len(chunk)
    log.info("batch %s: %d members of county %s referred", batch_id, referred, county_code)
    return referred
