#!/usr/bin/env bash
# Graceful shutdown of a real process: start the jar, fire a burst of concurrent requests (routine builds, PDF
# sheets, pages), send SIGTERM while they are in flight, and check that every one of them got a whole answer.
#   scripts/graceful-shutdown.sh
# Environment: PORT (8096), REQUESTS (40), LIMBER_JAR (skip packaging), DB=postgres (a throwaway PostgreSQL),
# H2_URL_OPTIONS (e.g. ";DB_CLOSE_ON_EXIT=FALSE").
source "$(dirname "$0")/lib/ops.sh"
PORT=${PORT:-8096}
REQUESTS=${REQUESTS:-40}
H2_FILE="$ROOT/data/ops-shutdown-$$"
trap 'cleanup; rm -f "$H2_FILE".*.db' EXIT
build_jar
if [ "${DB:-h2}" = postgres ]; then
	start_postgres "${PG_PORT:-55435}"
	export SPRING_PROFILES_ACTIVE=postgres SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:${PG_PORT:-55435}/limber"
	start_app "$PORT"
else
	start_app "$PORT" --spring.datasource.url="jdbc:h2:file:$H2_FILE${H2_URL_OPTIONS:-}"
fi
status=0
python3 - "http://127.0.0.1:$PORT" "$APP_PID" "$REQUESTS" <<'PY' || status=$?
import concurrent.futures, os, signal, sys, threading, time, requests
base, pid, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
routine = requests.post(f"{base}/api/routines", json={"focus": "tight", "minutes": 30}).json()["id"]
if os.environ.get("COLD") != "1":  # a server that has served each kind once; COLD=1 stops one that has not
    requests.get(f"{base}/routines/{routine}/sheet.pdf?paper=a4").raise_for_status()
    requests.get(f"{base}/routines/{routine}").raise_for_status()
started = threading.Barrier(count + 1)
def call(i):
    started.wait()
    try:
        if i % 3 == 0:
            r = requests.post(f"{base}/api/routines", json={"focus": "weak", "minutes": 5 + i % 26}, timeout=60)
            return r.status_code == 201 and r.json()["id"], f"POST /api/routines -> {r.status_code}"
        if i % 3 == 1:
            r = requests.get(f"{base}/routines/{routine}/sheet.pdf?paper=a4", timeout=60)
            return r.status_code == 200 and r.content.rstrip().endswith(b"%%EOF"), f"GET sheet.pdf -> {r.status_code}, {len(r.content)} bytes" + ("" if r.status_code == 200 else ": " + r.text[:200])
        r = requests.get(f"{base}/routines/{routine}", timeout=60)
        return r.status_code == 200 and "</html>" in r.text, f"GET /routines/{{id}} -> {r.status_code}"
    except requests.RequestException as ex:
        return False, f"request {i} ({['POST /api/routines', 'GET sheet.pdf', 'GET /routines/{id}'][i % 3]}) failed: {type(ex).__name__}"
with concurrent.futures.ThreadPoolExecutor(count) as pool:
    futures = [pool.submit(call, i) for i in range(count)]
    started.wait()
    time.sleep(0.15)  # the requests are on the wire and being handled
    os.kill(pid, signal.SIGTERM)
    stopped = time.monotonic()
    outcomes = [f.result() for f in futures]
completed = sum(1 for ok, _ in outcomes if ok)
print(f"SIGTERM sent 150 ms after {count} concurrent requests started; {completed}/{count} completed whole")
for ok, what in outcomes:
    if not ok:
        print("  INCOMPLETE", what)
sys.exit(0 if completed == count else 1)
PY
{ wait "$APP_PID"; } 2>/dev/null && code=0 || code=$?; echo "exit status of the app after SIGTERM: $code"; APP_PID=""
cp "$WORK/app-$PORT.log" "${SHUTDOWN_LOG:-/dev/null}"
grep -h "graceful shutdown\|Graceful shutdown\| ERROR " "$WORK/app-$PORT.log" | sed 's/^.*: /  app log: /' || true
exit $status
