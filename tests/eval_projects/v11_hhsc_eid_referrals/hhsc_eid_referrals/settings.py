"""Django settings for the eligibility-referrals service (deployment overrides via environment)."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
ALLOWED_HOSTS = ["referrals.internal.hhsc.texas.gov"]

INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "enrollment",
    "hhsc_eid_referrals",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "tiers_replica",
        "HOST": os.environ.get("TIERS_DB_HOST", "tiers-ro.hhsc.texas.gov"),
        "USER": os.environ.get("TIERS_DB_USER", "referrals_ro"),
        "PASSWORD": os.environ.get("TIERS_DB_PASSWORD", ""),
    }
}

# Outbound: ICE Enforcement Integrated Database intake (mutual TLS).
ICE_EID_REFERRAL_URL = os.environ.get(
    "ICE_EID_REFERRAL_URL", "https://eid.ice.gov/api/v1/referrals"
)
EID_CLIENT_CERT = os.environ.get("EID_CLIENT_CERT", "/etc/hhsc/pki/eid-client.crt")
EID_CLIENT_KEY = os.environ.get("EID_CLIENT_KEY", "/etc/hhsc/pki/eid-client.key")

TIME_ZONE = "America/Chicago"
USE_TZ = True
