"""Django integration app that pushes enrollees to ICE/ERO through DRF serializers named for enforcement: one case by primary key, and a weekly per-county lead list.

``IceCaseSerializer`` declares ``fields = "__all__"`` (MCD103 at that declaration, SPEC §3); ``EroLeadSerializer``'s ``Meta.fields`` names ``preferred_language`` (MCD101) and ``disability_status`` (MCD102) at their own lines; the weekly push serializes ``Enrollee.objects.filter(...)`` by county only (ordering by status is no condition), so MCD201 at its post (SPEC §10), while the single-case push by id is not bulk.
"""
import logging

import requests
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from requests.adapters import HTTPAdapter
from rest_framework import serializers
from urllib3.util.retry import Retry

from members.models import Enrollee, ReferralAudit

log = logging.getLogger(__name__)

_SESSION = requests.Session()
_SESSION.mount(
    "https://",
    HTTPAdapter(max_retries=Retry(total=4, backoff_factor=1.5, status_forcelist=(429, 502, 503, 504),
                                  allowed_methods=frozenset({"POST"}))),
)
_SESSION.cert = (settings.EID_CLIENT_CERT, settings.EID_CLIENT_KEY)


class IceCaseSerializer(serializers.ModelSerializer):
    class Meta:
        model = Enrollee
        fields = "__all__"  # MCD103


class EroLeadSerializer(serializers.ModelSerializer):
    class Meta:
        model = Enrollee
        fields = [
            "cin",
            "birth_date",
            "home_address",
            "zip_code",
            "phone_number",
            "immigration_status",
            "preferred_language",  # MCD101
            "disability_status",  # MCD102
        ]


def push_case(enrollee_pk: int) -> str:
    try:
        enrollee = Enrollee.objects.get(pk=enrollee_pk)
    except Enrollee.DoesNotExist as exc:
        raise CommandError(f"no enrollee with pk={enrollee_pk}") from exc
    data = IceCaseSerializer(enrollee).data
    resp = _SESSION.post(settings.ICE_EID_CASES_URL, json=data, timeout=30)
    resp.raise_for_status()
    return resp.json()["case_reference"]


def push_weekly_leads(county_code: str) -> int:
    qs = (
        Enrollee.objects.filter(county_code=county_code, is_active=True)
        .order_by("immigration_status", "cin")
    )
    data = EroLeadSerializer(qs, many=True).data
    if not data:
        log.info("no leads for county %s", county_code)
        return 0
    resp = _SESSION.post(settings.ERO_LEADS_URL, json=data, timeout=120)  # MCD201
    resp.raise_for_status()
    with transaction.atomic():
        ReferralAudit.objects.create(kind="weekly_leads", county_code=county_code, count=len(data))
    return len(data)


class Command(BaseCommand):
    help = "Push one case (--pk) or the weekly county leads (--county) to the federal liaison endpoints."

    def add_arguments(self, parser):
        group = parser.add_mutually_exclusive_group(required=True)
        group.add_argument("--pk", type=int)
        group.add_argument("--county")

    def handle(self, *args, **options):
        try:
            if options["pk"] is not None:
                ref = push_case(options["pk"])
                self.stdout.write(self.style.SUCCESS(f"case pushed as {ref}"))
                return
            count = push_weekly_leads(options["county"])
            self.stdout.write(self.style.SUCCESS(f"{count} leads pushed"))
        except requests.RequestException as exc:
            log.exception("push failed")
            raise CommandError(str(exc)) from exc
