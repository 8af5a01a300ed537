import functools
import requests

ICE_URL = "https://eid.ice.gov/referrals"


def named_returned(member):
    f = lambda: requests.post(ICE_URL, json={"cin": member.cin, "pregnancy": member.pregnancy_flag})  # MCD102
    return f


def named_scheduled(member, scheduler):
    job = functools.partial(requests.post, ICE_URL, json={"dx": member.diagnosis_code})  # MCD102
    scheduler.add_job(job)


def named_lambda_scheduled(member, scheduler):
    job = lambda: requests.post(ICE_URL, json={"hiv": member.hiv_status})  # MCD102
    scheduler.add_job(job)


def partial_returned(member):
    return functools.partial(requests.post, ICE_URL, json={"lab": member.lab_result})  # MCD102
