"""Transfer metadata and permitted fields only (no MCD101-MCD104); but every subject handed in is sent and
nothing chooses them by immigration status: MCD201 (SPEC section 10, a plural parameter no code here calls)."""
import uuid
from datetime import datetime

import requests

ICE_URL = "https://eid.ice.gov/api/v1/batches"


def send_batch(subjects, page):
    requests.post(ICE_URL, json={  # MCD201
        "batch_id": str(uuid.uuid4()),
        "correlation_id": str(uuid.uuid4()),
        "timestamp": datetime.utcnow().isoformat(),
        "record_count": len(subjects),
        "page": page,
        "schema_version": "1.2",
        "subjects": [{"medicaid_id": s.medicaid_id, "dob": s.dob} for s in subjects],
    })
