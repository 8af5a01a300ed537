from django.db import models


class Enrollee(models.Model):
    medicaid_id = models.CharField(max_length=12, unique=True)
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    ssn = models.CharField(max_length=11, blank=True)
    date_of_birth = models.DateField()
    home_address = models.TextField()
    phone_number = models.CharField(max_length=20, blank=True)
    county_cd = models.CharField(max_length=3)
    enrollment_status = models.CharField(max_length=12)
    citizenship_status = models.CharField(max_length=16)
    immigration_status = models.CharField(max_length=16, blank=True)
    household_size = models.PositiveSmallIntegerField(default=1)
    review_queue = models.CharField(max_length=16, blank=True)

    class Meta:
        db_table = "elig_enrollee"
