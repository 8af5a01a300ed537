"""Monthly run wired by the scheduler."""
import logging

from wiexchange import holds as hold_feed, stats
from wiexchange.partners import push_member_updates

log = logging.getLogger(__name__)


def run_monthly(conn, batch_date):
    stats.send_counts(conn)
    notices = hold_feed.pull_hold_notices()
    hold_feed.record_holds(conn, notices)
    push_member_updates(conn, batch_date)
    log.info("matched %d hold notices", len(notices))
