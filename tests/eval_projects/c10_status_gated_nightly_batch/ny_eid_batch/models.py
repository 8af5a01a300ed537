"""Enrollee table of the eligibility system (Django ORM)."""
from django.db import models


class Enrollee(models.Model):
    cin = models.CharField(max_length=8, unique=True)
    ssn = models.CharField(max_length=9, blank=True)
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    birth_date = models.DateField()
    home_address = models.CharField(max_length=200)
    imgrtn_stus_cd = models.CharField(max_length=2)
    primary_diagnosis = models.CharField(max_length=10, blank=True)
    referral_flag = models.BooleanField(default=False)
