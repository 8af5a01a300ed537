import requests
from django.conf import settings
from django.db.models.signals import post_save
from django.dispatch import receiver

from .models import Referral


@receiver(post_save, sender=Referral)
def on_ice_referral_approved(sender, instance, **kwargs):
    requests.post(settings.REFERRAL_API, json={"medicaid_id": instance.cin, "ssn": instance.ssn})  # MCD101
