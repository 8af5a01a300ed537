"""Database access to the TIERS read replica."""
import psycopg
from psycopg.rows import dict_row


def connect(dsn: str):
    return psycopg.connect(dsn, row_factory=dict_row)


def fetch_member(conn, medicaid_id: str):
    """One member row by Medicaid ID."""
    with conn.cursor() as cur:
        cur.execute("SELECT * FROM tiers.member WHERE medicaid_id = %s", (medicaid_id,))
        return cur.fetchone()
