"""Airflow hook for the read-only FL MMIS replica."""
from __future__ import annotations

from airflow.providers.postgres.hooks.postgres import PostgresHook

from fl_confirmations import config


class MmisReplicaHook(PostgresHook):
    """PostgresHook bound to the replica connection, read-only sessions."""

    hook_name = "FL MMIS replica"

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("postgres_conn_id", config.MMIS_REPLICA_CONN_ID)
        super().__init__(**kwargs)

    def replica_engine(self):
        return self.get_sqlalchemy_engine(
            engine_kwargs={"execution_options": {"postgresql_readonly": True}},
        )
