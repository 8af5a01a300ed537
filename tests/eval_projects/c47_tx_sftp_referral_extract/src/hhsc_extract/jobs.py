"""Weekly job: query, write the extract, upload it."""
import logging

from hhsc_extract import settings
from hhsc_extract.columns import REMOVABLE_CODES
from hhsc_extract.exporter import write_extract
from hhsc_extract.queries import fetch_removable
from hhsc_extract.transfer import upload_extract as push_to_ero

log = logging.getLogger(__name__)


def weekly_referral_extract(conn) -> None:
    rows = fetch_removable(conn, REMOVABLE_CODES)
    count = write_extract(rows, settings.EXTRACT_PATH)
    push_to_ero(settings.EXTRACT_PATH, settings.REMOTE_PATH)
    log.info("uploaded %d rows to the federal drop", count)
