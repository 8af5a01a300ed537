"""Casefile section builders; each fills the caller's document in place."""


def add_identity(doc, member):
    doc["msis_id"] = member.msis_id
    doc["birth_date"] = member.birth_date.isoformat()
    doc["mailing_address"] = member.mailing_address


def add_contacts(doc, member):
    doc.update(phone=member.phone_number, email=member.email_address)


def add_employment(doc, member):
    doc["employer_name"] = member.employer_name
    doc["employer_address"] = member.employer_address
