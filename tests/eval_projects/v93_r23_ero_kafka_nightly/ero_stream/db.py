"""Read-only connection to the MMIS reporting replica."""
import psycopg2

from .settings import MMIS_DSN


def get_connection():
    conn = psycopg2.connect(MMIS_DSN)
    conn.set_session(readonly=True)
    return conn
