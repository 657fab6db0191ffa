#!/usr/bin/env bash
# Bad input: well over 1,000 generated bad requests over every form and API endpoint of a fresh instance (the
# packaged jar on its own H2 file). Fails on any 5xx, stack trace, markup reflected unescaped in a page, or change
# to a routine and history saved before. Every failure is printed with the request that caused it.
#   scripts/bad-input.sh              Environment: PORT (8095), LIMBER_JAR (skip packaging)
source "$(dirname "$0")/lib/ops.sh"
PORT=${PORT:-8095}
H2_FILE="$ROOT/data/ops-bad-input-$$"
trap 'cleanup; rm -f "$H2_FILE".*.db' EXIT
build_jar
start_app "$PORT" --spring.datasource.url="jdbc:h2:file:$H2_FILE"
status=0
python3 "$ROOT/scripts/lib/bad_input.py" "http://127.0.0.1:$PORT" || status=$?
echo "server log: $(grep -c ' ERROR ' "$WORK/app-$PORT.log" || true) ERROR lines"
grep -A3 ' ERROR ' "$WORK/app-$PORT.log" | head -40 || true
exit $status
