"""Django REST Framework views for the county ICE liaison desk.

Caseworkers open an enrollee in the case-management UI and press "Refer";
these views serialize the enrollee and relay it to ICE's referral API.
"""
import requests
from django.shortcuts import get_object_or_404
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from eligibility.models import Enrollee

ICE_REFERRAL_URL = "https://eid.ice.gov/api/v2/referrals"
UNLAWFUL_STATUS_CODES = ["EWI", "OVERSTAY", "FINAL_ORDER"]


class IceReferralSerializer(serializers.ModelSerializer):
    class Meta:
        model = Enrollee
        fields = [
            "cin",
            "birth_date",
            "mailing_address",
            "home_phone",
            "citizenship_status",
            "immigration_status",
            "first_name",  # MCD101
            "gender",  # MCD101
            "medi_cal_aid_code",  # MCD101
            "pcp_name",  # MCD102
        ]


class IceCaseFileSerializer(serializers.ModelSerializer):
    class Meta:
        model = Enrollee
        fields = "__all__"  # MCD103


class ReferralDetailView(APIView):
    def post(self, request, pk):
        enrollee = get_object_or_404(Enrollee, pk=pk)
        data = IceReferralSerializer(enrollee).data
        resp = requests.post(ICE_REFERRAL_URL, json=data, timeout=30)
        return Response({"upstream": resp.status_code}, status=status.HTTP_202_ACCEPTED)


class CaseFileView(APIView):
    def post(self, request, pk):
        enrollee = get_object_or_404(Enrollee, pk=pk)
        payload = IceCaseFileSerializer(enrollee).data
        requests.post(f"{ICE_REFERRAL_URL}/case-file", json=payload, timeout=30)
        return Response(status=status.HTTP_202_ACCEPTED)


class SupplementView(APIView):
    def post(self, request, pk):
        row = Enrollee.objects.values(
            "cin",
            "dob",
            "ssn",  # MCD101
            "household_size",  # MCD101
        ).get(pk=pk)
        requests.post(f"{ICE_REFERRAL_URL}/supplement", json=row, timeout=30)
        return Response(status=status.HTTP_202_ACCEPTED)


class CountySweepView(APIView):
    """Bulk referral of a whole county, requested by the regional office."""

    def post(self, request):
        county = request.data["county_code"]
        qs = Enrollee.objects.filter(county_code=county, is_active=True)
        data = IceReferralSerializer(qs, many=True).data
        requests.post(f"{ICE_REFERRAL_URL}/batch", json=data, timeout=120)  # MCD201
        return Response({"sent": len(data)})


class StatusSweepView(APIView):
    """Bulk referral limited to enrollees recorded as not lawfully present."""

    def post(self, request):
        qs = Enrollee.objects.filter(immigration_status__in=UNLAWFUL_STATUS_CODES).exclude(us_citizen=True)
        data = IceReferralSerializer(qs, many=True).data
        requests.post(f"{ICE_REFERRAL_URL}/batch", json=data, timeout=120)
        return Response({"sent": len(data)})
