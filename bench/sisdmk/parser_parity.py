#!/usr/bin/env python3
"""Checks that PageParser's simdjson fast path and its QJsonDocument path store the same thing.

  parser_parity.py --build BUILD_DIR [--workers 30000] [--bad-share 0.3]

Pulls the same simulator rows twice with `medtrackctl sisdmk sync` (once with MEDTRACK_SISDMK_QT_PARSER=1),
then compares every stored personnel column but run_id, and the quarantine's (NIK, reasons) rows. The raw
JSON kept in quarantine may differ in spelling (key order, escapes) between the two parsers, not in content.
Exit status 0 when both agree.
"""
import argparse
import hashlib
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import bench_sisdmk as bench  # noqa: E402


def digest(db, sql):
    out = subprocess.run(["sqlite3", db, sql], capture_output=True, check=True).stdout
    return hashlib.sha256(out).hexdigest(), out.count(b"\n")


def pull(build, work, name, base, regions, qt):
    env = dict(os.environ)
    if qt:
        env["MEDTRACK_SISDMK_QT_PARSER"] = "1"
    data = os.path.join(work, name)
    ctl = os.path.join(build, "app", "medtrackctl", "medtrackctl")
    cmd = [ctl, "--data-dir", data, "--json", "sisdmk", "sync", "--base-url", base, "--username", bench.USER]
    for r in regions:
        cmd += ["--region", r]
    subprocess.run(cmd, input=(bench.PASSWORD + "\n").encode(), env=env, check=True, stdout=subprocess.DEVNULL)
    db = os.path.join(data, "medtrack.db")
    people = digest(db, "SELECT nik,name,sex,birth_date,birth_place,province_code,regency_code,address,active,"
                        "last_updated_ms,category_id,categories,facility_code,facility_name,jobs_json "
                        "FROM personnel ORDER BY nik")
    quarantine = digest(db, "SELECT nik, reasons FROM personnel_quarantine ORDER BY nik, reasons")
    return people, quarantine


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default=os.path.join(bench.REPO, "build"))
    ap.add_argument("--workers", type=int, default=30000)
    ap.add_argument("--bad-share", default="0.3")
    a = ap.parse_args()
    sim = os.path.join(a.build, "tools", "sisdmk-sim", "sisdmk-sim")
    p = subprocess.Popen([sim, "--listen", "127.0.0.1:0", "--seed", "11", "--workers", str(a.workers),
                          "--bad-share", a.bad_share, "--epoch", "2026-11-01", "--quiet"],
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        base = "http://" + p.stdout.readline().split("listening on ")[1].strip()
        regions = bench.provinces()
        with tempfile.TemporaryDirectory(prefix="sisdmk-parity-") as work:
            fast = pull(a.build, work, "fast", base, regions, False)
            qt = pull(a.build, work, "qt", base, regions, True)
    finally:
        p.kill()
        p.wait()
    print("personnel  fast %s (%d rows)  qt %s (%d rows)" % (fast[0][0][:16], fast[0][1], qt[0][0][:16], qt[0][1]))
    print("quarantine fast %s (%d rows)  qt %s (%d rows)" % (fast[1][0][:16], fast[1][1], qt[1][0][:16], qt[1][1]))
    same = fast == qt
    print("same" if same else "DIFFERENT")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
