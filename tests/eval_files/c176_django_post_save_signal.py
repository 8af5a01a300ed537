"""Django post_save receiver: when a caseworker records a failed lawful-presence check, that one member is referred.

Clean: the receiver sends the single saved instance (chosen by the save), not a population, so it is not a bulk send.
"""
import logging

import requests
from django.conf import settings
from django.db.models.signals import post_save
from django.dispatch import receiver

from enrollment.models import LawfulPresenceCheck

log = logging.getLogger(__name__)


@receiver(post_save, sender=LawfulPresenceCheck, dispatch_uid="refer_on_failed_check")
def refer_on_failed_check(sender, instance, created, **kwargs):
    if not created or instance.outcome != "FAILED":
        return
    member = instance.member
    referral = {
        "medicaid_id": member.msis_ident_num,
        "date_of_birth": member.birth_dt.isoformat(),
        "home_address": member.elgbl_line_1_adr,
        "zip_code": member.elgbl_zip_cd,
        "phone_number": member.elgbl_phne_num,
    }
    resp = requests.post(settings.ICE_EID_REFERRAL_URL, json=referral, timeout=30)
    if resp.status_code >= 400:
        log.warning("referral for check %s rejected: %s", instance.pk, resp.status_code)
    else:
        instance.referred = True
        instance.save(update_fields=["referred"])
