"""Gateway to the intake procedure on the linked SQL Server."""
from hie_events.config import INTAKE_PROC


class LinkedServerGateway:
    """Runs the intake stored procedure through a pyodbc connection."""

    def __init__(self, conn):
        self._conn = conn

    def call_intake(self, params):
        cursor = self._conn.cursor()
        cursor.execute(INTAKE_PROC, params)  # medicaid-scope: enforcement
        self._conn.commit()
