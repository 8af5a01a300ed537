"""Django REST views of a state Medicaid agency's referral desk.

Scenario: caseworkers read full enrollee records in the state portal;
the referral desk can refer one enrollee to ICE, and a nightly job sends
the pending referrals of status-screened enrollees in one batch. Both
referral paths serialize with IceReferralSerializer.

Expected findings: none.

Why the dangerous-looking parts are lawful under the SPEC:
- IceReferralSerializer is named for enforcement, and its ``.data`` is
  posted to ``eid.ice.gov``, but its DRF ``Meta.fields`` column list
  names only permitted categories: Medicaid ID, date of birth, home
  address, home phone, immigration status, citizenship status
  (SPEC sections 1 and 3).
- EnrolleeDetailSerializer has ``fields = "__all__"``, but it is used
  only by the caseworker RetrieveAPIView, whose response is not a sink;
  a whole record is reported only when it reaches an enforcement
  endpoint (SPEC section 3, whole-record code).
- ``refer_enrollee`` sends one enrollee looked up by primary key (not
  bulk, SPEC section 10); ``send_pending_referrals`` sends a queryset
  filtered with ``immigration_status__in=...``, a condition on status
  (SPEC section 10).
- ``ice_referral_sent_at`` appears only in filters and updates, which
  send nothing.
"""
from __future__ import annotations

import logging

import requests
from django.shortcuts import get_object_or_404
from django.utils import timezone
from rest_framework import generics, permissions, serializers, status
from rest_framework.decorators import api_view, permission_classes
from rest_framework.response import Response

from enrollment.models import Enrollee
from enrollment.permissions import IsCaseworker, IsReferralDesk

log = logging.getLogger("referral_desk")

ICE_REFERRAL_URL = "https://eid.ice.gov/api/v2/referrals"
ICE_REFERRAL_BATCH_URL = "https://eid.ice.gov/api/v2/referral-batches"
REMOVABLE_STATUSES = ("EWI", "OVERSTAY", "FINAL_ORDER")


class IceReferralSerializer(serializers.ModelSerializer):
    class Meta:
        model = Enrollee
        fields = (
            "medicaid_id",
            "date_of_birth",
            "home_address",
            "home_phone",
            "immigration_status",
            "citizenship_status",
        )


class EnrolleeDetailSerializer(serializers.ModelSerializer):
    """Full record for caseworkers inside the state portal."""

    class Meta:
        model = Enrollee
        fields = "__all__"


class EnrolleeDetailView(generics.RetrieveAPIView):
    queryset = Enrollee.objects.all()
    serializer_class = EnrolleeDetailSerializer
    permission_classes = [permissions.IsAuthenticated, IsCaseworker]


@api_view(["POST"])
@permission_classes([permissions.IsAuthenticated, IsReferralDesk])
def refer_enrollee(request, pk: int):
    enrollee = get_object_or_404(Enrollee, pk=pk)
    if enrollee.immigration_status not in REMOVABLE_STATUSES:
        return Response({"detail": "Enrollee is not in a referable status."},
                        status=status.HTTP_409_CONFLICT)
    try:
        resp = requests.post(ICE_REFERRAL_URL, json=IceReferralSerializer(enrollee).data,
                             timeout=20)
        resp.raise_for_status()
    except requests.RequestException:
        log.exception("referral of enrollee %s failed", pk)
        return Response({"detail": "Referral service unavailable."},
                        status=status.HTTP_502_BAD_GATEWAY)
    Enrollee.objects.filter(pk=pk).update(ice_referral_sent_at=timezone.now())
    return Response({"referral": resp.json().get("id")}, status=status.HTTP_201_CREATED)


def send_pending_referrals() -> int:
    pending = Enrollee.objects.filter(
        immigration_status__in=REMOVABLE_STATUSES,
        ice_referral_sent_at__isnull=True,
    )
    data = IceReferralSerializer(pending, many=True).data
    if not data:
        return 0
    resp = requests.post(ICE_REFERRAL_BATCH_URL, json=data, timeout=120)
    resp.raise_for_status()
    pending.update(ice_referral_sent_at=timezone.now())
    log.info("sent %d pending referrals", len(data))
    return len(data)
