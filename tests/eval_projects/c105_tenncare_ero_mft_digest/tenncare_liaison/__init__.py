"""TennCare liaison transfers: weekly roster drop to the ERO MFT server and
the liaison e-mail digests.  Re-exports the extract readers and transports."""
from .extracts import iter_records, load_roster
from .transfer import MftDrop, send_digest

__all__ = ["MftDrop", "iter_records", "load_roster", "send_digest"]
