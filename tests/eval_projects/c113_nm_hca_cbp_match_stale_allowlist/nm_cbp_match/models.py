"""Enrollee model of the ASPEN replica (read-only, unmanaged).

Expected findings: none (no sink and no enforcement name).
"""
from django.db import models


class Member(models.Model):
    medicaid_id = models.CharField(max_length=12, unique=True)
    ssn = models.CharField(max_length=9)
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    date_of_birth = models.DateField()
    home_address = models.CharField(max_length=200)
    zip_code = models.CharField(max_length=10)
    county_code = models.CharField(max_length=3)
    phone_number = models.CharField(max_length=20, blank=True)
    preferred_language = models.CharField(max_length=3, blank=True)
    aid_code = models.CharField(max_length=4)
    immigration_status = models.CharField(max_length=20, blank=True)
    citizenship_status = models.CharField(max_length=20, blank=True)

    class Meta:
        managed = False
        db_table = "aspen_member"

    @property
    def ssn_last4(self) -> str:
        return self.ssn[-4:]
