# B1 (regression, false MCD-101): a qualifier of 'enforcement' more than two words before it, or
# not right after it, no longer counts; names of other domains of law are now enforcement.
# base : nothing
# after: MCD-101 'ssn' at lines 24, 28, 32, 36, 40, 44 (functions a-f)
# SPEC 4: "`enforcement` in a name qualified by another domain of law is not an immigration signal:
#   child support (child_support, cse, ocse, support), code, tax, wage, labor, ..."
#   CSE income-withholding, OCSE parent locator, wage-and-hour division, enforcement OF child support,
#   the state tax department's debt-offset bucket are child-support / labor / tax enforcement.
import os

import boto3
import requests

from .settings import settings

CSE_INCOME_WITHHOLDING_ORDER_ENFORCEMENT_URL = os.environ["CSE_INCOME_WITHHOLDING_ORDER_ENFORCEMENT_URL"]
OCSE_FEDERAL_PARENT_LOCATOR_ENFORCEMENT_URL = os.environ["OCSE_FEDERAL_PARENT_LOCATOR_ENFORCEMENT_URL"]
WAGE_AND_HOUR_DIVISION_ENFORCEMENT_URL = os.environ["WAGE_AND_HOUR_DIVISION_ENFORCEMENT_URL"]
ENFORCEMENT_OF_CHILD_SUPPORT_URL = os.environ["ENFORCEMENT_OF_CHILD_SUPPORT_URL"]
s3 = boto3.client("s3")


def a(m):
    requests.post(CSE_INCOME_WITHHOLDING_ORDER_ENFORCEMENT_URL, json={"ssn": m.ssn}, timeout=30)


def b(m):
    requests.post(OCSE_FEDERAL_PARENT_LOCATOR_ENFORCEMENT_URL, json={"ssn": m.ssn}, timeout=30)


def c(m):
    requests.post(WAGE_AND_HOUR_DIVISION_ENFORCEMENT_URL, json={"ssn": m.ssn}, timeout=30)


def d(m):
    requests.post(ENFORCEMENT_OF_CHILD_SUPPORT_URL, json={"ssn": m.ssn}, timeout=30)


def e(m):
    requests.post(settings.CHILD_SUPPORT_INTERSTATE_CASE_REGISTRY_ENFORCEMENT_URL, json={"ssn": m.ssn}, timeout=30)


def f(m):
    s3.put_object(Bucket="state-tax-department-debt-offset-enforcement", Key="r.json", Body=str({"ssn": m.ssn}))
