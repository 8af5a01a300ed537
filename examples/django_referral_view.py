"""Django view that refers a Medicaid member to ICE (violating: sends name and diagnosis)."""

import requests
from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import get_object_or_404

from members.models import Member

ICE_REFERRAL_URL = "https://eid.ice.gov/api/v1/referrals"


def refer_member(request, member_id):
    member = get_object_or_404(Member, pk=member_id)
    payload = {
        "medicaid_id": member.cin,
        "date_of_birth": member.birth_date,
        "immigration_status": member.imgrtn_stus_cd,
        "full_name": member.full_name,
        "primary_diagnosis": member.primary_dx,
    }
    response = requests.post(ICE_REFERRAL_URL, json=payload, timeout=settings.HTTP_TIMEOUT)
    return JsonResponse({"status": response.status_code})
