"""DRF endpoints caseworkers use to refer an enrollee to ICE and to send a case file to DHS.

- IceReferralSerializer is named for enforcement (§4); Meta.fields is a column list (§3): "ssn"
  -> MCD101 and "diagnosis_codes" -> MCD102, each at its own line; the other names are permitted (§1).
- DhsCaseFileSerializer declares fields = "__all__" and its .data goes to settings.DHS_CASE_FILE_URL
  (name signal `dhs`, §4) -> MCD103 at that declaration (§3).
- EnrolleeSyncSerializer also uses "__all__" but only goes to settings.MMIS_SYNC_URL, which has no
  enforcement signal: clean (§4, §8).
"""
import logging

import requests
from django.conf import settings
from django.shortcuts import get_object_or_404
from rest_framework import serializers, status
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from enrollment.models import Enrollee

log = logging.getLogger(__name__)


class IceReferralSerializer(serializers.ModelSerializer):
    class Meta:
        model = Enrollee
        fields = [
            "medicaid_id",
            "date_of_birth",
            "home_address",
            "phone_number",
            "ssn",  # MCD101
            "diagnosis_codes",  # MCD102
        ]


class DhsCaseFileSerializer(serializers.ModelSerializer):
    class Meta:
        model = Enrollee
        fields = "__all__"  # MCD103


class EnrolleeSyncSerializer(serializers.ModelSerializer):
    class Meta:
        model = Enrollee
        fields = "__all__"


def _post(url, data):
    resp = requests.post(url, json=data, timeout=15)
    resp.raise_for_status()
    return resp.json()


class IceReferralView(APIView):
    permission_classes = [IsAuthenticated]

    def post(self, request, pk):
        enrollee = get_object_or_404(Enrollee, pk=pk)
        data = IceReferralSerializer(enrollee).data
        try:
            result = requests.post(settings.ICE_EID_REFERRAL_URL, json=data, timeout=15)
            result.raise_for_status()
        except requests.RequestException:
            log.exception("EID referral failed for enrollee %s", pk)
            return Response({"detail": "EID unavailable"}, status=status.HTTP_502_BAD_GATEWAY)
        return Response({"referral_id": result.json().get("referral_id")}, status=status.HTTP_201_CREATED)


class DhsCaseFileView(APIView):
    permission_classes = [IsAuthenticated]

    def post(self, request, pk):
        enrollee = get_object_or_404(Enrollee, pk=pk)
        payload = DhsCaseFileSerializer(enrollee).data
        try:
            result = requests.post(settings.DHS_CASE_FILE_URL, json=payload, timeout=15)
            result.raise_for_status()
        except requests.RequestException:
            log.exception("case file transfer failed for enrollee %s", pk)
            return Response({"detail": "transfer failed"}, status=status.HTTP_502_BAD_GATEWAY)
        return Response(status=status.HTTP_204_NO_CONTENT)


class EnrolleeSyncView(APIView):
    permission_classes = [IsAuthenticated]

    def post(self, request, pk):
        enrollee = get_object_or_404(Enrollee, pk=pk)
        body = _post(settings.MMIS_SYNC_URL, EnrolleeSyncSerializer(enrollee).data)
        return Response(body, status=status.HTTP_200_OK)
