"""Readers of the nightly VaCMS member-change extract (NDJSON), as generators."""
import json

# VaCMS immigration status codes recorded for people not lawfully present.
UNLAWFUL_PRESENCE_CODES = frozenset({"EWI", "OVS", "PAROLE_END"})


def iter_changes(path):
    """Every member-change record of one extract file."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def iter_unlawfully_present(path):
    """Only the records whose immigration status code marks unlawful presence."""
    for rec in iter_changes(path):
        if rec.get("immigration_status") in UNLAWFUL_PRESENCE_CODES:
            yield rec
