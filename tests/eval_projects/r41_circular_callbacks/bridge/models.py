from django.db import models


class Member(models.Model):
    cin = models.CharField(max_length=9)
    sex = models.CharField(max_length=1)
    immigration_status = models.CharField(max_length=8)
