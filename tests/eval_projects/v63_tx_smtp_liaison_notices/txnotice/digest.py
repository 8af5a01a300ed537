"""Weekly digest of open hold requests."""
from datetime import date

from txnotice.formatting import summary_line
from txnotice.mailer import send_notice as mail_liaison
from txnotice.repository import open_holds


def weekly_digest(conn):
    rows = open_holds(conn)
    if not rows:
        return 0
    lines = [summary_line(r) for r in rows]
    body = "Open hold requests\n\n" + "\n".join(lines)
    mail_liaison(f"Weekly hold digest {date.today():%Y-%m-%d}", body)  # MCD101
    return len(rows)
