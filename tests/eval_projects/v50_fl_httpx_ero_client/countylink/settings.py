"""Runtime settings, from the environment only (no defaults in code)."""
import os

ERO_API_BASE = os.environ["ERO_API_BASE"]
ERO_TIMEOUT = float(os.environ.get("ERO_TIMEOUT", "20"))
