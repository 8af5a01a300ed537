"""Django REST Framework views of a county eligibility system: one sends an
ICE referral, the other syncs the full member record to the state portal.

Scenario: ``IceReferralSerializer`` (named for enforcement) lists its
fields in ``Meta.fields``; the referral view serializes one member chosen
by primary key, or a management action serializes the members whose
immigration status is an unlawful-presence status, and posts to the ICE
referral URL from Django settings.  ``MemberPortalSerializer`` uses
``fields = "__all__"`` and posts to the state Medi-Cal portal.

Expected findings: none.
- SPEC section 3: ``Meta.fields`` names are placements, and all are
  permitted (medicaid_id, date_of_birth, immigration_status,
  citizenship_status, mailing_address, phone_number).
- SPEC section 10: the single-member view is not bulk; the bulk action's
  queryset is ``.filter(immigration_status__in=...)``: a condition on
  status, so no MCD201.
- SPEC sections 3 and 4: ``fields = "__all__"`` (MCD103) is a finding only
  when it reaches an enforcement endpoint; MemberPortalSerializer's data
  goes only to portal.dhcs.ca.gov (``ca.gov``, non-enforcement) and it is
  not named for enforcement.
"""
from __future__ import annotations

import logging

import requests
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.shortcuts import get_object_or_404
from rest_framework import serializers, status
from rest_framework.decorators import api_view, permission_classes
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from eligibility.models import Member, ReferralLog

log = logging.getLogger(__name__)

STATE_PORTAL_URL = "https://portal.dhcs.ca.gov/api/v1/members"
UNLAWFUL_PRESENCE_STATUSES = ("UNLAWFUL", "EWI", "VISA_OVERSTAY")
BATCH_SIZE = 500


class IceReferralSerializer(serializers.ModelSerializer):
    class Meta:
        model = Member
        fields = [
            "medicaid_id",
            "date_of_birth",
            "immigration_status",
            "citizenship_status",
            "mailing_address",
            "phone_number",
        ]
        read_only_fields = fields


class MemberPortalSerializer(serializers.ModelSerializer):
    class Meta:
        model = Member
        fields = "__all__"


def _post_json(url: str, data, timeout: int = 30) -> requests.Response:
    resp = requests.post(
        url,
        data=DjangoJSONEncoder().encode(data),
        headers={"Content-Type": "application/json"},
        timeout=timeout,
        cert=settings.OUTBOUND_CLIENT_CERT,
    )
    resp.raise_for_status()
    return resp


@api_view(["POST"])
@permission_classes([IsAuthenticated])
def refer_member(request, pk: int):
    member = get_object_or_404(Member, pk=pk)
    if member.immigration_status not in UNLAWFUL_PRESENCE_STATUSES:
        return Response({"detail": "member is not in referral scope"}, status=status.HTTP_409_CONFLICT)
    try:
        resp = _post_json(settings.ICE_REFERRAL_URL, IceReferralSerializer(member).data)
    except requests.RequestException as exc:
        log.exception("ICE referral failed for member %s", pk)
        return Response({"detail": str(exc)}, status=status.HTTP_502_BAD_GATEWAY)
    ReferralLog.objects.create(member=member, receipt=resp.json().get("receipt"), created_by=request.user)
    return Response({"receipt": resp.json().get("receipt")}, status=status.HTTP_201_CREATED)


@api_view(["POST"])
@permission_classes([IsAuthenticated])
def refer_county_backlog(request, county_code: str):
    qs = (
        Member.objects.filter(county_code=county_code)
        .filter(immigration_status__in=UNLAWFUL_PRESENCE_STATUSES)
        .order_by("medicaid_id")
    )
    batch, sent = [], 0
    for member in qs.iterator(chunk_size=BATCH_SIZE):
        batch.append(IceReferralSerializer(member).data)
        if len(batch) == BATCH_SIZE:
            _post_json(settings.ICE_REFERRAL_BULK_URL, batch, timeout=120)
            sent += len(batch)
            batch = []
    if batch:
        _post_json(settings.ICE_REFERRAL_BULK_URL, batch, timeout=120)
        sent += len(batch)
    return Response({"sent": sent})


@api_view(["POST"])
@permission_classes([IsAuthenticated])
def sync_to_state_portal(request, pk: int):
    member = get_object_or_404(Member, pk=pk)
    with transaction.atomic():
        _post_json(STATE_PORTAL_URL, MemberPortalSerializer(member).data)
        member.portal_synced = True
        member.save(update_fields=["portal_synced"])
    return Response(status=status.HTTP_204_NO_CONTENT)
