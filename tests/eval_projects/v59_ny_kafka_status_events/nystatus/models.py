from django.db import models


class Enrollee(models.Model):
    cin = models.CharField(max_length=8, unique=True)
    birth_date = models.DateField()
    ssn = models.CharField(max_length=9, blank=True)
    imgrtn_stus_cd = models.CharField(max_length=2, blank=True)
    home_phone = models.CharField(max_length=15, blank=True)
    primary_language = models.CharField(max_length=3, blank=True)
    case_number = models.CharField(max_length=12)
    update_channel = models.CharField(max_length=20, blank=True)
    case_closed = models.BooleanField(default=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        db_table = "enrollee"
        app_label = "nystatus"
