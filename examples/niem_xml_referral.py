"""A NIEM-style XML referral built with ElementTree (violating: the member's race; the rest is permitted)."""

import xml.etree.ElementTree as ET

import requests

ERO_EXCHANGE_URL = "https://eid.ice.gov/api/v1/niem/referrals"
NC = "{http://release.niem.gov/niem/niem-core/5.0/}"


def person_element(parent: ET.Element, member) -> ET.Element:
    person = ET.SubElement(parent, NC + "Person")
    ET.SubElement(person, NC + "PersonMedicaidIdentification").text = member.medicaid_id
    ET.SubElement(person, NC + "PersonBirthDate").text = member.date_of_birth.isoformat()
    ET.SubElement(person, NC + "PersonRaceText").text = member.race
    return person


def refer(member) -> int:
    root = ET.Element("Referral", {"version": "5.0"})
    person_element(root, member)
    body = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    response = requests.post(ERO_EXCHANGE_URL, data=body, headers={"Content-Type": "application/xml"}, timeout=30)
    return response.status_code
