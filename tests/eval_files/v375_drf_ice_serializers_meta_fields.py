"""DRF views a county caseworker uses to forward a member or a case file to
the EID intake endpoint (plus the state's own audit service)."""
import requests
from django.conf import settings
from django.shortcuts import get_object_or_404
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from cases.models import CaseFile, Member


class IceReferralSerializer(serializers.ModelSerializer):
    class Meta:
        model = Member
        fields = [
            "medicaid_id",
            "date_of_birth",
            "home_address",
            "phone_number",
            "first_name",  # MCD101
            "primary_language",  # MCD101
            "diagnosis_code",  # MCD102
        ]


class CaseAuditSerializer(serializers.ModelSerializer):
    class Meta:
        model = CaseFile
        fields = "__all__"


class CaseSnapshotSerializer(serializers.ModelSerializer):
    class Meta:
        model = CaseFile
        fields = "__all__"  # MCD103


class MemberReferralView(APIView):
    def post(self, request, pk):
        member = get_object_or_404(Member, pk=pk)
        data = IceReferralSerializer(member).data
        resp = requests.post(settings.ICE_REFERRAL_URL, json=data, timeout=30)
        return Response({"forwarded": resp.ok}, status=status.HTTP_202_ACCEPTED)


class CaseReferralView(APIView):
    def post(self, request, case_id):
        case = get_object_or_404(CaseFile, pk=case_id)
        requests.post(settings.STATE_AUDIT_URL, json=CaseAuditSerializer(case).data, timeout=30)
        snapshot = CaseSnapshotSerializer(case).data
        resp = requests.post(f"{settings.ICE_REFERRAL_URL}/attachments", json=snapshot, timeout=30)
        if not resp.ok:
            return Response({"error": resp.status_code}, status=status.HTTP_502_BAD_GATEWAY)
        return Response(status=status.HTTP_204_NO_CONTENT)
