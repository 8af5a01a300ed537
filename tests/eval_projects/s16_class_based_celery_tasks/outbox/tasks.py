"""Class-based Celery tasks: a base with retries, a task posting what it is given where it is told.

Expected: clean -- the URL and the payload come from the callers.
"""

import requests
from celery import Celery, Task

app = Celery("outbox")


class RetryingTask(Task):
    autoretry_for = (IOError,)
    max_retries = 5


class PostTask(RetryingTask):
    name = "outbox.post"

    def run(self, url, payload):
        return requests.post(url, json=payload, timeout=30)


post_task = app.register_task(PostTask())
