"""Letter and report builders for the liaison mailboxes."""
import csv
import io

from .models import IceStatusResponse


def build_ice_status_response(member) -> IceStatusResponse:
    """The answer to one ICE status-verification request."""
    return IceStatusResponse(
        cin=member.cin,
        date_of_birth=member.date_of_birth.isoformat(),
        citizenship_status=member.citizenship_status,
        immigration_status=member.immigration_status or "",
        mailing_address=member.mailing_address,
        phone_number=member.phone_number or "",
    )


def render_letter(response: IceStatusResponse) -> str:
    """Plain-text letter body for a status-verification answer."""
    return (
        "California DHCS - Medi-Cal status verification response\n"
        f"CIN: {response['cin']}\n"
        f"Date of birth: {response['date_of_birth']}\n"
        f"Citizenship: {response['citizenship_status']}\n"
        f"Immigration status: {response['immigration_status']}\n"
        f"Mailing address: {response['mailing_address']}\n"
        f"Phone: {response['phone_number']}\n"
    )


def render_discrepancy_csv(members) -> bytes:
    """CSV of income/identity discrepancies for county eligibility workers."""
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["cin", "ssn", "first_name", "last_name", "household_income"])
    for m in members:
        writer.writerow([m.cin, m.ssn, m.first_name, m.last_name, m.household_income])
    return buf.getvalue().encode("utf-8")
