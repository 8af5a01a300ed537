"""FastAPI service that forwards intake subjects to ICE."""
import httpx
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()
ICE_INTAKE = "https://intake.ice.gov/v1/subjects"


class SubjectIn(BaseModel):
    medicaid_id: str
    date_of_birth: str
    mailing_address: str
    social_security_number: str  # MCD101
    last_diagnosis: str  # MCD102


@app.post("/forward")
async def forward(subject: SubjectIn):
    async with httpx.AsyncClient(timeout=20) as client:
        await client.post(ICE_INTAKE, json=subject.model_dump())
    return {"forwarded": True}
