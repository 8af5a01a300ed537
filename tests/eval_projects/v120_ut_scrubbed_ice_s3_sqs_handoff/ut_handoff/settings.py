"""Hand-off destinations.

Scenario:
    The ICE EID hand-off bucket and the notification queue.

Expected findings:
    none
"""
import os

ICE_HANDOFF_BUCKET = os.environ.get("ICE_HANDOFF_BUCKET", "ice-eid-handoff-ut")
ICE_NOTIFY_QUEUE_URL = os.environ.get(
    "ICE_NOTIFY_QUEUE_URL",
    "https://sqs.us-gov-west-1.amazonaws.com/220011334455/ice-eid-handoff-notices",
)
