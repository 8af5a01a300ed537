"""Django models for the AHCCCS member replica used by the referral bridge."""
from django.db import models


class Member(models.Model):
    medicaid_id = models.CharField(max_length=10, unique=True)
    date_of_birth = models.DateField()
    home_address = models.CharField(max_length=200)
    phone_number = models.CharField(max_length=15, blank=True)
    immigration_status = models.CharField(max_length=5, blank=True)
    ssn = models.CharField(max_length=9, blank=True)
    sex = models.CharField(max_length=1)
    is_pregnant = models.BooleanField(default=False)
    county_code = models.CharField(max_length=3)
    enrolled_on = models.DateField()

    class Meta:
        db_table = "ahcccs_member"
