"""DRF views that forward serializer output to ICE (violating).

Scenario: the eligibility portal exposes two internal "refer" actions for
caseworkers: one forwards a member, one forwards a household summary.
Both reuse DRF serializers; the member serializer was declared with
``fields = "__all__"``, and the household summary lists household
details.

Destination: ``ICE_SUBJECT_URL`` and ``ICE_HOUSEHOLD_URL`` resolve to
``eid.ice.gov`` (SPEC §4).  Each action forwards one object looked up by
its key (``get_object_or_404``): no MCD201 (SPEC §10 "Not bulk").

Expected findings:
- ``IceMemberSerializer.Meta.fields = "__all__"``: every field of the
  record -> MCD103 at that declaration (SPEC §3).
- ``HouseholdSummarySerializer.Meta.fields`` is a column list whose names
  are placements at their own lines (SPEC §3): ``case_number`` -> MCD101
  (household case number), ``household_size`` -> MCD101,
  ``household_income`` -> MCD101.  ``mailing_address`` and
  ``county_code`` are permitted.
Not findings: the DRF ``Response`` bodies go back to the caseworker, not
to a sink.
"""
import requests
from django.shortcuts import get_object_or_404
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from eligibility.models import Household, Member

ICE_SUBJECT_URL = "https://eid.ice.gov/api/v1/subjects"
ICE_HOUSEHOLD_URL = "https://eid.ice.gov/api/v1/households"


class IceMemberSerializer(serializers.ModelSerializer):
    class Meta:
        model = Member
        fields = "__all__"  # MCD103


class HouseholdSummarySerializer(serializers.ModelSerializer):
    class Meta:
        model = Household
        fields = [
            "case_number",  # MCD101
            "household_size",  # MCD101
            "household_income",  # MCD101
            "mailing_address",
            "county_code",
        ]


class MemberReferralView(APIView):
    def post(self, request, cin: str):
        member = get_object_or_404(Member, cin=cin)
        data = IceMemberSerializer(member).data
        resp = requests.post(ICE_SUBJECT_URL, json=data, timeout=30)
        if not resp.ok:
            return Response({"detail": "ICE rejected the referral"}, status=status.HTTP_502_BAD_GATEWAY)
        return Response({"status": "referred"}, status=status.HTTP_202_ACCEPTED)


class HouseholdReferralView(APIView):
    def post(self, request, pk: int):
        household = get_object_or_404(Household, pk=pk)
        payload = HouseholdSummarySerializer(household).data
        resp = requests.post(ICE_HOUSEHOLD_URL, json=payload, timeout=30)
        return Response({"status": resp.status_code}, status=status.HTTP_202_ACCEPTED)
