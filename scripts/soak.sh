#!/usr/bin/env bash
# Soak: N minutes of mixed writes against the packaged jar on an H2 file database, printing the file's size every
# minute; then a clean shutdown (size again), a restart, and every acknowledged routine read back (lost = 0?).
#   scripts/soak.sh                      (MINUTES=10 CLIENTS=16 by default)
# Writes: first-time visitors building routines (JSON API), a returning owner logging completions, renaming and
# shuffling their routines through the pages (with CSRF tokens), and reads of the routine pages in between.
# Environment: PORT (8093), MINUTES (10), CLIENTS (16), VISITORS (how many of the clients build new routines, the
# others edit theirs; CLIENTS/2), HOUSEKEEPING (on; off runs without app.limber.system.H2Housekeeping, to compare),
# LIMBER_JAR (skip packaging), H2_URL_OPTIONS (default: the options of application.properties,
# ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE"), END (stop: a clean shutdown; kill: kill -9 while the
# writes are still going on, as a crash under load, then the same restart and read-back).
source "$(dirname "$0")/lib/ops.sh"
PORT=${PORT:-8093}
MINUTES=${MINUTES:-10}
CLIENTS=${CLIENTS:-16}
VISITORS=${VISITORS:-$((CLIENTS / 2))}
HOUSEKEEPING=${HOUSEKEEPING:-on}
END=${END:-stop}
H2_URL_OPTIONS=${H2_URL_OPTIONS:-;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE}
H2_FILE="$ROOT/data/ops-soak-$$"
trap 'cleanup; rm -f "$H2_FILE".*.db' EXIT

build_jar
APP_ARGS=(--spring.datasource.url="jdbc:h2:file:$H2_FILE$H2_URL_OPTIONS")
if [ "$HOUSEKEEPING" = off ]; then APP_ARGS+=(--limber.h2.housekeeping=false); fi
start_app "$PORT" "${APP_ARGS[@]}"
log "soaking for $MINUTES min with $CLIENTS clients ($VISITORS building, the others editing); H2 options" \
	"'$H2_URL_OPTIONS'; housekeeping $HOUSEKEEPING; load average $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "http://127.0.0.1:$PORT" "$MINUTES" "$CLIENTS" "$H2_FILE.mv.db" "$WORK" "$VISITORS" "$END" "$APP_PID" <<'PY'
import os, random, re, signal, sys, threading, time
import requests
base, minutes, clients, db, work = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
visitors, end_with, app_pid = int(sys.argv[6]), sys.argv[7], int(sys.argv[8])
end = time.time() + minutes * 60
lock = threading.Lock()
counts = {"requests": 0, "5xx": 0, "other": 0}
acked = []
CSRF = re.compile(r'name="_csrf" value="([^"]+)"')

def count(response):
    with lock:
        counts["requests"] += 1
        if response.status_code >= 500:
            counts["5xx"] += 1
        elif response.status_code >= 400:
            counts["other"] += 1
    return response

def visitor():
    while time.time() < end:
        s = requests.Session()
        r = count(s.post(f"{base}/api/routines", json={"minutes": random.randint(5, 30),
            "focus": random.choice(["tight", "weak", "recovering", "hips", "balanced"])}))
        if r.status_code == 201:
            with lock:
                acked.append(r.json()["id"])

def owner():
    s = requests.Session()
    mine = []
    for i in range(4):
        r = count(s.post(f"{base}/api/routines", json={"focus": "tight", "name": f"Soak {i}"}))
        if r.status_code == 201:
            mine.append(r.json()["id"])
            with lock:
                acked.append(mine[-1])
    n = 0
    while time.time() < end:
        n += 1
        rid = random.choice(mine)
        kind = n % 4
        if kind == 0:
            count(s.post(f"{base}/api/routines/{rid}/completions", json={"durationSeconds": 300 + n % 600,
                "painBefore": n % 11, "painAfter": n % 4}))
        else:
            page = count(s.get(f"{base}/routines/{rid}"))
            token = CSRF.search(page.text)
            if not token:
                continue
            if kind == 1:
                count(s.post(f"{base}/routines/{rid}/shuffle", data={"_csrf": token.group(1)}, allow_redirects=False))
            elif kind == 2:
                count(s.post(f"{base}/routines/{rid}/name", data={"_csrf": token.group(1), "name": f"Soak {n}"},
                    allow_redirects=False))
            else:
                count(s.post(f"{base}/routines/{rid}/steps/0/dose", data={"_csrf": token.group(1), "hold": "30",
                    "reps": "1", "sets": "1"}, allow_redirects=False))

def quietly(work):
    def run():
        try:
            work()
        except requests.ConnectionError:
            pass  # END=kill: the app is gone; what it acknowledged before is in acked
    return run

threads = [threading.Thread(target=quietly(visitor if i < visitors else owner), daemon=True) for i in range(clients)]
for t in threads:
    t.start()
start = time.time()
print(f"{'minute':>6} {'requests':>9} {'5xx':>5} {'4xx':>5} {'routines':>9} {'file MiB':>9} {'load':>5}", flush=True)
print(f"{0:>6} {0:>9} {0:>5} {0:>5} {0:>9} {os.path.getsize(db) / 1048576:>9.1f} {os.getloadavg()[0]:>5.1f}", flush=True)
for minute in range(1, minutes + 1):
    time.sleep(max(0, start + minute * 60 - time.time()))
    with lock:
        print(f"{minute:>6} {counts['requests']:>9} {counts['5xx']:>5} {counts['other']:>5} {len(acked):>9} "
              f"{os.path.getsize(db) / 1048576:>9.1f} {os.getloadavg()[0]:>5.1f}", flush=True)
if end_with == "kill":
    os.kill(app_pid, signal.SIGKILL)  # in the middle of the writes
    print("kill -9 sent while writing", flush=True)
for t in threads:
    t.join(timeout=30)
open(f"{work}/acked.txt", "w").write("\n".join(acked) + "\n")
with lock:
    print(f"total: {counts['requests']} requests, {counts['5xx']} answered 5xx, {counts['other']} 4xx, "
          f"{len(acked)} routines acknowledged", flush=True)
PY

if [ "$END" = kill ]; then
	{ wait "$APP_PID"; } 2>/dev/null || true
	APP_PID=""
	log "after kill -9: $(du -m --apparent-size "$H2_FILE.mv.db" | cut -f1) MiB"
else
	stop_app
	log "after a clean shutdown: $(du -m --apparent-size "$H2_FILE.mv.db" | cut -f1) MiB"
fi
start_app "$PORT" "${APP_ARGS[@]}"
python3 - "http://127.0.0.1:$PORT" "$WORK/acked.txt" <<'PY'
import sys, requests
from concurrent.futures import ThreadPoolExecutor
base, path = sys.argv[1], sys.argv[2]
ids = [line.strip() for line in open(path) if line.strip()]
def present(rid):
    return requests.get(f"{base}/api/routines/{rid}").status_code == 200
with ThreadPoolExecutor(8) as pool:
    lost = sum(1 for ok in pool.map(present, ids) if not ok)
print(f"after a restart: {len(ids)} acknowledged routines read back, {lost} lost")
PY
log "after the restart: $(du -m --apparent-size "$H2_FILE.mv.db" | cut -f1) MiB"
