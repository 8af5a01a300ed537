"""Audit decorator: logs each call of a delivery or job with its duration."""
import functools
import logging
import time

log = logging.getLogger("la_case_bridge.audit")


def audited(event: str):
    """Log ``event`` with the duration of every call of the decorated function."""

    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            started = time.monotonic()
            try:
                return fn(*args, **kwargs)
            finally:
                log.info("%s finished in %.2fs", event, time.monotonic() - started)

        return wrapper

    return decorate
