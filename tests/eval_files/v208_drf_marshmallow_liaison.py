"""Serializers and push helpers for the ERO liaison-desk integration.

The liaison desk at ICE asked the county for structured referral packets.
The DRF serializers below shape Enrollee and ClaimHeader rows; the
marshmallow schema is reused from the legacy notices service.
"""
import requests
from marshmallow import Schema, fields as ma_fields
from rest_framework import serializers

from eligibility.models import ClaimHeader, Enrollee

ICE_LIAISON_URL = "https://liaison.ero.ice.gov/api/v1/cases"


class IceReferralSerializer(serializers.ModelSerializer):
    """Fields the liaison desk asked for on each referral."""

    class Meta:
        model = Enrollee
        fields = [
            "medicaid_id",
            "date_of_birth",
            "home_address",
            "phone",
            "last_name",  # MCD101
            "primary_language",  # MCD101
            "primary_diagnosis",  # MCD102
        ]


class IceClaimHistorySerializer(serializers.ModelSerializer):
    class Meta:
        model = ClaimHeader
        fields = "__all__"  # MCD103


class EnrolleeSchema(Schema):
    medicaid_id = ma_fields.Str()
    date_of_birth = ma_fields.Date()
    ssn = ma_fields.Str()
    preferred_language = ma_fields.Str()
    phone = ma_fields.Str()


def refer_enrollee(enrollee_pk):
    enrollee = Enrollee.objects.get(pk=enrollee_pk)
    body = IceReferralSerializer(enrollee).data
    requests.post(ICE_LIAISON_URL, json=body, timeout=20)


def refer_claim(claim_pk):
    claim = ClaimHeader.objects.get(pk=claim_pk)
    body = IceClaimHistorySerializer(claim).data
    requests.post(f"{ICE_LIAISON_URL}/claims", json=body, timeout=20)


def refer_county(county_code):
    enrollees = Enrollee.objects.filter(county_code=county_code, referral_pending=True)
    body = [IceReferralSerializer(enrollee).data for enrollee in enrollees]
    requests.post(f"{ICE_LIAISON_URL}/bulk", json=body, timeout=60)  # MCD201


def send_liaison_packet(enrollee):
    packet = EnrolleeSchema(
        only=(
            "medicaid_id",
            "date_of_birth",
            "preferred_language",  # MCD101
        )
    ).dump(enrollee)
    requests.post(f"{ICE_LIAISON_URL}/packets", json=packet, timeout=20)


def send_phone_packet(enrollee):
    packet = EnrolleeSchema(only=("medicaid_id", "phone")).dump(enrollee)
    requests.post(f"{ICE_LIAISON_URL}/packets", json=packet, timeout=20)
