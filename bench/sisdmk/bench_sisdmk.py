#!/usr/bin/env python3
"""Issue 4, part 10: the national SISDMK pull, measured on the real path, next to two baselines in the same run.

  bench_sisdmk.py --build BUILD_DIR [--workers 2100000] [--changed 10000] [--json OUT]

Starts tools/sisdmk-sim on loopback (fixed seed and epoch), then, on the same rows:
  1. source floor: every page fetched and thrown away (what the simulator and HTTP alone cost);
  2. medtrackctl sisdmk sync into an empty data dir (the app's ETL: fetch, validate, map, quarantine, upsert);
  3. baseline_etl.py: the same job in plain Python 3 (what an administrator would otherwise write);
  4. sqlite3 .import of the stored rows as CSV into the same table, indexes already there (the old floor);
  4b. the fair floor: the same CSV imported into the table with only its primary key, then the four
      secondary indexes built, which is what the ETL itself does on a first load (issue 9);
  5. incremental: the simulator marks N records changed, then both pull `updated_since` again; for medtrackctl
     both the whole process and the pull itself (first run's start to last run's end in sisdmk_runs).
Reports wall time, records/s, peak RSS (getrusage of each child), the load average before and after, and the
ratios the issue sets targets on. parser_parity.py checks that the fast parser stores what the Qt one does.
"""
import argparse
import csv
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
WILAYAH = os.path.join(REPO, "resources", "wilayah", "wilayah_kemendagri_l1-3.csv")
USER, PASSWORD = "medtrack", "medtrack-sim"


def provinces():
    with open(WILAYAH, newline="", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["level"] == "1"]
    newest = max(r["last_decree_year"] for r in rows)
    return [r["code"] for r in rows if r["last_decree_year"] == newest]


class Children:
    """Peak RSS of finished children: RUSAGE_CHILDREN's maxrss is a running maximum, so run the measured
    process as the only child in a fresh `python3 -c` wrapper that reports its own child's maxrss."""

    WRAP = ("import resource,subprocess,sys,time;t=time.monotonic();"
            "p=subprocess.run(sys.argv[1:],stdin=sys.stdin,stdout=subprocess.PIPE,stderr=subprocess.PIPE);"
            "sys.stderr.buffer.write(p.stderr);"
            "print(json.dumps({'rc':p.returncode,'s':time.monotonic()-t,"
            "'rss_kb':resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,'out':p.stdout.decode()}))")

    @staticmethod
    def measure(cmd, stdin=b""):
        settle()
        wrap = [sys.executable, "-c", "import json;" + Children.WRAP] + cmd
        p = subprocess.run(wrap, input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            r = json.loads(p.stdout)
        except ValueError:
            sys.exit("measure wrapper failed: %s\n%s" % (" ".join(cmd), p.stderr.decode()[-3000:]))
        if r["rc"] != 0:
            sys.exit("failed (%d): %s\n%s\n%s" % (r["rc"], " ".join(cmd), r["out"][-2000:], p.stderr.decode()[-3000:]))
        return r["s"], r["rss_kb"] / 1024.0, r["out"]


def settle():
    """Before each timed step: the previous step's dirty pages written out, so no step pays for another's
    writeback (gigabytes here; without this the same step varied by 25 % depending on what ran before)."""
    os.sync()
    time.sleep(3)


def start_sim(build, workers):
    sim = os.path.join(build, "tools", "sisdmk-sim", "sisdmk-sim")
    p = subprocess.Popen([sim, "--listen", "127.0.0.1:0", "--seed", "7", "--workers", str(workers),
                          "--bad-share", "0.01", "--epoch", "2026-11-01", "--quiet"],
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = p.stdout.readline()
    m = re.search(r"listening on (\S+)", line)
    if not m:
        p.kill()
        sys.exit("simulator did not start: " + line)
    return p, "http://" + m.group(1)


def fetch_only(base, regions, since=""):
    """Every page read and dropped: the cost of the source and HTTP (the same pages the ETLs read)."""
    t0 = time.monotonic()
    tok = json.loads(urllib.request.urlopen(
        base + "/rest/login_ws", urllib.parse.urlencode({"username": USER, "password": PASSWORD}).encode()).read())["token"]
    total_bytes = 0
    for region in regions:
        page = 1
        while page:
            q = urllib.parse.urlencode({"kode_wilayah": region, "updated_since": since, "page": page,
                                        "per_page": 1000, "token": tok})
            body = urllib.request.urlopen(base + "/rest/sdmk?" + q).read()
            total_bytes += len(body)
            m = re.search(rb'"next_page":(null|\d+)', body[-200:])
            page = int(m.group(1)) if m and m.group(1) != b"null" else None
    return time.monotonic() - t0, total_bytes


def ctl_sync(build, data_dir, base, regions, since=None):
    ctl = os.path.join(build, "app", "medtrackctl", "medtrackctl")
    cmd = [ctl, "--data-dir", data_dir, "--json", "sisdmk", "sync", "--base-url", base, "--username", USER]
    for r in regions:
        cmd += ["--region", r]
    if since:
        cmd += ["--since", since]
    seconds, rss, out = Children.measure(cmd, (PASSWORD + "\n").encode())
    runs = json.loads(out)["runs"]
    received = sum(r["received"] for r in runs)
    rejected = sum(r["rejected"] for r in runs)
    return seconds, rss, received, rejected


def runs_span(app_db, since_ms):
    """Seconds from the first run's start to the last run's end, as recorded in sisdmk_runs: the pull itself,
    without the process start and the integrity check at open (what a scheduled sync in the running app pays)."""
    out = subprocess.run(["sqlite3", app_db, "SELECT min(started_at_ms), max(ended_at_ms) FROM sisdmk_runs "
                          "WHERE started_at_ms >= %d" % since_ms], capture_output=True, text=True, check=True).stdout
    start, end = (int(x) for x in out.strip().split("|"))
    return (end - start) / 1000.0


def py_sync(db, base, regions, since=None):
    cmd = [sys.executable, os.path.join(HERE, "baseline_etl.py"), base, db, WILAYAH, USER, PASSWORD] + regions
    if since:
        cmd += ["--since", since]
    seconds, rss, out = Children.measure(cmd)
    r = json.loads(out.strip().splitlines()[-1])
    return seconds, rss, r["received"], r["rejected"]


def sqlite_import(app_db, work):
    """The floor: sqlite3's .import of the stored rows, as CSV, into an empty table of the same schema."""
    csv_path = os.path.join(work, "rows.csv")
    subprocess.run(["sqlite3", "-csv", app_db, ".output " + csv_path,
                    "SELECT nik,name,sex,birth_date,birth_place,province_code,regency_code,address,active,"
                    "last_updated_ms,category_id,categories,facility_code,facility_name,jobs_json,run_id FROM personnel"],
                   check=True)
    with open(os.path.join(HERE, "baseline_etl.py"), encoding="utf-8") as f:
        schema = re.search(r'SCHEMA = """(.*?)"""', f.read(), re.S).group(1)
    floor_db = os.path.join(work, "floor.db")
    script = "PRAGMA journal_mode=WAL;\nPRAGMA synchronous=NORMAL;\n" + schema + "\n.import --csv " + csv_path + " personnel\n"
    seconds, rss, _ = Children.measure(["sqlite3", floor_db], script.encode())
    rows = int(subprocess.run(["sqlite3", floor_db, "SELECT count(*) FROM personnel"], capture_output=True,
                              text=True, check=True).stdout)
    return seconds, rss, rows


def sqlite_import_then_index(app_db, work):
    """The fair floor: .import into the table with only its primary key, then build the secondary indexes."""
    csv_path = os.path.join(work, "rows.csv")  # written by sqlite_import() in the same run
    with open(os.path.join(HERE, "baseline_etl.py"), encoding="utf-8") as f:
        schema = re.search(r'SCHEMA = """(.*?)"""', f.read(), re.S).group(1)
    statements = [st.strip() + ";" for st in schema.split(";") if st.strip()]
    tables = [st for st in statements if not st.upper().startswith("CREATE INDEX")]
    indexes = [st for st in statements if st.upper().startswith("CREATE INDEX")]
    floor_db = os.path.join(work, "fair_floor.db")
    script = ("PRAGMA journal_mode=WAL;\nPRAGMA synchronous=NORMAL;\n" + "\n".join(tables) + "\n.import --csv "
              + csv_path + " personnel\n" + "\n".join(indexes) + "\n")
    seconds, rss, _ = Children.measure(["sqlite3", floor_db], script.encode())
    rows = int(subprocess.run(["sqlite3", floor_db, "SELECT count(*) FROM personnel"], capture_output=True,
                              text=True, check=True).stdout)
    return seconds, rss, rows, len(indexes)


def touch(base, count):
    urllib.request.urlopen(urllib.request.Request(base + "/admin/touch?count=%d" % count, data=b"", method="POST")).read()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default=os.path.join(REPO, "build"))
    ap.add_argument("--workers", type=int, default=2100000)
    ap.add_argument("--changed", type=int, default=10000)
    ap.add_argument("--json")
    a = ap.parse_args()
    regions = provinces()
    sim, base = start_sim(a.build, a.workers)
    res = {"workers": a.workers, "regions": len(regions), "cpus": os.cpu_count(), "load_before": os.getloadavg()[0]}
    try:
        with tempfile.TemporaryDirectory(prefix="bench-sisdmk-") as work:
            settle()
            fs, fbytes = fetch_only(base, regions)
            res["source"] = {"seconds": fs, "mb": fbytes / 1e6}
            print("source floor (fetch and drop): %.1f s, %.0f MB" % (fs, fbytes / 1e6), flush=True)

            app_dir = os.path.join(work, "app")
            app_db = os.path.join(app_dir, "medtrack.db")
            t_ms = int(time.time() * 1000) - 1000
            s, rss, rec, rej = ctl_sync(a.build, app_dir, base, regions)
            span = runs_span(app_db, t_ms)
            res["medtrack"] = {"seconds": s, "rss_mb": rss, "received": rec, "rejected": rej, "rps": rec / s,
                               "runs_seconds": span}
            print("medtrackctl: %.1f s, %.0f rec/s, peak RSS %.0f MB (%d received, %d rejected; runs %.1f s, the rest is "
                  "start-up, integrity check and the index build)" % (s, rec / s, rss, rec, rej, span), flush=True)

            py_db = os.path.join(work, "python.db")
            ps, prss, prec, prej = py_sync(py_db, base, regions)
            res["python"] = {"seconds": ps, "rss_mb": prss, "received": prec, "rejected": prej, "rps": prec / ps}
            print("python baseline: %.1f s, %.0f rec/s, peak RSS %.0f MB (%d received, %d rejected)" % (ps, prec / ps, prss, prec, prej), flush=True)
            if (prec, prej) != (rec, rej):
                print("WARNING: the two pulls disagree on received/rejected counts", flush=True)

            fl_s, fl_rss, fl_rows = sqlite_import(app_db, work)
            res["import_floor"] = {"seconds": fl_s, "rss_mb": fl_rss, "rows": fl_rows, "rps": fl_rows / fl_s}
            print("sqlite3 .import floor: %.1f s for %d rows (%.0f rows/s)" % (fl_s, fl_rows, fl_rows / fl_s), flush=True)
            ff_s, ff_rss, ff_rows, ff_idx = sqlite_import_then_index(app_db, work)
            res["fair_floor"] = {"seconds": ff_s, "rss_mb": ff_rss, "rows": ff_rows, "indexes": ff_idx}
            print("fair floor (.import with the primary key only, then %d indexes): %.1f s for %d rows"
                  % (ff_idx, ff_s, ff_rows), flush=True)

            since = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() - 1))
            touch(base, a.changed)
            t_ms = int(time.time() * 1000)
            s2, rss2, rec2, _ = ctl_sync(a.build, app_dir, base, regions, since)
            span2 = runs_span(app_db, t_ms)
            ps2, _, prec2, _ = py_sync(py_db, base, regions, since)
            res["incremental"] = {"changed": a.changed, "medtrack_seconds": s2, "medtrack_runs_seconds": span2,
                                  "medtrack_received": rec2, "python_seconds": ps2, "python_received": prec2}
            print("incremental (%d changed): medtrackctl %.2f s for the process, %.2f s for the pull (%d received), "
                  "python %.2f s (%d received)" % (a.changed, s2, span2, rec2, ps2, prec2), flush=True)
    finally:
        sim.kill()
        sim.wait()

    res["load_after"] = os.getloadavg()[0]
    speed_vs_python = res["python"]["seconds"] / res["medtrack"]["seconds"]
    vs_floor = res["medtrack"]["seconds"] / res["import_floor"]["seconds"]
    vs_fair = res["medtrack"]["seconds"] / res["fair_floor"]["seconds"]
    res["ratios"] = {"python_over_medtrack": speed_vs_python, "medtrack_over_import": vs_floor,
                     "medtrack_over_fair_floor": vs_fair}
    res["targets"] = {"3x_python": speed_vs_python >= 3.0, "within_3x_import": vs_floor <= 3.0,
                      "rss_250mb": res["medtrack"]["rss_mb"] <= 250.0,
                      "incremental_2s": res["incremental"]["medtrack_runs_seconds"] <= 2.0,
                      "incremental_2s_whole_process": res["incremental"]["medtrack_seconds"] <= 2.0,
                      "within_1_15x_fair_floor": vs_fair <= 1.15,
                      "cold_cli_incremental_not_slower_than_python":
                          res["incremental"]["medtrack_seconds"] <= res["incremental"]["python_seconds"]}
    print("\nload average (1 min) before %.1f, after %.1f, on %d cores" % (res["load_before"], res["load_after"], res["cpus"]))
    print("\n| measure | value | target | met |\n|---|---|---|---|")
    print("| medtrackctl vs Python (speed-up) | %.2fx | >= 3x | %s |" % (speed_vs_python, res["targets"]["3x_python"]))
    print("| medtrackctl / sqlite3 .import | %.2fx | <= 3x | %s |" % (vs_floor, res["targets"]["within_3x_import"]))
    print("| medtrackctl / fair floor (import, then indexes) | %.2fx | <= 1.15x | %s |" % (vs_fair, res["targets"]["within_1_15x_fair_floor"]))
    print("| cold medtrackctl incremental vs Python | %.2f s vs %.2f s | not slower | %s |" % (
        res["incremental"]["medtrack_seconds"], res["incremental"]["python_seconds"],
        res["targets"]["cold_cli_incremental_not_slower_than_python"]))
    print("| peak RSS medtrackctl | %.0f MB | <= 250 MB | %s |" % (res["medtrack"]["rss_mb"], res["targets"]["rss_250mb"]))
    print("| incremental pull of %d changed (the runs) | %.2f s | <= 2 s | %s |" % (a.changed, res["incremental"]["medtrack_runs_seconds"], res["targets"]["incremental_2s"]))
    print("| same, whole medtrackctl process | %.2f s | <= 2 s | %s |" % (res["incremental"]["medtrack_seconds"], res["targets"]["incremental_2s_whole_process"]))
    if a.json:
        with open(a.json, "w") as f:
            json.dump(res, f, indent=2)


if __name__ == "__main__":
    main()
