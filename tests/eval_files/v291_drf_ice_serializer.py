"""Referral submission endpoint for the integrity case-management app.

A reviewer presses "Refer" on an enrollee's page; the view serialises that
enrollee and forwards the referral to the federal intake API.
"""
import logging

import requests
from django.conf import settings
from django.shortcuts import get_object_or_404
from rest_framework import serializers, status
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from cases.models import Enrollee
from cases.permissions import IsIntegritySupervisor

log = logging.getLogger(__name__)

REFERRAL_TIMEOUT = (5, 30)


class IceReferralSerializer(serializers.ModelSerializer):
    class Meta:
        model = Enrollee
        fields = (
            "medicaid_id",
            "birth_date",
            "citizenship_status",
            "home_address",
            "first_name",  # MCD101
            "last_name",  # MCD101
            "ssn",  # MCD101
            "aid_code",  # MCD101
        )


class ReferralSubmitView(APIView):
    permission_classes = [IsAuthenticated, IsIntegritySupervisor]

    def post(self, request, pk: int):
        enrollee = get_object_or_404(Enrollee, pk=pk)
        data = IceReferralSerializer(enrollee).data
        try:
            resp = requests.post(
                settings.ICE_REFERRAL_URL,
                json=data,
                timeout=REFERRAL_TIMEOUT,
            )
        except requests.RequestException:
            log.exception("referral for enrollee %s failed", pk)
            return Response({"detail": "intake unavailable"}, status=status.HTTP_502_BAD_GATEWAY)

        if not resp.ok:
            return Response({"detail": resp.text[:500]}, status=status.HTTP_400_BAD_REQUEST)
        log.info("enrollee %s referred by %s", pk, request.user.username)
        return Response({"referral": resp.json().get("referral_number")}, status=status.HTTP_201_CREATED)
