"""Django REST Framework serializers of a Medi-Cal plan's care-management
app: pushes whole member records to the state FHIR gateway and syncs
members' ICE (in case of emergency) contacts to the care-coordination
vendor.

CLEAN. MemberSerializer uses fields = "__all__" and the contacts carry
names and phones of third persons, but:
- the FHIR gateway is fhir.medi-cal.ca.gov (ca.gov, non-enforcement list,
  SPEC 4), so fields = "__all__" never reaches enforcement (SPEC 3: the
  MCD103 rule needs an enforcement endpoint);
- "ice" next to "contact"/"contacts" in the names of fields, functions and
  classes (IceContactSerializer, sync_ice_contacts, ice_contact_phone)
  means "in case of emergency" (SPEC 4), and the vendor host and its
  constant carry no enforcement signal.
No finding expected.
"""
import logging

import requests
from django.conf import settings
from rest_framework import serializers

from care.models import EmergencyContact, Member

log = logging.getLogger("care.sync")

MEDI_CAL_FHIR_BASE = "https://fhir.medi-cal.ca.gov/r4"
CARE_COORDINATION_API = "https://api.carecoord.lacare.org/v1"


class MemberSerializer(serializers.ModelSerializer):
    class Meta:
        model = Member
        fields = "__all__"


class IceContactSerializer(serializers.ModelSerializer):
    member_cin = serializers.CharField(source="member.cin", read_only=True)

    class Meta:
        model = EmergencyContact
        fields = [
            "member_cin",
            "ice_contact_name",
            "ice_contact_phone",
            "ice_contact_relationship",
        ]


def push_member(member_id):
    member = Member.objects.get(pk=member_id)
    resp = requests.put(
        f"{MEDI_CAL_FHIR_BASE}/plan-members/{member.cin}",
        json=MemberSerializer(member).data,
        timeout=settings.FHIR_TIMEOUT,
    )
    resp.raise_for_status()


def sync_ice_contacts(member_id):
    contacts = EmergencyContact.objects.filter(member_id=member_id).select_related("member")
    payload = IceContactSerializer(contacts, many=True).data
    if not payload:
        return 0
    resp = requests.post(
        f"{CARE_COORDINATION_API}/members/contacts", json=list(payload), timeout=20
    )
    resp.raise_for_status()
    log.info("synced %d ICE contacts for member %s", len(payload), member_id)
    return len(payload)
