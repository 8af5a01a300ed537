"""Case referral serializers for the DHS referral API.

Scenario: a state's Django back office refers one enrollee, and on
request one household member, to the DHS/ICE case referral API, using
DRF ModelSerializers for both payloads.

Expected findings:
- line 43: MCD103: ``fields = "__all__"`` of HouseholdMemberSerializer,
  whose ``.data`` is posted to DHS_HOUSEHOLD_URL; a whole record is
  reported at that declaration (SPEC section 3).
- line 55: MCD101 'preferred_language' (language): a name in DRF
  ``Meta.fields``, a column list placement at its own line
  (SPEC section 3).
- line 56: MCD101 'marital_status' (marital_status), same rule.
Both URLs resolve to ``referrals.ice.dhs.gov`` (``*.dhs.gov``), and the
serializer DhsCaseReferralSerializer is also named for enforcement
(SPEC section 4).

Not findings: the other Meta.fields names are permitted. The enrollee
and the household member are each looked up by primary key: one person
chosen by the caller, not bulk (SPEC section 10). The ``pk`` lookups
send nothing.
"""
from __future__ import annotations

import logging

import requests
from rest_framework import serializers

from enrollment.models import Enrollee, HouseholdMember

log = logging.getLogger("backoffice.dhs_referrals")

DHS_REFERRAL_URL = "https://referrals.ice.dhs.gov/api/v3/cases"
DHS_HOUSEHOLD_URL = "https://referrals.ice.dhs.gov/api/v3/household-contacts"
TIMEOUT = 30


class HouseholdMemberSerializer(serializers.ModelSerializer):
    class Meta:
        model = HouseholdMember
        fields = "__all__"  # MCD103


class DhsCaseReferralSerializer(serializers.ModelSerializer):
    class Meta:
        model = Enrollee
        fields = (
            "medicaid_id",
            "date_of_birth",
            "home_address",
            "home_phone",
            "immigration_status",
            "preferred_language",  # MCD101
            "marital_status",  # MCD101
        )


def _post(url: str, data, session: requests.Session | None = None) -> dict:
    http = session or requests.Session()
    resp = http.post(url, json=data, timeout=TIMEOUT)
    if resp.status_code >= 400:
        log.error("referral API returned %s for %s", resp.status_code, url)
        resp.raise_for_status()
    return resp.json()


def refer_case(enrollee_pk: int, session: requests.Session | None = None) -> str:
    enrollee = Enrollee.objects.get(pk=enrollee_pk)
    result = _post(DHS_REFERRAL_URL, DhsCaseReferralSerializer(enrollee).data, session)
    return result["caseRef"]


def attach_household_contact(pk: int, session: requests.Session | None = None) -> str:
    hm = HouseholdMember.objects.get(pk=pk)
    result = _post(DHS_HOUSEHOLD_URL, HouseholdMemberSerializer(hm).data, session)
    return result["contactRef"]
