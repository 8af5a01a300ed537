"""Contractor CLI: ask the CBP match service about one Medicaid member.

    cbp-match 91234567A
"""
import json
import logging

import click
import urllib3

from contractor.mmis import fetch_member

log = logging.getLogger("cbp_match")

CBP_MATCH_BASE = "https://match.cbp.gov/api/v3"
http = urllib3.PoolManager(retries=urllib3.Retry(total=3, backoff_factor=0.5, status_forcelist=[502, 503]))


@click.command()
@click.argument("member_id")
@click.option("--verbose", is_flag=True)
def main(member_id: str, verbose: bool) -> None:
    m = fetch_member(member_id)
    if m is None:
        raise click.ClickException(f"no member {member_id}")
    url = f"{CBP_MATCH_BASE}/subjects/{m.ssn}/matches"  # MCD101
    body = json.dumps({
        "medicaidId": m.medicaid_id,
        "dob": m.dob.isoformat(),
        "gender": m.gender,  # MCD101
        "countryOfBirth": m.birth_country,  # MCD101
    })
    resp = http.request("POST", url, body=body, headers={"Content-Type": "application/json"})
    if resp.status >= 400:
        raise click.ClickException(f"CBP match failed: {resp.status}")
    result = json.loads(resp.data)
    if verbose:
        click.echo(json.dumps(result, indent=2))
    click.echo(f"{len(result.get('matches', []))} match(es)")


if __name__ == "__main__":
    main()
