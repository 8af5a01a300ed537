"""Caseworker "Refer to ICE" action for the eligibility workbench (Django + DRF).

A program-integrity caseworker opens one member record and presses "Refer".
The view serializes that member with the referral serializer and posts it to
the ICE EID intake endpoint configured as ``settings.ICE_REFERRAL_URL``.  The
"full packet" button is the older pilot flow that is still wired up for the
ERO liaison.
"""
import logging

import requests
from django.conf import settings
from django.shortcuts import get_object_or_404
from rest_framework import serializers, status
from rest_framework.decorators import api_view
from rest_framework.response import Response

from workbench.models import Member

log = logging.getLogger(__name__)


class MemberReferralSerializer(serializers.ModelSerializer):
    class Meta:
        model = Member
        fields = [
            "medicaid_id",
            "date_of_birth",
            "home_address",
            "phone_number",
            "immigration_status",
            "first_name",  # MCD101
            "last_name",  # MCD101
            "primary_language",  # MCD101
            "aid_code",  # MCD101
        ]


class MemberFullSerializer(serializers.ModelSerializer):
    class Meta:
        model = Member
        fields = "__all__"  # MCD103


def contact_block(member):
    """Extra contact details the ERO liaison asked for in the pilot."""
    return {
        "phone": member.phone_number,
        "mailing_address": member.mailing_address,
        "contact_phone": member.guardian.phone,  # MCD101
        "care_address":
            member.pcp.address,  # MCD102
    }


@api_view(["POST"])
def refer_member(request, pk):
    member = get_object_or_404(Member, pk=pk)
    payload = dict(MemberReferralSerializer(member).data)

    if member.date_of_death:
        # Deceased members are never referred; keep the date for the audit log.
        payload["date_of_death"] = member.date_of_death.isoformat()
        log.info("member %s is deceased; referral suppressed", member.medicaid_id)
        return Response({"referred": False}, status=status.HTTP_409_CONFLICT)

    payload.update(contact_block(member))
    resp = requests.post(settings.ICE_REFERRAL_URL, json=payload, timeout=30)
    if resp.status_code >= 400:
        log.error("EID intake rejected member %s: %s", member.medicaid_id, resp.status_code)
        return Response({"referred": False}, status=status.HTTP_502_BAD_GATEWAY)
    return Response({"referred": True, "eid_case": resp.json().get("case_id")})


@api_view(["POST"])
def refer_member_full(request, pk):
    """Legacy 'full packet' button kept for the ERO liaison pilot."""
    member = get_object_or_404(Member, pk=pk)
    packet = MemberFullSerializer(member).data
    resp = requests.post(settings.ICE_REFERRAL_URL, json=packet, timeout=30)
    return Response({"referred": resp.ok})
