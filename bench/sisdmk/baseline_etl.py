#!/usr/bin/env python3
"""The baseline for issue 4's benchmark: what an administrator would write with Python's standard library.

Same job as `medtrackctl sisdmk sync`: log in, pull every page of the given regions from a SISDMK endpoint
(the contract in ../shared/specs/sisdmk-api.md), validate each record as the contract says (NIK structure
against every Kemendagri decree's districts, birth date and sex against the NIK, name, active status, region
codes mapped to the dotted internal form), quarantine the bad ones with their reasons and raw JSON, and upsert
the good ones into SQLite (a row is replaced only when LAST_UPDATED is newer), one transaction per page.

usage: baseline_etl.py BASE_URL DB_FILE WILAYAH_CSV USERNAME PASSWORD REGION [REGION...] [--since ISO]
Prints one JSON line: {"received":..,"valid":..,"rejected":..,"seconds":..}
"""
import csv
import datetime
import json
import sqlite3
import sys
import time
import urllib.parse
import urllib.request

SCHEMA = """
CREATE TABLE IF NOT EXISTS personnel (
  nik TEXT PRIMARY KEY, name TEXT NOT NULL, sex TEXT NOT NULL DEFAULT '', birth_date TEXT NOT NULL DEFAULT '',
  birth_place TEXT NOT NULL DEFAULT '', province_code TEXT NOT NULL, regency_code TEXT NOT NULL,
  address TEXT NOT NULL DEFAULT '', active INTEGER NOT NULL, last_updated_ms INTEGER NOT NULL,
  category_id INTEGER NOT NULL DEFAULT 0, categories TEXT NOT NULL DEFAULT '', facility_code TEXT NOT NULL DEFAULT '',
  facility_name TEXT NOT NULL DEFAULT '', jobs_json TEXT NOT NULL DEFAULT '[]', run_id TEXT NOT NULL DEFAULT '');
CREATE INDEX IF NOT EXISTS idx_personnel_regency ON personnel(regency_code);
CREATE INDEX IF NOT EXISTS idx_personnel_name ON personnel(name COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS idx_personnel_category ON personnel(category_id);
CREATE INDEX IF NOT EXISTS idx_personnel_facility ON personnel(facility_code);
CREATE TABLE IF NOT EXISTS personnel_quarantine (
  id INTEGER PRIMARY KEY AUTOINCREMENT, run_id TEXT NOT NULL, nik TEXT NOT NULL DEFAULT '', reasons TEXT NOT NULL,
  raw TEXT NOT NULL, received_at_ms INTEGER NOT NULL);
"""

UPSERT = """
INSERT INTO personnel (nik, name, sex, birth_date, birth_place, province_code, regency_code, address, active,
  last_updated_ms, category_id, categories, facility_code, facility_name, jobs_json, run_id)
VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
ON CONFLICT(nik) DO UPDATE SET name=excluded.name, sex=excluded.sex, birth_date=excluded.birth_date,
  birth_place=excluded.birth_place, province_code=excluded.province_code, regency_code=excluded.regency_code,
  address=excluded.address, active=excluded.active, last_updated_ms=excluded.last_updated_ms,
  category_id=excluded.category_id, categories=excluded.categories, facility_code=excluded.facility_code,
  facility_name=excluded.facility_name, jobs_json=excluded.jobs_json, run_id=excluded.run_id
WHERE excluded.last_updated_ms > personnel.last_updated_ms
"""


def load_regions(path):
    districts, regencies, provinces, levels = set(), {}, {}, []
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            code = row["code"]
            if row["level"] == "3":
                districts.add(code.replace(".", ""))
            elif row["level"] in ("1", "2"):
                levels.append((row["level"], code, row["last_decree_year"]))
    newest = max(year for _, _, year in levels)
    for level, code, year in levels:
        if year == newest:
            (provinces if level == "1" else regencies)[code.replace(".", "")] = code
    return districts, regencies, provinces


def nik_reasons(nik, sex, birth, today, districts):
    if not isinstance(nik, str) or len(nik) != 16 or not nik.isdigit():
        return ["nik_format"]
    reasons = []
    if nik[:6] not in districts:
        reasons.append("nik_district_unknown")
    dd, mm, yy = int(nik[6:8]), int(nik[8:10]), int(nik[10:12])
    female = dd > 40
    if female:
        dd -= 40
    date = None
    for century in (2000, 1900):
        try:
            d = datetime.date(century + yy, mm, dd)
        except ValueError:
            continue
        if d <= today:
            date = d
            break
    if date is None:
        reasons.append("nik_birth_date_invalid")
    if nik[12:] == "0000":
        reasons.append("nik_serial_invalid")
    if reasons:
        return reasons
    if (sex == "P" and not female) or (sex == "L" and female):
        reasons.append("nik_sex_mismatch")
    if birth:
        try:
            b = datetime.date.fromisoformat(birth)
            if (b.day, b.month, b.year % 100) != (date.day, date.month, date.year % 100):
                reasons.append("nik_birth_date_mismatch")
        except (ValueError, TypeError):
            reasons.append("birth_date_format")
    return reasons


def to_ms(iso):
    return int(datetime.datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.timezone.utc)
               .timestamp() * 1000)


MAX_FIELD = 1000
MAX_NAME = 200


def text(obj, key, reasons):
    v = obj.get(key)
    if v is None:
        return ""
    if not isinstance(v, str):
        r = "field_type:" + key
        if r not in reasons:
            reasons.append(r)
        return ""
    if len(v) > MAX_FIELD:
        reasons.append("field_too_long:" + key)
        return ""
    return v.strip()


def validate(rec, today, districts, regencies, provinces):
    if not isinstance(rec, dict):
        return None, ["not_an_object"]
    reasons = []
    nik = rec.get("NIK")
    if not isinstance(nik, str):
        reasons.append("nik_type")
    else:
        nik = nik.strip()
    name = " ".join(text(rec, "NAMA", reasons).split())
    if not name:
        reasons.append("name_empty")
    elif len(name) > MAX_NAME:
        reasons.append("name_too_long")
    sex = text(rec, "JENIS_KELAMIN", reasons).upper()
    if sex not in ("", "L", "P"):
        reasons.append("sex_invalid")
    birth = text(rec, "TANGGAL_LAHIR", reasons)
    if birth:
        try:
            datetime.date.fromisoformat(birth)
        except ValueError:
            reasons.append("birth_date_format")
            birth = ""
    if isinstance(nik, str):
        for r in nik_reasons(nik, sex, birth, today, districts):
            if r not in reasons:
                reasons.append(r)
    prov_code = text(rec, "KODE_PROV", reasons)
    kab_code = text(rec, "KODE_KAB", reasons)
    prov = provinces.get(prov_code.replace(".", ""))
    kab = regencies.get(kab_code.replace(".", ""))
    if prov is None:
        reasons.append("province_unknown")
    if kab is None:
        reasons.append("regency_unknown")
    if prov is not None and kab is not None and not kab.startswith(prov + "."):
        reasons.append("regency_outside_province")
    jobs_in = rec.get("PEKERJAAN")
    jobs = []
    if jobs_in is not None and not isinstance(jobs_in, list):
        reasons.append("field_type:PEKERJAAN")
    for j in jobs_in or []:
        j = j if isinstance(j, dict) else {}
        job = {k: text(j, k, reasons) for k in ("KODE_UNIT", "UNIT", "KODE_KAB", "ID_JENIS_SDMK", "JENIS_SDMK",
                                               "STATUS", "NIP", "STR", "TANGGAL_AKHIR_STR", "SIP")}
        cat = job["ID_JENIS_SDMK"]
        if not cat.isdigit() or not 1 <= int(cat) <= 35:
            reasons.append("sdmk_category_unknown")
        jobs.append(job)
    status = text(rec, "STATUS_AKTIF", reasons)
    if status not in ("AKTIF", "TIDAK AKTIF"):
        reasons.append("status_aktif_invalid")
    try:
        updated = to_ms(text(rec, "LAST_UPDATED", reasons))
    except ValueError:
        reasons.append("last_updated_format")
        updated = 0
    address = text(rec, "ALAMAT", reasons)
    birth_place = text(rec, "TEMPAT_LAHIR", reasons)
    if reasons:
        return None, reasons
    cats = [j["ID_JENIS_SDMK"] for j in jobs]
    first = jobs[0] if jobs else {}
    row = (nik, name, sex, birth, birth_place, prov, kab, address, 1 if status == "AKTIF" else 0, updated,
           int(cats[0]) if cats else 0, "," + ",".join(cats) + "," if cats else "", first.get("KODE_UNIT", ""),
           first.get("UNIT", ""), json.dumps(jobs, separators=(",", ":"), ensure_ascii=False), "python-baseline")
    return row, []


def get_json(url, data=None):
    with urllib.request.urlopen(url, data=data, timeout=60) as r:
        return json.loads(r.read())


def main(argv):
    since = ""
    if "--since" in argv:
        i = argv.index("--since")
        since = argv[i + 1]
        del argv[i:i + 2]
    base, db_file, wilayah, user, password, *regions = argv[1:]
    t0 = time.monotonic()
    districts, regencies, provinces = load_regions(wilayah)
    today = datetime.date.today()
    db = sqlite3.connect(db_file)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.executescript(SCHEMA)
    login = get_json(base + "/rest/login_ws", urllib.parse.urlencode({"username": user, "password": password}).encode())
    token = login["token"]
    received = valid = rejected = 0
    now_ms = int(time.time() * 1000)
    for region in regions:
        page = 1
        while page:
            q = urllib.parse.urlencode({"kode_wilayah": region, "updated_since": since, "page": page,
                                        "per_page": 1000, "token": token})
            body = get_json(base + "/rest/sdmk?" + q)
            if "data" not in body:
                raise SystemExit("format change: no data")
            checked, counts = [], {}
            for rec in body["data"]:
                received += 1
                row, reasons = validate(rec, today, districts, regencies, provinces)
                nik = rec.get("NIK").strip() if isinstance(rec, dict) and isinstance(rec.get("NIK"), str) else ""
                if nik:
                    counts[nik] = counts.get(nik, 0) + 1
                checked.append((rec, nik, row, reasons))
            rows, bad = [], []
            for rec, nik, row, reasons in checked:
                if nik and counts[nik] > 1:
                    row, reasons = None, reasons + ["duplicate_nik_in_page"]
                if row is None:
                    bad.append(("python-baseline", nik, json.dumps(reasons),
                                json.dumps(rec, separators=(",", ":"), ensure_ascii=False), now_ms))
                else:
                    rows.append(row)
            with db:
                db.executemany(UPSERT, rows)
                db.executemany("INSERT INTO personnel_quarantine (run_id, nik, reasons, raw, received_at_ms) "
                               "VALUES (?,?,?,?,?)", bad)
            valid += len(rows)
            rejected += len(bad)
            page = body.get("paging", {}).get("next_page")
    db.close()
    print(json.dumps({"received": received, "valid": valid, "rejected": rejected,
                      "seconds": round(time.monotonic() - t0, 3)}))


if __name__ == "__main__":
    main(sys.argv)
