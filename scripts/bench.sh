#!/usr/bin/env bash
# Page-by-page benchmark against spring-petclinic, both measured in one run, interleaved (Limber, petclinic,
# Limber, petclinic, ...), one app at a time, wrk on the same cores as the app:
#   scripts/bench.sh /path/to/spring-petclinic-*.jar
# For each round and app: launch -> first 200 on / (fresh embedded database), resident memory at rest, every page
# under `wrk -t2 -c32` (WARMUP then DURATION each), Limber's PDF timings (a routine's first PDF, repeats, under
# load), resident memory after the load. Prints one table (median over rounds of req/s, p50, p99 per page) and a
# line comparing each Limber page with petclinic's /vets.html.
# Environment: ROUNDS (2), DURATION (15s), WARMUP (5s), PORT (8093), PETCLINIC_PORT (9967), LIMBER_JAR (skip
# packaging), LIMBER_LAUNCH (how to start Limber: "jar" = java -jar, or "script" = scripts/limber.sh, the
# documented launcher with its class-data-sharing archive and memory flags; default script), PETCLINIC_JAVA_OPTS.
source "$(dirname "$0")/lib/ops.sh"
PETCLINIC_JAR=${1:-${PETCLINIC_JAR:-}}
ROUNDS=${ROUNDS:-2}
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-5s}
PORT=${PORT:-8093}
PETCLINIC_PORT=${PETCLINIC_PORT:-9967}
LIMBER_LAUNCH=${LIMBER_LAUNCH:-script}
# What a browser sends; the same for both apps.
HEADERS=(-H "Accept: text/html,application/xhtml+xml,*/*;q=0.8" -H "Accept-Encoding: gzip, deflate, br")
command -v wrk >/dev/null || { log "wrk is missing: apt-get install wrk"; exit 1; }
[ -f "$PETCLINIC_JAR" ] || { log "usage: scripts/bench.sh PETCLINIC_JAR (build spring-petclinic with ./mvnw package -DskipTests)"; exit 2; }
JAR="$ROOT/target-bench/limber-0.1.0-SNAPSHOT.jar"
if [ -n "${LIMBER_JAR:-}" ]; then JAR=$LIMBER_JAR; else
	log "packaging $JAR"
	(cd "$ROOT" && ./mvnw -q -B -DskipTests -Dlimber.build.dir=target-bench package)
fi
LIMBER_HOME=${LIMBER_HOME:-${JAR%.jar}-app}
if [ "$LIMBER_LAUNCH" = script ]; then
	# Extraction and the class-data-sharing training run happen once per jar, before anything is timed.
	LIMBER_JAR="$JAR" LIMBER_HOME="$LIMBER_HOME" "$ROOT/scripts/limber.sh" prepare
fi
RESULTS="$WORK/results.tsv"
: >"$RESULTS"
BENCH_PID=""
trap 'stop_bench; cleanup' EXIT

record() { printf '%s\t%s\t%s\t%s\n' "$@" >>"$RESULTS"; }   # app figure round value
now_ms() { echo $(($(date +%s%N) / 1000000)); }
rss_mib() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }

stop_bench() {
	if [ -n "$BENCH_PID" ] && kill -0 "$BENCH_PID" 2>/dev/null; then
		kill -TERM "$BENCH_PID" 2>/dev/null || true
		wait "$BENCH_PID" 2>/dev/null || true
	fi
	BENCH_PID=""
}

# launch APP ROUND PORT COMMAND... : starts it, records launch -> first 200 on / and the memory at rest.
launch() {
	local app=$1 round=$2 port=$3; shift 3
	local start; start=$(now_ms)
	"$@" >>"$WORK/$app-$round.log" 2>&1 &
	BENCH_PID=$!
	until curl -fso /dev/null "http://127.0.0.1:$port/"; do
		kill -0 "$BENCH_PID" 2>/dev/null || { log "$app exited; see $WORK/$app-$round.log"; tail -30 "$WORK/$app-$round.log" >&2; exit 1; }
		sleep 0.05
	done
	record "$app" "launch to first 200 on / (ms)" "$round" $(($(now_ms) - start))
	sleep 5
	record "$app" "resident memory at rest (MiB)" "$round" "$(rss_mib "$BENCH_PID")"
}

# page APP ROUND LABEL URL [wrk options...] : warms up, then measures under wrk -t2 -c32.
page() {
	local app=$1 round=$2 label=$3 url=$4; shift 4
	wrk -t2 -c32 -d"$WARMUP" "${HEADERS[@]}" "$@" "$url" >/dev/null
	wrk -t2 -c32 -d"$DURATION" --timeout 10s --latency "${HEADERS[@]}" "$@" "$url" >"$WORK/wrk.txt"
	python3 - "$WORK/wrk.txt" "$app" "$label" "$round" "$RESULTS" <<'PY'
import re, sys
text, app, label, rnd, out = open(sys.argv[1]).read(), *sys.argv[2:]
def ms(v):
    n, unit = float(re.match(r"[\d.]+", v).group()), re.search(r"[a-z]+$", v).group()
    return n * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]
rate = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
pct = {p: ms(v) for p, v in re.findall(r"^\s+(50|99)%\s+(\S+)", text, re.M)}
bad = int((re.search(r"Non-2xx or 3xx responses: (\d+)", text) or [0, 0])[1])
bad += sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", text))
with open(out, "a") as f:
    for key, value in (("req/s", rate), ("p50 ms", pct["50"]), ("p99 ms", pct["99"]), ("errors", bad)):
        f.write(f"{app}\t{label} {key}\t{rnd}\t{value}\n")
PY
}

# curl_ms URL [curl options...] : one request's time in ms (fails on an error status).
curl_ms() {
	local url=$1; shift
	curl -fso /dev/null -w '%{time_total}\n' "$@" "$url" | awk '{printf "%.1f", $1 * 1000}'
}

median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

new_routine() {
	curl -fs -b "limber_owner=$COOKIE" -H 'Content-Type: application/json' -d "$1" "$LIMBER/api/routines" \
		| python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])'
}

limber_round() {
	local round=$1
	LIMBER="http://127.0.0.1:$PORT"
	local db="$WORK/limber-$round"
	local args=(--server.port="$PORT" --server.address=127.0.0.1 --spring.datasource.url="jdbc:h2:file:$db;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE")
	if [ "$LIMBER_LAUNCH" = script ]; then
		launch limber "$round" "$PORT" env LIMBER_JAR="$JAR" LIMBER_HOME="$LIMBER_HOME" "$ROOT/scripts/limber.sh" "${args[@]}"
	else
		launch limber "$round" "$PORT" java ${LIMBER_JAVA_OPTS:-} -jar "$JAR" "${args[@]}"
	fi
	# The owner of a 15-minute routine (a 50 KB page), as a browser that has built it.
	COOKIE=$(curl -fs -c - -o /dev/null -H 'Content-Type: application/json' -d '{"minutes":5,"focus":"tight"}' "$LIMBER/api/routines" \
		| awk '$6 == "limber_owner" {print $7}')
	local id; id=$(new_routine '{"minutes":15,"focus":"tight","level":"beginner","setting":"floor"}')
	page limber "$round" "/exercises" "$LIMBER/exercises"
	page limber "$round" "/exercises/{slug}" "$LIMBER/exercises/cat-cow"
	page limber "$round" "owner's /routines/{id}" "$LIMBER/routines/$id" -H "Cookie: limber_owner=$COOKIE"
	page limber "$round" "/routines/{id}/session" "$LIMBER/routines/$id/session"
	page limber "$round" "/api/exercises" "$LIMBER/api/exercises" -H "Accept: application/json"
	# PDFs: warm the renderer on other routines, then each fresh routine's first PDF, then repeats of one.
	local i warm
	for i in 1 2 3 4 5 6; do
		warm=$(new_routine "{\"minutes\":$((5 + i * 4)),\"focus\":\"weak\"}")
		curl_ms "$LIMBER/routines/$warm/sheet.pdf" >/dev/null
	done
	for i in 1 2 3 4 5 6 7; do
		curl_ms "$LIMBER/routines/$(new_routine "{\"minutes\":$((8 + i * 3)),\"focus\":\"hips\"}")/sheet.pdf"; echo
	done | median | xargs -I{} printf '%s\t%s\t%s\t%s\n' limber "a routine's first PDF, median of 7 (ms)" "$round" {} >>"$RESULTS"
	curl_ms "$LIMBER/routines/$id/sheet.pdf" >/dev/null
	for i in $(seq 20); do curl_ms "$LIMBER/routines/$id/sheet.pdf"; echo; done \
		| median | xargs -I{} printf '%s\t%s\t%s\t%s\n' limber "the same PDF again, median of 20 (ms)" "$round" {} >>"$RESULTS"
	page limber "$round" "/routines/{id}/sheet.pdf" "$LIMBER/routines/$id/sheet.pdf"
	record limber "resident memory after the load (MiB)" "$round" "$(rss_mib "$BENCH_PID")"
	stop_bench
}

petclinic_round() {
	local round=$1
	launch petclinic "$round" "$PETCLINIC_PORT" java ${PETCLINIC_JAVA_OPTS:-} -jar "$PETCLINIC_JAR" \
		--server.port="$PETCLINIC_PORT" --server.address=127.0.0.1
	page petclinic "$round" "/vets.html" "http://127.0.0.1:$PETCLINIC_PORT/vets.html"
	record petclinic "resident memory after the load (MiB)" "$round" "$(rss_mib "$BENCH_PID")"
	stop_bench
}

for round in $(seq "$ROUNDS"); do
	if [ $((round % 2)) -eq 1 ]; then
		log "round $round: Limber, then petclinic"; limber_round "$round"; petclinic_round "$round"
	else
		log "round $round: petclinic, then Limber"; petclinic_round "$round"; limber_round "$round"
	fi
done

cp "$RESULTS" "${BENCH_RESULTS:-/dev/null}" 2>/dev/null || true
python3 - "$RESULTS" "$ROUNDS" <<'PY'
import statistics, sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1])]
rounds = int(sys.argv[2])
values = {}
for app, figure, rnd, value in rows:
    values.setdefault((app, figure), []).append(float(value))
def med(app, figure):
    v = values.get((app, figure))
    return statistics.median(v) if v else None
def spread(app, figure):
    v = values.get((app, figure), [])
    return f"{min(v):,.0f}-{max(v):,.0f}" if len(v) > 1 else ""
pages = []
for app, figure in values:
    if figure.endswith(" req/s"):
        pages.append((app, figure[: -len(" req/s")]))
print(f"\nmedian of {rounds} interleaved rounds (range over rounds in brackets); wrk -t2 -c32 on the same cores\n")
print(f"| {'app':<9} | {'page':<26} | {'req/s':>18} | {'p50 ms':>7} | {'p99 ms':>7} | {'errors':>6} |")
print(f"|{'-' * 11}|{'-' * 28}|{'-' * 20}|{'-' * 9}|{'-' * 9}|{'-' * 8}|")
for app, label in pages:
    rate = med(app, label + " req/s")
    print(f"| {app:<9} | {label:<26} | {rate:>8,.0f} ({spread(app, label + ' req/s'):>7}) | {med(app, label + ' p50 ms'):>7.1f} "
          f"| {med(app, label + ' p99 ms'):>7.1f} | {sum(values[(app, label + ' errors')]):>6.0f} |")
print()
for app, figure in values:
    if not figure.endswith((" req/s", " p50 ms", " p99 ms", " errors")):
        print(f"{app:<9} {figure:<44} {med(app, figure):>9,.1f}   (rounds: {', '.join(f'{v:,.0f}' for v in values[(app, figure)])})")
vets = med("petclinic", "/vets.html req/s")
print()
for app, label in pages:
    if app == "limber":
        print(f"compare: Limber {label} = {med(app, label + ' req/s') / vets:.2f}x petclinic /vets.html req/s")
for figure in ("launch to first 200 on / (ms)", "resident memory at rest (MiB)", "resident memory after the load (MiB)"):
    print(f"compare: Limber {figure} = {med('limber', figure) / med('petclinic', figure):.2f}x petclinic's")
PY
