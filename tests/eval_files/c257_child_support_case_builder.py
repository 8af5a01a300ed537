"""IV-D child-support referral: Medicaid sends the custodial party's data to the state CSE agency.

A case dict is started in one function and mutated by helpers (aliases of sub-dicts, setdefault).
Clean: 'enforcement' in CHILD_SUPPORT_ENFORCEMENT_URL, add_support_enforcement_order and
ocse_enforcement_client is qualified by child support (child_support/support/ocse, SPEC 4), so it is
no immigration signal. The state host api.childsupport.ca.gov is on the non-enforcement list, and the
FPLS vendor gateway (neither list) has no remaining signal. SSN, name, income, plan data are lawful here.
"""
import requests

CHILD_SUPPORT_ENFORCEMENT_URL = "https://api.childsupport.ca.gov/v2/referrals"
OCSE_FPLS_LOCATE_URL = "https://fpls-locate.acf-gateway.net/v1/locate"

ocse_enforcement_client = requests.Session()


def new_case(member):
    return {
        "custodial_party": {"medicaid_id": member.cin},
        "noncustodial_party": {},
        "children": [],
    }


def add_identity(case, member):
    cp = case["custodial_party"]
    cp["ssn"] = member.ssn
    cp["name"] = f"{member.first_name} {member.last_name}"
    cp.setdefault("address", {}).update(street=member.street_address, zip=member.zip_code)


def add_children(case, member):
    for child in member.household_members:
        case["children"].append({"name": child.full_name, "dob": child.dob, "ssn": child.ssn})


def add_support_enforcement_order(case, order):
    ncp = case["noncustodial_party"]
    ncp["name"] = order.ncp_name
    ncp["employer_name"] = order.ncp_employer
    ncp["monthly_income"] = order.ncp_monthly_income
    case["order_number"] = order.number


def add_medical_support(case, member):
    case.setdefault("medical_support", {})["plan_id"] = member.mc_plan_id
    case["medical_support"]["coverage_start_date"] = member.coverage_start_date


def refer_to_cse(member, order):
    case = new_case(member)
    add_identity(case, member)
    add_children(case, member)
    add_support_enforcement_order(case, order)
    add_medical_support(case, member)
    resp = requests.post(CHILD_SUPPORT_ENFORCEMENT_URL, json=case, timeout=20)
    resp.raise_for_status()
    return resp.json()["iv_d_case_id"]


def locate_noncustodial_parent(order):
    query = {"ssn": order.ncp_ssn, "name": order.ncp_name, "state": "CA"}
    resp = ocse_enforcement_client.post(OCSE_FPLS_LOCATE_URL, json=query, timeout=20)
    return resp.json()


def refer_cases(members, orders):
    return [refer_to_cse(m, o) for m, o in zip(members, orders)]
