"""Replica of the ONE eligibility system's member table."""
from django.db import models


class Member(models.Model):
    medicaid_id = models.CharField(max_length=12, unique=True)
    date_of_birth = models.DateField()
    mailing_address = models.CharField(max_length=200)
    phone_number = models.CharField(max_length=15, blank=True)
    citizenship_status = models.CharField(max_length=4)
    immigration_status = models.CharField(max_length=8, blank=True)
    county_code = models.CharField(max_length=3)
    ssn = models.CharField(max_length=9, blank=True)
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    household_income = models.IntegerField(null=True)
    primary_diagnosis = models.CharField(max_length=10, blank=True)
    ice_contact_name = models.CharField(max_length=120, blank=True)
    ice_contact_phone = models.CharField(max_length=15, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        db_table = "one_member"
