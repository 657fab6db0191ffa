#!/usr/bin/env bash
# Runs the packaged jar the way a deployment should (docs/operations.md#running-the-jar):
#   ./mvnw package -DskipTests && scripts/limber.sh [--server.port=8080 ...]
#   scripts/limber.sh prepare        (only extract and train, e.g. while building a container image)
# 1. Extracts the jar once (java -Djarmode=tools extract, Spring Boot's own tool): classes are then read from
#    plain jars, not from jars nested in a jar.
# 2. Makes a class-data-sharing archive once with a training run that starts the app on a throw-away in-memory
#    database and stops as soon as the context is up (-Dspring.context.exit=onRefresh, as the Spring Boot docs
#    describe). Later starts map the already parsed and checked classes from it.
# 3. Starts the app with memory sized for one small instance (the figures in docs/benchmarks.md are measured so):
#    a heap of at most 256 MiB, the serial collector (the least memory of all on one or two cores), 512 KiB
#    thread stacks, and a smaller code cache.
# Both steps run again whenever the jar changes. Arguments go to the app unchanged; JAVA_OPTS
# (LIMBER_JAVA_OPTS) is added after these flags, so any of them can be overridden, e.g. JAVA_OPTS=-Xmx1g.
# Environment: LIMBER_JAR (default target/limber-0.1.0-SNAPSHOT.jar), LIMBER_HOME (where it is extracted,
# default target/limber-app).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAR=${LIMBER_JAR:-$ROOT/target/limber-0.1.0-SNAPSHOT.jar}
HOME_DIR=${LIMBER_HOME:-$ROOT/target/limber-app}
APP="$HOME_DIR/$(basename "$JAR")"
ARCHIVE="$HOME_DIR/limber.jsa"
MEMORY_FLAGS=(-Xmx256m -Xss512k -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m)

[ -f "$JAR" ] || { echo "no jar at $JAR: ./mvnw package -DskipTests" >&2; exit 2; }
# Builds are reproducible (every jar has the same time stamp), so a new jar is told by its checksum.
SUM=$(sha256sum "$JAR" | cut -d' ' -f1)
if [ ! -f "$ARCHIVE" ] || [ "$(cat "$HOME_DIR/jar.sha256" 2>/dev/null)" != "$SUM" ]; then
	echo "limber.sh: extracting $JAR and training the class-data-sharing archive (once per jar)" >&2
	rm -rf "$HOME_DIR"
	java -Djarmode=tools -jar "$JAR" extract --destination "$HOME_DIR" >/dev/null
	env -u SPRING_PROFILES_ACTIVE -u SPRING_DATASOURCE_URL java "${MEMORY_FLAGS[@]}" -XX:ArchiveClassesAtExit="$ARCHIVE" -Dspring.context.exit=onRefresh -jar "$APP" \
		--spring.datasource.url="jdbc:h2:mem:limber-training" --server.port=0 --logging.level.root=WARN >/dev/null
	echo "$SUM" >"$HOME_DIR/jar.sha256"
fi
[ "${1:-}" = prepare ] && exit 0
exec java "${MEMORY_FLAGS[@]}" -XX:SharedArchiveFile="$ARCHIVE" ${JAVA_OPTS:-} ${LIMBER_JAVA_OPTS:-} -jar "$APP" "$@"
