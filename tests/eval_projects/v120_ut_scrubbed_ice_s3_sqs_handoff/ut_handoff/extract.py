"""Reads in-scope enrollees with every column of the eligibility table.

Scenario:
    The query selects m.* (the DBA's standard view) but its WHERE keeps only
    not-lawfully-present status codes. Rows are returned as dicts; this
    module sends nothing.

Expected findings:
    none (SELECT * is reported only where it reaches an enforcement sink,
    SPEC section 3; here it reaches none)
"""
import psycopg2
from psycopg2.extras import RealDictCursor

from .policy import NOT_LAWFUL_CODES

IN_SCOPE_SQL = (
    "SELECT m.*"
    "  FROM tmsis.elgbl m"
    " WHERE m.imgrtn_stus_cd IN %(codes)s"
)


def in_scope_rows(dsn: str) -> list[dict]:
    with psycopg2.connect(dsn) as conn, conn.cursor(cursor_factory=RealDictCursor) as cur:
        cur.execute(IN_SCOPE_SQL, {"codes": NOT_LAWFUL_CODES})
        return cur.fetchall()
