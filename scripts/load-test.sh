#!/usr/bin/env bash
# Load test: 64 concurrent clients for 60 s against one instance (the packaged jar, H2 file database), 16 each
# browsing the catalogue, building routines, reading routines and logging completions, all at the same time.
# Prints requests, errors and latency percentiles per kind. Load generator (wrk) and server share the machine.
#   scripts/load-test.sh                 (needs wrk: apt-get install wrk)
# Environment: PORT (8092), DURATION (60s), CONNECTIONS per kind (16), LIMBER_JAR (skip packaging),
# DB=postgres to run against a throwaway PostgreSQL instead of H2; H2_URL_OPTIONS (e.g. ";WRITE_DELAY=0");
# READY_TIMEOUT (90 s) for the app to get ready.
source "$(dirname "$0")/lib/ops.sh"
PORT=${PORT:-8092}
DURATION=${DURATION:-60s}
CONNECTIONS=${CONNECTIONS:-16}
KINDS=(catalogue build read complete)
BASE="http://127.0.0.1:$PORT"
command -v wrk >/dev/null || { log "wrk is missing: apt-get install wrk"; exit 1; }

build_jar
if [ "${DB:-h2}" = postgres ]; then
	start_postgres "${PG_PORT:-55434}"
	export SPRING_PROFILES_ACTIVE=postgres SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:${PG_PORT:-55434}/limber"
	start_app "$PORT"
else
	H2_FILE="$ROOT/data/ops-load-$$"
	trap 'cleanup; rm -f "$H2_FILE".*.db' EXIT
	start_app "$PORT" --spring.datasource.url="jdbc:h2:file:$H2_FILE${H2_URL_OPTIONS:-}"
fi

# One returning visitor with 32 routines to read and log against; the exercise slugs for the catalogue pages.
python3 - "$BASE" "$WORK" <<'PY'
import sys, requests
base, work = sys.argv[1], sys.argv[2]
s = requests.Session()
ids = []
for i in range(32):
    r = s.post(f"{base}/api/routines", json={"minutes": 5 + i % 26, "focus": ["tight", "weak", "hips"][i % 3]})
    r.raise_for_status()
    ids.append(r.json()["id"])
open(f"{work}/routines.txt", "w").write("\n".join(ids) + "\n")
open(f"{work}/cookie.txt", "w").write(s.cookies["limber_owner"])
slugs = [e["slug"] for e in requests.get(f"{base}/api/exercises").json()]
open(f"{work}/slugs.txt", "w").write("\n".join(slugs) + "\n")
PY
export OWNER_COOKIE=$(cat "$WORK/cookie.txt") ROUTINES_FILE="$WORK/routines.txt" SLUGS_FILE="$WORK/slugs.txt"

log "warming up (20 s, not counted)"
pids=()
for kind in "${KINDS[@]}"; do
	KIND=$kind wrk -t1 -c4 -d20s -s "$ROOT/scripts/load/mix.lua" "$BASE" >/dev/null &
	pids+=($!)
done
wait "${pids[@]}"

pids=()
log "measuring: ${#KINDS[@]} x $CONNECTIONS connections for $DURATION"
for kind in "${KINDS[@]}"; do
	KIND=$kind wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -s "$ROOT/scripts/load/mix.lua" "$BASE" \
		>"$WORK/wrk-$kind.txt" 2>&1 &
	pids+=($!)
done
wait "${pids[@]}"
grep -h "ERROR\|WARN" "$WORK/app-$PORT.log" | grep -v "UserDetailsService\|newer than this version" | head -5 >&2 || true

python3 - "$WORK" "${KINDS[@]}" <<'PY'
import re, sys
work, kinds = sys.argv[1], sys.argv[2:]
def ms(value):
    number, unit = float(re.match(r"[\d.]+", value).group()), re.search(r"[a-z]+$", value).group()
    return number * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]
print(f"{'kind':<10} {'requests':>9} {'req/s':>8} {'errors':>7} {'p50 ms':>8} {'p90 ms':>8} {'p99 ms':>8} {'max ms':>8}")
total_requests = total_errors = 0
total_rate = 0.0
for kind in kinds:
    text = open(f"{work}/wrk-{kind}.txt").read()
    requests = int(re.search(r"(\d+) requests in", text).group(1))
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    non2xx = int((re.search(r"Non-2xx or 3xx responses: (\d+)", text) or [0, 0])[1])
    socket = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", text))
    pct = {p: ms(v) for p, v in re.findall(r"^\s+(50|90|99)%\s+(\S+)", text, re.M)}
    peak = ms(re.search(r"Latency\s+\S+\s+\S+\s+(\S+)", text).group(1))
    errors = non2xx + socket
    total_requests += requests
    total_errors += errors
    total_rate += rate
    print(f"{kind:<10} {requests:>9} {rate:>8.1f} {errors:>7} {pct['50']:>8.1f} {pct['90']:>8.1f} {pct['99']:>8.1f} {peak:>8.1f}")
print(f"{'all':<10} {total_requests:>9} {total_rate:>8.1f} {total_errors:>7}")
sys.exit(1 if total_errors else 0)
PY
