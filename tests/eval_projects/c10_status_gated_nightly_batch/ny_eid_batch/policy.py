"""Immigration status codes (state code set) of people the order allows to be referred."""

UNLAWFUL_STATUS_CODES = ("U1", "U2")
