# review 27: expected MCD101 at line 21 (outside local development Active is ProductionConfig, whose URL is ICE's)
import os

import requests


class Config:
    ICE_REFERRAL_URL = "https://ice-sandbox.dhcs.ca.gov/api/referrals"


class ProductionConfig(Config):
    ICE_REFERRAL_URL = "https://eid.ice.gov/api/referrals"


Active = ProductionConfig
if os.environ.get("APP_ENV") == "local":
    Active = Config


def refer(m):
    requests.post(Active.ICE_REFERRAL_URL, json={"cin": m.cin, "race": m.race})  # MCD101
