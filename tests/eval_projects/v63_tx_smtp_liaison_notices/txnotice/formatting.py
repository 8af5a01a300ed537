"""Plain-text rendering for digest e-mails."""


def summary_line(row):
    return f"{row['medicaid_id']:<12} {row['date_of_birth']} county={row['county_code']} hh={row['household_size']}"
