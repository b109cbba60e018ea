#!/usr/bin/env bash
# Real-time benchmark (issue 3): fan-out latency in threading and gevent modes against a bare
# broadcast baseline, sustained posting, the 50-post thread page, 1,000 connected clients.
# Bounded: each step has its own time limit and the whole run stops after 18 minutes.
# Everything listens on 127.0.0.1 only. Raw results: bench/results/realtime-<stamp>/.
#
#   bash bench/run_realtime.sh                 # the full suite (about 16 minutes)
#   BENCH_QUICK=1 bash bench/run_realtime.sh   # 1 run of each, short (a smoke test)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
STAMP=$(date +%Y%m%d-%H%M%S)
OUT=${BENCH_OUT:-bench/results/realtime-$STAMP}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
DEADLINE=$(( $(date +%s) + ${BENCH_LIMIT:-1080} ))
RUNS=3; POSTS=40; DURATION=30; BIG_POSTS=30
if [[ "${BENCH_QUICK:-0}" == 1 ]]; then RUNS=1; POSTS=15; DURATION=10; BIG_POSTS=10; fi
PROFILE=()
if [[ "${BENCH_PROFILE:-0}" == 1 ]]; then PROFILE=(--profile 10); fi

$PY -c "import aiohttp" 2>/dev/null || { echo "bench needs: $PY -m pip install -r bench/requirements.txt"; exit 1; }

left() { echo $(( DEADLINE - $(date +%s) )); }
step() {  # step NAME SECONDS command...: run with a time limit, never past the deadline
  local name=$1 limit=$2; shift 2
  local remaining; remaining=$(left)
  if (( remaining < 30 )); then echo "SKIPPED (time budget used up): $name" | tee -a "$OUT/skipped.txt"; return 0; fi
  (( limit > remaining )) && limit=$remaining
  echo "== $name (limit ${limit}s, $(date +%T))"
  timeout --kill-after=15 "$limit" "$@" || echo "FAILED or timed out ($?): $name" | tee -a "$OUT/skipped.txt"
}

{
  echo "date: $(date -Is)"; echo "nproc: $(nproc)"; grep -m1 'model name' /proc/cpuinfo
  free -h; echo "loadavg: $(cat /proc/loadavg)"; echo "python: $($PY --version)"
  echo "git HEAD: $(git rev-parse HEAD)"; echo "command: $0 $*"
  echo "env: BENCH_QUICK=${BENCH_QUICK:-0} BENCH_PROFILE=${BENCH_PROFILE:-0}"
} > "$OUT/machine.txt"
cat "$OUT/machine.txt"

# Freeze the code under test (the work tree is shared and changes while we measure).
$PY bench/rt_snapshot.py "$OUT/src"
export BENCH_SOURCE="$OUT/src"

SETUP="$OUT/setup.json"; INST="$OUT/instance"
FAN=(bench/rt_fanout.py --setup "$SETUP" --instance "$INST" --out "$OUT" --runs "$RUNS"
     --posts "$POSTS" --duration "$DURATION" --rate 50 --quiet-wait 5 --max-seconds 400)

step "setup: instance, demo, 200 users, threads, logins" 180 \
  $PY bench/rt_setup.py --instance "$INST" --users 200 --out "$SETUP"
step "thread page, 50 posts" 120 \
  $PY bench/rt_page.py --setup "$SETUP" --instance "$INST" --out "$OUT" --runs "$RUNS"
for MODE in gevent threading; do
  # The bare broadcast also takes the sustained load in gevent mode: what the socket layer
  # alone can carry on this machine is the yardstick for the forum's 50 posts/s.
  BASE_SCENARIOS=(--scenario latency)
  if [[ $MODE == gevent ]]; then BASE_SCENARIOS+=(--scenario sustained); fi
  step "bare broadcast baseline, $MODE, 200 clients" 240 \
    $PY "${FAN[@]}" --mode $MODE --server baseline --clients 200 "${BASE_SCENARIOS[@]}"
  step "forum, $MODE, 200 clients: lone posts + sustained 50/s" 300 \
    $PY "${FAN[@]}" --mode $MODE --server forum --clients 200 --scenario latency \
      --scenario sustained "${PROFILE[@]}"
done
step "forum, gevent, 1,000 connected (200 joined)" 180 \
  $PY "${FAN[@]}" --mode gevent --server forum --clients 1000 --join-first 200 \
    --posts "$BIG_POSTS" --scenario latency
step "forum, gevent, indexer as its own process" 300 \
  $PY "${FAN[@]}" --mode gevent --server forum --clients 200 --indexer process \
    --scenario latency --scenario sustained
$PY bench/rt_report.py "$OUT" > /dev/null
echo "report: $OUT/report.md"
