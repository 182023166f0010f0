#!/usr/bin/env bash
# Parley survives its database restarting (issue 17, item 5; docs/performance.md, "Database restart").
#
# With a Parley already running (never started here), it runs the restart load for a bounded
# window (8 signed-in field officers reading pages and recording rounds, 40 s by default, only on
# this machine's loopback), takes the database away in the middle of it, and then says:
#   - the share of failed requests in the window (at most 1 %),
#   - how long after the database accepted connections again the service answered again (at most 5 s),
#   - whether every round that Parley acknowledged (201 with its id) is in the database,
#   - whether any answer showed a stack trace (none may).
# It exits 0 when all four hold, 1 when one does not, 2 for a usage error.
#
# Usage: bench/db-restart.sh [options] [-- extra -Dparley.bench.* options for the load]
#   --url URL         Parley's address (default http://127.0.0.1:8080; loopback only)
#   --db NAME         the database Parley uses, to look for the acknowledged rounds (default postgres)
#   --mode MODE       how the database goes away:
#                       restart     pg_ctlcluster restart of the whole PostgreSQL (default; as root,
#                                   on the machine that runs PostgreSQL: every other client of that
#                                   server loses its connections too)
#                       stop-start  pg_ctlcluster stop, --down seconds, start
#                       isolate     only Parley's database: its connections are ended and new ones
#                                   refused for --down seconds (ALTER DATABASE ... ALLOW_CONNECTIONS);
#                                   other databases of the server are not disturbed
#   --down SECONDS    how long the database stays away in stop-start and isolate modes (default 2)
#   --seconds N       the window of load (default 40)
#   --at N            seconds into the window when the database goes away (default 15)
#   --demo            the demo profile's accounts (field.mx, field.sv)
# Example against the demo on port 8193:
#   bench/db-restart.sh --url http://127.0.0.1:8193 --db wt_bench --demo --mode isolate
set -euo pipefail

URL=http://127.0.0.1:8080
DB=postgres
MODE=restart
DOWN=2
WINDOW=40
AT=15
DATA=()
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER

while [ $# -gt 0 ]; do
  case "$1" in
    --url) URL=$2; shift 2 ;;
    --db) DB=$2; shift 2 ;;
    --mode) MODE=$2; shift 2 ;;
    --down) DOWN=$2; shift 2 ;;
    --seconds) WINDOW=$2; shift 2 ;;
    --at) AT=$2; shift 2 ;;
    --demo) DATA=(-Dparley.bench.data=demo); shift ;;
    --) shift; break ;;
    -h|--help) sed -n '2,30p' "$0"; exit 0 ;;
    *) echo "Unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done

case "$URL" in
  http://127.*|http://localhost[:/]*|http://localhost|http://\[::1\]*) ;;
  *) echo "Refusing $URL: the load goes to this machine's loopback only." >&2; exit 2 ;;
esac
case "$MODE" in restart|stop-start|isolate) ;; *) echo "Unknown mode: $MODE" >&2; exit 2 ;; esac
if [ "$AT" -ge "$WINDOW" ] || [ "$WINDOW" -gt 300 ]; then
  echo "--at must fall within --seconds, and the window stays under 300 s." >&2; exit 2
fi

cd "$(dirname "$0")/.."
OUT=target/bench
mkdir -p "$OUT"
rm -f "$OUT/load-started" "$OUT/requests.csv"
now_ms() { date +%s%3N; }

if ! curl -fsS -o /dev/null --max-time 10 "$URL/login"; then
  echo "Parley does not answer at $URL/login: start it first (this script never does)." >&2; exit 2
fi
psql -d "$DB" -Atc "select 1" >/dev/null

echo "Load: ${WINDOW} s from $URL; the database goes away (${MODE}) at ${AT} s."
./mvnw -q -Pbench gatling:test -Dparley.dependency-report.phase=none \
  -Dparley.bench.simulation=org.parley.bench.DatabaseRestartLoad \
  -Dparley.bench.url="$URL" -Dparley.bench.seconds="$WINDOW" "${DATA[@]}" "$@" \
  > "$OUT/restart-load.log" 2>&1 &
LOAD=$!
trap 'kill $LOAD 2>/dev/null || true' EXIT

# The load signs its users in (and Maven may compile first): wait until it runs, 5 minutes at most.
for _ in $(seq 1 600); do
  [ -f "$OUT/load-started" ] && break
  if ! kill -0 "$LOAD" 2>/dev/null; then
    echo "The load stopped before it started; see $OUT/restart-load.log" >&2; exit 2
  fi
  sleep 0.5
done
[ -f "$OUT/load-started" ] || { echo "The load did not start in 5 minutes." >&2; exit 2; }
STARTED=$(cat "$OUT/load-started")
sleep "$(( AT ))"

VERSION=$(ls /etc/postgresql 2>/dev/null | sort -n | tail -1 || true)
AWAY=$(now_ms)
case "$MODE" in
  restart)
    pg_ctlcluster --skip-systemctl-redirect "$VERSION" main restart -m fast ;;
  stop-start)
    pg_ctlcluster --skip-systemctl-redirect "$VERSION" main stop -m fast
    sleep "$DOWN"
    pg_ctlcluster --skip-systemctl-redirect "$VERSION" main start ;;
  isolate)
    trap 'psql -d postgres -qAtc "alter database \"$DB\" allow_connections true" >/dev/null; kill $LOAD 2>/dev/null || true' EXIT
    psql -d postgres -qAtc "alter database \"$DB\" allow_connections false" >/dev/null
    psql -d postgres -qAtc "select count(pg_terminate_backend(pid)) from pg_stat_activity where datname = '$DB' and pid <> pg_backend_pid()" >/dev/null
    sleep "$DOWN"
    psql -d postgres -qAtc "alter database \"$DB\" allow_connections true" >/dev/null ;;
esac
# The moment the database accepts connections again (to Parley's database).
until psql -d "$DB" -qAtc "select 1" >/dev/null 2>&1; do sleep 0.05; done
READY=$(now_ms)
echo "Database away at $(( AWAY - STARTED )) ms into the window ($(date -u -d @$(( AWAY / 1000 )) +%H:%M:%S) UTC), accepting connections again $(( READY - AWAY )) ms later."

wait "$LOAD" || { echo "The load failed; see $OUT/restart-load.log" >&2; exit 1; }
trap - EXIT

python3 - "$OUT/requests.csv" "$STARTED" "$WINDOW" "$READY" "$DB" <<'EOF'
import csv, subprocess, sys
path, started, window, ready, db = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
rows = [r for r in csv.DictReader(open(path)) if started <= int(r["start_ms"]) < started + window * 1000]
if not rows:
    print("No request in the window."); sys.exit(1)
failed = [r for r in rows if r["ok"] != "true"]
share = 100.0 * len(failed) / len(rows)
by_status = {}
for r in failed:
    by_status[r["status"]] = by_status.get(r["status"], 0) + 1
traces = [r for r in rows if "TRACE" in r["note"]]
done = lambda r: int(r["start_ms"]) + int(r["millis"])
after = sorted((done(r) for r in rows if r["ok"] == "true" and done(r) >= ready))
first_ok = (after[0] - ready) / 1000 if after else None
last_failure = max((done(r) for r in failed), default=None)
resumed = max(0, (last_failure - ready) / 1000) if last_failure is not None else 0.0
acknowledged = [r["note"].split()[0] for r in rows
                if r["name"].startswith("restart: record a round") and r["ok"] == "true" and r["note"].split()]
found = 0
if acknowledged:
    ids = ",".join(str(int(i)) for i in acknowledged)
    found = int(subprocess.check_output(["psql", "-d", db, "-Atc",
        f"select count(*) from parley.negotiation_round where id in ({ids})"]).decode().strip())
lost = len(acknowledged) - found
print(f"Requests in the {window} s window: {len(rows)}, failed: {len(failed)} ({share:.2f} %)"
      + (f", by status: {by_status}" if by_status else "") + " (0: no answer)")
print(f"First successful answer {first_ok:.2f} s after the database accepted connections; "
      f"every answer after {resumed:.2f} s succeeded" if first_ok is not None else "No success after the database came back")
print(f"Rounds acknowledged: {len(acknowledged)}, found in the database: {found}, lost: {lost}")
print(f"Answers showing a stack trace: {len(traces)}")
ok = share <= 1.0 and first_ok is not None and resumed <= 5.0 and lost == 0 and not traces
print("PASS" if ok else "FAIL", "(at most 1 % failed, service back within 5 s, no acknowledged write lost, no stack trace)")
sys.exit(0 if ok else 1)
EOF
