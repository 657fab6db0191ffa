#!/usr/bin/env bash
# Crash test: ROUNDS (20) times, save a routine and log a completion over the API, kill -9 the app the moment the
# completion is acknowledged, restart it, and check that every acknowledged write is still there.
# On the H2 file database and on a throwaway PostgreSQL (set up and torn down here).
#   scripts/crash-test.sh [h2|postgres|both] [ROUNDS]      (default: both 20)
# Environment: PORT (8093), PG_PORT (55433), LIMBER_JAR (skip packaging), H2_URL_OPTIONS (default: the options of
# application.properties, ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE"; H2_URL_OPTIONS= for H2's own
# defaults, which lose acknowledged writes).
source "$(dirname "$0")/lib/ops.sh"
DATABASES=${1:-both}
ROUNDS=${2:-20}
PORT=${PORT:-8093}
PG_PORT=${PG_PORT:-55433}
H2_URL_OPTIONS=${H2_URL_OPTIONS-;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE}
BASE="http://127.0.0.1:$PORT"
LOST_TOTAL=0

crash_rounds() {
	local label=$1; shift
	local state="$WORK/$label-acknowledged.json"
	log "$label: $ROUNDS rounds of save + kill -9 + restart"
	start_app "$PORT" "$@"
	for round in $(seq 1 "$ROUNDS"); do
		python3 "$ROOT/scripts/lib/crash_client.py" save "$BASE" "$state" "$APP_PID" "$round"
		{ wait "$APP_PID"; } 2>/dev/null || true  # killed by the client, the instant its write was acknowledged
		APP_PID=""
		start_app "$PORT" "$@"
		python3 "$ROOT/scripts/lib/crash_client.py" verify "$BASE" "$state" >"$WORK/verify.txt" || true
		log "$label round $round: $(head -1 "$WORK/verify.txt")"
	done
	if python3 "$ROOT/scripts/lib/crash_client.py" verify "$BASE" "$state"; then
		echo "RESULT $label: 0 lost after $ROUNDS kill -9 rounds"
	else
		echo "RESULT $label: acknowledged writes LOST"
		LOST_TOTAL=$((LOST_TOTAL + 1))
	fi
	stop_app
}

build_jar
if [ "$DATABASES" = h2 ] || [ "$DATABASES" = both ]; then
	H2_FILE="$ROOT/data/ops-crash-$$"
	log "H2 options '$H2_URL_OPTIONS'"
	crash_rounds h2 --spring.datasource.url="jdbc:h2:file:$H2_FILE$H2_URL_OPTIONS"
	rm -f "$H2_FILE".*.db "$H2_FILE".trace.db
fi
if [ "$DATABASES" = postgres ] || [ "$DATABASES" = both ]; then
	start_postgres "$PG_PORT"
	export SPRING_PROFILES_ACTIVE=postgres SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/limber"
	crash_rounds postgres
	unset SPRING_PROFILES_ACTIVE SPRING_DATASOURCE_URL
	stop_postgres
fi
exit $((LOST_TOTAL > 0))
