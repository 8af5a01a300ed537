"""Django view that builds a CSV in memory and uploads it as multipart to the ICE bulk intake."""
import csv
import io
import uuid

import requests
from django.contrib.auth.decorators import permission_required
from django.http import JsonResponse

from mmis.models import Member

ICE_BULK_URL = "https://eid.ice.gov/api/v1/bulk-intake"


@permission_required("mmis.send_referrals")
def upload_flagged(request):
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["cin", "birth_date", "ssn", "last_name", "phone"])
    flagged = Member.objects.filter(immigration_status__in=["3", "5"])
    for m in flagged:
        writer.writerow([
            m.cin,
            m.birth_date.isoformat(),
            m.ssn,  # MCD101
            m.last_name,  # MCD101
            m.phone,
        ])
    batch_id = uuid.uuid4().hex
    resp = requests.post(
        ICE_BULK_URL,
        files={"file": (f"{batch_id}.csv", buf.getvalue().encode("utf-8"), "text/csv")},
        data={"batch_id": batch_id},
        timeout=120,
    )
    return JsonResponse({"status": resp.status_code, "count": flagged.count()})
