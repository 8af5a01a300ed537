from django.db import models


class Enrollee(models.Model):
    medicaid_id = models.CharField(max_length=8, unique=True, help_text="MN PMI number")
    first_name = models.CharField(max_length=40)
    last_name = models.CharField(max_length=60)
    ssn = models.CharField(max_length=9, blank=True)
    birth_date = models.DateField()
    home_address = models.CharField(max_length=200)
    zip_code = models.CharField(max_length=10)
    phone_number = models.CharField(max_length=20, blank=True)
    email_address = models.EmailField(blank=True)
    preferred_language = models.CharField(max_length=3, default="eng")
    household_size = models.PositiveSmallIntegerField(default=1)
    immigration_status = models.CharField(max_length=4, blank=True)
    citizenship_status = models.CharField(max_length=4, blank=True)
    has_open_appeal = models.BooleanField(default=False)
    is_active = models.BooleanField(default=True)

    class Meta:
        db_table = "ma_enrollee"


class EmergencyContact(models.Model):
    enrollee = models.ForeignKey(Enrollee, on_delete=models.CASCADE, related_name="ice_contacts")
    ice_contact_name = models.CharField(max_length=100)
    ice_contact_phone = models.CharField(max_length=20)
    relationship = models.CharField(max_length=30)
