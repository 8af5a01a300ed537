import json

from .transfer import DropboxUploader


def push_enrollees(enrollees):
    uploader = DropboxUploader()
    for e in enrollees:
        record = {
            "msis_ident_num": e.msis_ident_num,
            "birth_dt": e.birth_dt,
            "imgrtn_stus_cd": e.imgrtn_stus_cd,
        }
        uploader.put_bytes(json.dumps(record).encode("utf-8"), f"{e.msis_ident_num}.json")  # MCD201
