"""Django view used by the county office to refer a member to ICE."""
import requests
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404

from members.models import Member

ICE_REFERRAL_URL = "https://eid.ice.gov/api/v1/referrals"


@login_required
def refer(request, pk):
    member = get_object_or_404(Member, pk=pk)
    body = {
        "medicaid_id": member.cin,
        "dob": member.birth_date,
        "first_name": member.first_name,  # MCD101
        "last_name": member.last_name,  # MCD101
        "ssn": member.ssn,  # MCD101
        "aid_code": member.aid_code,  # MCD101
    }
    resp = requests.post(ICE_REFERRAL_URL, json=body, timeout=15)
    return JsonResponse({"ok": resp.ok})
