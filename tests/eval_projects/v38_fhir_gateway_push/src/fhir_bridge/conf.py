DHS_GATEWAY_HOST = "api.ero.dhs.gov"
GATEWAY_BASE = f"https://{DHS_GATEWAY_HOST}/fhir/R4"

STATE_FHIR_BASE = "https://fhir.medi-cal.ca.gov/R4"
