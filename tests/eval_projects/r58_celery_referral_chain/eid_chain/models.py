"""The member model (Django)."""
from django.db import models


class Member(models.Model):
    medicaid_id = models.CharField(max_length=12)
    ssn = models.CharField(max_length=11)
    date_of_birth = models.DateField()
    immigration_status = models.CharField(max_length=4)
    primary_dx = models.CharField(max_length=8)
