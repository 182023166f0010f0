#!/usr/bin/env bash
# Resident memory of Parley after start and under load (docs/performance.md, "JVM and export
# measurements").
#
#   bench/jvm/rss-load.sh [seconds] [clients]     (default 60 s, 8 clients)
#
# Starts target/extracted (made by bench/jvm/start-time.sh) with the container's defaults
# (JAVA_TOOL_OPTIONS as in the Dockerfile, unless JAVA_TOOL_OPTIONS is set) and its CDS archive
# when present, on a database with the demo accounts (password PARLEY_DEMO_PASSWORD, default
# parley-demo; the field officer field.mx needs no second factor). Prints the RSS after start;
# then `clients` loops, each signed in with a session of its own, fetch the home page, the case
# list and the team's cases one after the other for `seconds`; prints the requests served, their
# rate, the RSS at its highest (sampled every second) and at the end. Stops what it started.
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_LOAD=${1:-60}
CLIENTS=${2:-8}
PORT=${PARLEY_PORT:-8194}
export PARLEY_PORT=$PORT
BASE="http://127.0.0.1:$PORT"
USERNAME=${BENCH_USER:-field.mx}
PASSWORD=${PARLEY_DEMO_PASSWORD:-parley-demo}
DEFAULT_OPTS="-XX:+UseSerialGC -Xms64m -Xmx256m -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=96m -Xss512k -XX:MaxDirectMemorySize=64m -XX:+ExitOnOutOfMemoryError"
export JAVA_TOOL_OPTIONS=${JAVA_TOOL_OPTIONS:-$DEFAULT_OPTS}
APP=$(ls target/extracted/parley-*.jar | head -1)
CDS=()
[ -f target/extracted/app.jsa ] && CDS=(-XX:SharedArchiveFile=target/extracted/app.jsa)
WORK=$(mktemp -d)
echo "JAVA_TOOL_OPTIONS=$JAVA_TOOL_OPTIONS ${CDS[*]}"
java "${CDS[@]}" -jar "$APP" > "$WORK/app.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; rm -rf "$WORK"' EXIT
until curl -fs -o /dev/null "$BASE/login"; do
	kill -0 $PID || { cat "$WORK/app.log"; exit 1; }
	sleep 0.2
done
sleep 5
echo "after start: RSS $(( $(ps -o rss= -p $PID) / 1024 )) MB (load $(cut -d' ' -f1-3 /proc/loadavg))"

sign_in() { # cookie jar
	local csrf
	csrf=$(curl -s -c "$1" -b "$1" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
	curl -s -o /dev/null -c "$1" -b "$1" --data-urlencode "username=$USERNAME" --data-urlencode "password=$PASSWORD" \
		--data-urlencode "_csrf=$csrf" "$BASE/login"
}

client() { # number
	local jar="$WORK/jar-$1" count=0
	sign_in "$jar"
	local cases
	cases=$(curl -s -b "$jar" "$BASE/cases" | grep -o 'href="/cases/[0-9]*"' | grep -o '[0-9]*' | sort -u | head -20)
	# The clock starts once signed in: a slow sign-in must not eat the load's time.
	local end=$((SECONDS + SECONDS_LOAD))
	while [ $SECONDS -lt $end ]; do
		for path in / /cases $(for c in $cases; do echo "/cases/$c"; done); do
			code=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$BASE$path")
			[ "$code" = 200 ] || echo "client $1: $path answered $code" >&2
			count=$((count + 1))
			[ $SECONDS -lt $end ] || break
		done
	done
	echo $count > "$WORK/count-$1"
}

PEAK=0
CLIENT_PIDS=()
for i in $(seq 1 "$CLIENTS"); do
	client "$i" &
	CLIENT_PIDS+=($!)
done
START=$SECONDS
running() {
	local p
	for p in "${CLIENT_PIDS[@]}"; do kill -0 "$p" 2>/dev/null && return 0; done
	return 1
}
while running; do
	RSS=$(ps -o rss= -p $PID)
	[ "$RSS" -gt "$PEAK" ] && PEAK=$RSS
	sleep 1
done
wait "${CLIENT_PIDS[@]}" 2>/dev/null || true
TOTAL=$(cat "$WORK"/count-* | paste -sd+ | bc)
ELAPSED=$((SECONDS - START))
echo "load: $CLIENTS clients, $TOTAL requests in ${ELAPSED}s ($((TOTAL / ELAPSED))/s), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "under load: RSS peak $((PEAK / 1024)) MB, at the end $(( $(ps -o rss= -p $PID) / 1024 )) MB"
jcmd $PID GC.heap_info 2>/dev/null | head -5 || true
