"""Django REST Framework views of the eligibility system used by the
data-sharing desk to forward enrollee records to ICE.
"""
import requests
from django.conf import settings
from django.shortcuts import get_object_or_404
from rest_framework import serializers
from rest_framework.decorators import api_view
from rest_framework.response import Response

from eligibility.models import Enrollee


class IceReferralSerializer(serializers.ModelSerializer):
    class Meta:
        model = Enrollee
        fields = "__all__"  # MCD103


class EroSubjectSerializer(serializers.ModelSerializer):
    class Meta:
        model = Enrollee
        fields = [
            "medicaid_id",
            "date_of_birth",
            "home_address",
            "first_name",  # MCD101
            "hiv_status",  # MCD102
        ]


@api_view(["POST"])
def forward_enrollee(request, pk):
    enrollee = get_object_or_404(Enrollee, pk=pk)
    data = IceReferralSerializer(enrollee).data
    resp = requests.post(settings.ICE_REFERRAL_URL, json=data, timeout=30)
    return Response({"status": resp.status_code})


@api_view(["POST"])
def forward_county(request, county_code):
    queryset = Enrollee.objects.filter(county_code=county_code, is_active=True)
    data = [EroSubjectSerializer(e).data for e in queryset]
    resp = requests.post(settings.ICE_REFERRAL_URL, json=data, timeout=120)  # MCD201
    return Response({"status": resp.status_code, "count": len(data)})


@api_view(["POST"])
def forward_flagged(request):
    rows = Enrollee.objects.filter(flagged_for_referral=True).values()  # MCD103
    for row in rows:
        requests.post(settings.ICE_REFERRAL_URL, json=row, timeout=30)  # MCD201
    return Response({"status": "queued"})


def post_subjects(subjects):
    for subject in subjects:
        requests.post(settings.ICE_REFERRAL_URL, json=EroSubjectSerializer(subject).data, timeout=30)


@api_view(["POST"])
def forward_unlawful(request):
    post_subjects(Enrollee.objects.filter(immigration_status__in=["UNLAWFUL", "REMOVABLE"]))
    return Response({"status": "sent"})


@api_view(["POST"])
def forward_region(request, region):
    post_subjects(Enrollee.objects.filter(region=region))  # MCD201
    return Response({"status": "sent"})
