# Shared helpers for the operations scripts (sourced, not run). Everything stays on loopback, in ./data/ops-* and
# in a temporary directory, and every process a script starts is stopped by its EXIT trap.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
JAR="$ROOT/target-ops/limber-0.1.0-SNAPSHOT.jar"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/limber-ops.XXXXXX")
APP_PID=""
PG_DATA=""
PG_BIN=""

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# Builds the jar into target-ops (not target/, so as not to disturb another build) unless LIMBER_JAR is set.
build_jar() {
	if [ -n "${LIMBER_JAR:-}" ]; then JAR=$LIMBER_JAR; return; fi
	log "packaging $JAR"
	(cd "$ROOT" && ./mvnw -q -B -DskipTests -Dlimber.build.dir=target-ops package)
}

# start_app PORT ARGS... : starts the jar in the background and waits until readiness says UP.
start_app() {
	local port=$1; shift
	(cd "$ROOT" && exec java ${JAVA_OPTS:-} -Djava.io.tmpdir="$WORK" -jar "$JAR" --server.port="$port" \
		--server.address=127.0.0.1 "$@" >>"$WORK/app-$port.log" 2>&1) &
	APP_PID=$!
	local wait=${READY_TIMEOUT:-90}   # seconds; a machine shared with other builds may need more
	local deadline=$((SECONDS + wait))
	until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; do
		if ! kill -0 "$APP_PID" 2>/dev/null; then log "the app exited; see $WORK/app-$port.log"; tail -30 "$WORK/app-$port.log" >&2; return 1; fi
		if [ $SECONDS -gt $deadline ]; then log "the app did not get ready in $wait s (READY_TIMEOUT)"; return 1; fi
		sleep 0.2
	done
}

stop_app() {
	if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
		kill -TERM "$APP_PID" 2>/dev/null || true
		wait "$APP_PID" 2>/dev/null || true
	fi
	APP_PID=""
}

crash_app() {
	kill -9 "$APP_PID"
	wait "$APP_PID" 2>/dev/null || true
	APP_PID=""
}

# A throwaway PostgreSQL on a loopback port, data in $WORK (Debian's packaged server, run as the postgres user).
start_postgres() {
	local port=$1
	PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
	if [ -z "$PG_BIN" ]; then log "no PostgreSQL server: apt-get install postgresql"; return 1; fi
	PG_DATA="$WORK/pgdata"
	mkdir -p "$PG_DATA" && chown postgres "$WORK" "$PG_DATA" && chmod 700 "$PG_DATA"
	runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth=trust -E UTF8 >"$WORK/initdb.log"
	runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$WORK/postgres.log" -w -t "${READY_TIMEOUT:-60}" \
		-o "-p $port -c listen_addresses=127.0.0.1 -k $WORK" start >/dev/null
	runuser -u postgres -- "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -q \
		-c "CREATE USER limber PASSWORD 'limber'" -c "CREATE DATABASE limber OWNER limber"
	log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
}

stop_postgres() {
	if [ -n "$PG_DATA" ] && [ -f "$PG_DATA/postmaster.pid" ]; then
		runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null || true
	fi
	PG_DATA=""
}

cleanup() {
	stop_app
	stop_postgres
	rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
