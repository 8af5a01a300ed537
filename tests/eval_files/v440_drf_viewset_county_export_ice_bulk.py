"""DRF viewset of the county eligibility back office: a read-only enrollee
API for caseworkers plus two export actions that post serialized enrollees
to the ICE EID bulk endpoint.

VIOLATING. settings.ICE_EID_BULK_URL is a settings key carrying the token
"ice" (SPEC 4).
- EnrolleeIceExportSerializer.Meta.fields is a column list, each name at its
  own line (SPEC 3), and the serializer is named for enforcement (SPEC 4):
  "ssn_num" MCD101 (ssn), "ethncty_cd" MCD101 (race_ethnicity),
  "dsblty_type_cd" MCD102 (disability is health, reference README).
- export_county: Enrollee.objects.filter(elgbl_cnty_cd=...) is a bulk source
  filtered only by county; its serialized data is posted with no condition
  on status or citizenship: MCD201 at the post (SPEC 10).
Clean twins: export_status_matched filters on imgrtn_stus_cd__in and uses
EnrolleeBasicSerializer (permitted fields only); EnrolleeSerializer's
fields = "__all__" only feeds the caseworker API responses, which are not
sinks (SPEC 3: MCD103 only when the record reaches enforcement).
"""
import logging

import requests
from django.conf import settings
from rest_framework import serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from eligibility.models import Enrollee
from eligibility.permissions import IsExportOfficer

log = logging.getLogger("eligibility.exports")

UNLAWFUL_STATUS_CODES = ("3",)


class EnrolleeSerializer(serializers.ModelSerializer):
    class Meta:
        model = Enrollee
        fields = "__all__"


class EnrolleeBasicSerializer(serializers.ModelSerializer):
    class Meta:
        model = Enrollee
        fields = [
            "msis_ident_num",
            "birth_dt",
            "elgbl_line_1_adr_home",
            "elgbl_city_name_home",
            "elgbl_zip_cd_home",
            "elgbl_phne_num",
            "imgrtn_stus_cd",
        ]


class EnrolleeIceExportSerializer(serializers.ModelSerializer):
    class Meta:
        model = Enrollee
        fields = [
            "msis_ident_num",
            "birth_dt",
            "elgbl_line_1_adr_home",
            "elgbl_zip_cd_home",
            "ssn_num",  # MCD101
            "ethncty_cd",  # MCD101
            "dsblty_type_cd",  # MCD102
        ]


class EnrolleeViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Enrollee.objects.all().order_by("msis_ident_num")
    serializer_class = EnrolleeSerializer
    permission_classes = [IsAuthenticated]

    @action(detail=False, methods=["post"], url_path="export-county",
            permission_classes=[IsAuthenticated, IsExportOfficer])
    def export_county(self, request):
        county = request.data["county"]
        qs = Enrollee.objects.filter(elgbl_cnty_cd=county)
        serializer = EnrolleeIceExportSerializer(qs, many=True)
        resp = requests.post(settings.ICE_EID_BULK_URL, json=serializer.data, timeout=120)  # MCD201
        resp.raise_for_status()
        log.info("county %s export sent by %s", county, request.user)
        return Response({"record_count": qs.count()}, status=status.HTTP_202_ACCEPTED)

    @action(detail=False, methods=["post"], url_path="export-status-matched",
            permission_classes=[IsAuthenticated, IsExportOfficer])
    def export_status_matched(self, request):
        county = request.data["county"]
        qs = Enrollee.objects.filter(elgbl_cnty_cd=county, imgrtn_stus_cd__in=UNLAWFUL_STATUS_CODES)
        serializer = EnrolleeBasicSerializer(qs, many=True)
        resp = requests.post(settings.ICE_EID_BULK_URL, json=serializer.data, timeout=120)
        resp.raise_for_status()
        return Response({"record_count": qs.count()}, status=status.HTTP_202_ACCEPTED)
