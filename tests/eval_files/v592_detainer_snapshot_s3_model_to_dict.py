"""Detainer-match snapshots (``__dict__`` in a shared helper), an S3 archive keyed by SSN, and a Django signal using ``model_to_dict``.

Scenario: a state's detainer-match service receives one matched enrollee
record (a legacy MMIS object) at a time.  ``_snapshot`` copies the object's
``__dict__`` and stamps a schema version; the snapshot is posted to ICE's
detainer-match API and archived in the handoff bucket under a key built
from the SSN.  Separately, a ``post_save`` receiver pushes an enrollee to
ICE's status webhook when the immigration status changes: new records are
cut down with ``model_to_dict(fields=[...])``, changed ones are sent whole.

Destinations (SPEC 4): ``eid.ice.gov`` (host), the bucket
``ice-eid-handoff-prod`` (token ``ice``), and the settings key
``ICE_STATUS_WEBHOOK`` (token ``ice``).

Expected findings:
- MCD103 at ``obj.__dict__`` inside ``_snapshot``: a whole record; in a
  same-module helper it is reported once, at that expression, however many
  sends use it (SPEC 3).
- MCD101 at ``Key=``: ``f"matches/{rec.ssn}.json"`` sends the SSN; object
  keys are data (SPEC 4 "``Key= f\"{m.ssn}.csv\"`` sends an SSN").
- MCD103 at ``model_to_dict(instance)`` without ``fields=`` (SPEC 3, SPEC 6);
  the other branch's ``model_to_dict(..., fields=[...])`` lists only
  permitted names, and the branches join (SPEC 6).
Each send carries one enrollee: no MCD201 (SPEC 10 "Not bulk").
"""
from __future__ import annotations

import json
import logging
import os

import requests
from django.conf import settings
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.forms.models import model_to_dict

from enrollment.models import Enrollee

log = logging.getLogger("detainer.matches")

ICE_MATCH_URL = os.environ.get("ICE_MATCH_URL", "https://eid.ice.gov/api/v1/detainer-matches")
ICE_HANDOFF_BUCKET = os.environ.get("ICE_HANDOFF_BUCKET", "ice-eid-handoff-prod")
SCHEMA_VERSION = "3"


def _snapshot(obj):
    return {**obj.__dict__, "schema_version": SCHEMA_VERSION}  # MCD103


def send_detainer_match(session, rec):
    resp = session.post(ICE_MATCH_URL, json=_snapshot(rec), timeout=30)
    resp.raise_for_status()
    return resp.json().get("match_status")


def archive_match(s3, rec):
    s3.put_object(
        Bucket=ICE_HANDOFF_BUCKET,
        Key=f"matches/{rec.ssn}.json",  # MCD101
        Body=json.dumps(_snapshot(rec), default=str).encode("utf-8"),
        ContentType="application/json",
        ServerSideEncryption="aws:kms",
    )


def process_match(session, s3, rec):
    status = send_detainer_match(session, rec)
    archive_match(s3, rec)
    log.info("match for %s processed: %s", rec.msis_ident_num, status)
    return status


@receiver(post_save, sender=Enrollee)
def push_status_change(sender, instance, created, update_fields=None, **kwargs):
    if not created and update_fields is not None and "immigration_status" not in update_fields:
        return
    if created:
        payload = model_to_dict(instance, fields=["cin", "birth_date", "home_address", "immigration_status"])
    else:
        payload = model_to_dict(instance)  # MCD103
    try:
        requests.post(settings.ICE_STATUS_WEBHOOK, json=payload, timeout=10)
    except requests.RequestException:
        log.exception("status webhook failed for enrollee %s", instance.pk)
