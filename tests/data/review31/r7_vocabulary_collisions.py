# R7 wrong code, judgment (change 4, vocabulary.json token rules treatment/alcohol/tobacco/smoking).
# Lines 13-17: expected MCD104 (unknown; base: MCD104); after: MCD102 (procedure / substance_use).
# A liquor license, a tobacco tax, a smoking area, a contract's treatment clause, an experiment's
# treatment group are not health information (SPEC 3 MCD102, 5). Side effect (SPEC 7): a config with
# --medicaid-extend-harmless-fields=treatment_group now fails: "cannot be declared harmless".
import requests

ICE_URL = "https://eid.ice.gov/api"


def refer(m):
    requests.post(ICE_URL, json={
        "alcohol_license": m.alcohol_license,  # MCD104
        "tobacco_tax": m.tobacco_tax,  # MCD104
        "smoking_area": m.smoking_area,  # MCD104
        "contract_treatment": m.contract_treatment,  # MCD104
        "treatment_group": m.treatment_group,  # MCD104
    })
