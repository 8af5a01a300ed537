"""HTTP views."""
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from . import services


@require_POST
def refer_county_view(request, county_code):
    return JsonResponse({"sent": services.refer_county(county_code)})


@require_POST
def refer_member_view(request, cin):
    if request.GET.get("format") == "serializer":
        referral_id = services.refer_member_serialized(cin)
    else:
        referral_id = services.refer_member(cin)
    return JsonResponse({"referral_id": referral_id})


@require_POST
def share_case_view(request, cin):
    services.share_case_with_state(cin)
    return JsonResponse({"status": "ok"})
