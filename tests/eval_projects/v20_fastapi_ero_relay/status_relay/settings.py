"""Runtime configuration, read from RELAY_* environment variables (or .env)."""
from pydantic_settings import BaseSettings, SettingsConfigDict


class RelaySettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="RELAY_", env_file=".env", extra="ignore")

    database_url: str = "postgresql+psycopg://relay@tiers-replica.internal:5432/tiers"
    ero_referral_url: str = "https://ero-intake.ice.gov/api/v2/address-confirmations"
    state_avu_url: str = "https://avu.hhsc.texas.gov/api/v1/confirmations"
    status_broker_url: str = "https://save-broker.hhsc.texas.gov/v1/status"
    http_timeout_s: float = 15.0
    agency_code: str = "TX-HHSC"


settings = RelaySettings()
