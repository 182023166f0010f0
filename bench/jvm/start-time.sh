#!/usr/bin/env bash
# Start time of Parley with and without a class-data sharing (CDS) archive, on a database that
# is already migrated (docs/performance.md, "JVM and export measurements").
#
#   bench/jvm/start-time.sh [runs]          (default 3 runs of each)
#
# Needs target/parley-*.jar (./mvnw -DskipTests package) and the environment of a production
# start (PARLEY_DB_URL, PARLEY_MASTER_KEYSET, PARLEY_AUDIT_MAC_KEY or _FILE, ...; see
# docs/operations.md); PARLEY_PORT defaults to 8194. Extracts the jar into target/extracted,
# makes target/extracted/app.jsa with a training run, then starts the application `runs`
# times each way and prints, per start, Spring's "Started ParleyApplication in X seconds",
# the wall-clock time from the command to the first HTTP 200 on /login and on
# /actuator/health/readiness, the CPU time the JVM had used by then (user + system: on a
# machine shared with other work it says what a start costs better than the wall clock),
# and the resident memory (RSS). Every process it starts it stops.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-3}
PORT=${PARLEY_PORT:-8194}
export PARLEY_PORT=$PORT
JAR=$(ls target/parley-*.jar | grep -v plain | head -1)
OUT=target/extracted
LOGS=target/bench-start
mkdir -p "$LOGS"
rm -rf "$OUT"
java -Djarmode=tools -jar "$JAR" extract --destination "$OUT" > /dev/null
APP=$(ls $OUT/parley-*.jar | head -1)
echo "training run (makes $OUT/app.jsa)"
java ${JAVA_OPTS:-} -XX:ArchiveClassesAtExit=$OUT/app.jsa -Dspring.context.exit=onRefresh -jar "$APP" > "$LOGS/training.log" 2>&1 || true
ls -la $OUT/app.jsa

start_once() { # label, extra JVM options
	local label=$1; shift
	local log="$LOGS/$label.log"
	local t0 t1 pid
	t0=$(date +%s.%N)
	java ${JAVA_OPTS:-} "$@" -jar "$APP" > "$log" 2>&1 &
	pid=$!
	for _ in $(seq 1 1200); do
		if curl -fs -o /dev/null "http://127.0.0.1:$PORT/login"; then break; fi
		if ! kill -0 $pid 2>/dev/null; then echo "$label: the application stopped, see $log"; return 1; fi
		sleep 0.1
	done
	t1=$(date +%s.%N)
	for _ in $(seq 1 1200); do
		if curl -fs -o /dev/null "http://127.0.0.1:$PORT/actuator/health/readiness"; then break; fi
		sleep 0.1
	done
	local t2
	t2=$(date +%s.%N)
	local started rss
	started=$(grep -o 'Started ParleyApplication in [0-9.]* seconds' "$log" | grep -o '[0-9.]*' | head -1)
	rss=$(ps -o rss= -p $pid)
	local cpu
	cpu=$(ps -o times= -p $pid | tr -d ' ')
	printf '%-8s Started in %6ss   /login 200 after %6.2fs   ready after %6.2fs   CPU %4ss   RSS %4d MB   load %s\n' \
		"$label" "$started" "$(echo "$t1 - $t0" | bc)" "$(echo "$t2 - $t0" | bc)" "$cpu" $((rss / 1024)) \
		"$(cut -d' ' -f1-3 /proc/loadavg)"
	kill $pid; wait $pid 2>/dev/null || true
}

for i in $(seq 1 "$RUNS"); do
	start_once "plain-$i"
	start_once "cds-$i" -XX:SharedArchiveFile=$OUT/app.jsa
done
