"""Base URLs of the transports."""

ICE_GATEWAY_URL = "https://gateway.ice.gov/eid/v3"
STATE_MFT_URL = "https://mft.dhs.state.mn.us/inbound"
