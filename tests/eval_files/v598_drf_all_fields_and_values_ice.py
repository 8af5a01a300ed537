"""Django / DRF referral module of a county eligibility system that sends
whole member records and extra demographics to ICE.

Scenario: ``IceSubjectSerializer`` was scaffolded with
``fields = "__all__"`` against the ``Member`` model (imported from the app's
models module) and is used by the single-member referral view.  The nightly
backlog export selects ``.values(...)`` names that include sex and preferred
language, for members filtered on immigration status, and posts them in
batches of 500 to the ICE bulk endpoint from Django settings.

Expected findings (3):
- MCD103 at ``fields = "__all__"`` of IceSubjectSerializer (SPEC section 3:
  for ``fields = "__all__"`` the finding is at that declaration; the model
  is not declared in this module, so its fields are unknown).
- MCD101 at ``"sex"`` in ``.values(...)`` (SPEC section 3: ORM
  ``.values(...)`` is a column list, each name at its own line; sex).
- MCD101 at ``"preferred_language"`` in ``.values(...)`` (language).
No MCD201: the queryset is ``.filter(immigration_status__in=...)``
(SPEC section 10); the single-member view is not bulk.
Destination (SPEC section 4): ``settings.ICE_EID_REFERRAL_URL`` and
``settings.ICE_EID_BULK_URL`` carry the ``ice`` token.
"""
from __future__ import annotations

import json
import logging
import uuid

import requests
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.shortcuts import get_object_or_404
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from eligibility.models import Member

log = logging.getLogger(__name__)

UNLAWFUL_PRESENCE_STATUSES = ("UNLAWFUL", "EWI", "VISA_OVERSTAY")
BATCH_SIZE = 500
TIMEOUT = 60


class IceSubjectSerializer(serializers.ModelSerializer):
    class Meta:
        model = Member
        fields = "__all__"  # MCD103


class IceReferralView(APIView):
    def post(self, request, pk: int):
        member = get_object_or_404(Member, pk=pk)
        if member.immigration_status not in UNLAWFUL_PRESENCE_STATUSES:
            return Response({"detail": "out of scope"}, status=status.HTTP_409_CONFLICT)
        payload = IceSubjectSerializer(member).data
        try:
            resp = requests.post(
                settings.ICE_EID_REFERRAL_URL,
                data=json.dumps(payload, cls=DjangoJSONEncoder),
                headers={"Content-Type": "application/json"},
                timeout=TIMEOUT,
            )
            resp.raise_for_status()
        except requests.RequestException:
            log.exception("referral of member %s failed", pk)
            return Response(status=status.HTTP_502_BAD_GATEWAY)
        return Response({"receipt": resp.json().get("receipt")}, status=status.HTTP_201_CREATED)


def _send_batch(batch: list[dict]) -> str:
    batch_id = uuid.uuid4().hex
    resp = requests.post(
        settings.ICE_EID_BULK_URL,
        data=json.dumps({"batch_id": batch_id, "subjects": batch}, cls=DjangoJSONEncoder),
        headers={"Content-Type": "application/json"},
        timeout=TIMEOUT * 4,
    )
    if resp.status_code >= 400:
        log.error("bulk batch %s rejected: %s", batch_id, resp.text[:500])
        resp.raise_for_status()
    return batch_id


def export_backlog(county_code: str) -> int:
    qs = (
        Member.objects.filter(county_code=county_code, immigration_status__in=UNLAWFUL_PRESENCE_STATUSES)
        .exclude(referral_sent=True)
        .order_by("medicaid_id")
        .values(
            "medicaid_id",
            "date_of_birth",
            "immigration_status",
            "sex",  # MCD101
            "preferred_language",  # MCD101
        )
    )
    batch: list[dict] = []
    batch_no = sent = 0
    for row in qs.iterator(chunk_size=BATCH_SIZE):
        batch.append(row)
        if len(batch) == BATCH_SIZE:
            batch_no += 1
            _send_batch(batch)
            sent += len(batch)
            batch = []
    if batch:
        batch_no += 1
        _send_batch(batch)
        sent += len(batch)
    log.info("county %s: %d members in %d batches", county_code, sent, batch_no)
    return sent
