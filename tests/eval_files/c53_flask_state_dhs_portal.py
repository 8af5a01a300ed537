"""Flask app of a county office: pushes case updates to the Pennsylvania DHS portal."""
import requests
from flask import Flask, request

app = Flask(__name__)
PA_DHS_COMPASS = "https://compass.dhs.pa.gov/api/cases"


@app.route("/cases/<case_id>", methods=["POST"])
def update_case(case_id):
    form = request.get_json()
    requests.post(f"{PA_DHS_COMPASS}/{case_id}", json={
        "ssn": form["ssn"],
        "household_income": form["income"],
        "diagnosis_codes": form["dx"],
    })
    return {"ok": True}
