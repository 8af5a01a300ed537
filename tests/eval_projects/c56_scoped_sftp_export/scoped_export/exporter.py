"""NDJSON serialization."""
import json


def to_ndjson(records):
    return "\n".join(json.dumps(r, default=str) for r in records).encode("utf-8")
