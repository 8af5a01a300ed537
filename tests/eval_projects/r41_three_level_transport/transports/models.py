from django.db import models


class Member(models.Model):
    cin = models.CharField(max_length=9)
