#!/usr/bin/env bash
# A real single-node Elasticsearch for the store contract tests, from the Maven Central artifact
# org.elasticsearch.distribution.integ-test-zip:elasticsearch (no bundled JDK: it runs on the machine's
# Java 17). Elasticsearch refuses to run as root, so as root it runs as an unprivileged system user.
#
#   .ci/elasticsearch.sh start    download (cached), unpack, start, wait for health yellow/green
#   .ci/elasticsearch.sh stop     stop the node started by `start`
#   .ci/elasticsearch.sh status   print health, exit 1 when not running
#
# Environment (all optional):
#   ES_VERSION        server version; its major must match @elastic/elasticsearch's (default 8.19.21)
#   ES_PORT           HTTP port on 127.0.0.1 (default 9200)
#   ES_HEAP           JVM heap, -Xms = -Xmx (default 512m)
#   ES_START_TIMEOUT  seconds to wait for health (default 180)
#   ES_BASE           where it is unpacked and keeps data/logs (default <repo>/.ci/es, git-ignored); must be
#                     reachable by ES_USER, so point it elsewhere when the checkout is under a private home
#   ES_USER           the unprivileged user when run as root (default ccm-es, created if missing)
#   CCM_CACHE_DIR     download cache (default $HOME/.cache/ccm)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
ES_VERSION=${ES_VERSION:-8.19.21}
ES_PORT=${ES_PORT:-9200}
ES_HEAP=${ES_HEAP:-512m}
ES_START_TIMEOUT=${ES_START_TIMEOUT:-180}
ES_BASE=${ES_BASE:-$ROOT/.ci/es}
ES_USER=${ES_USER:-ccm-es}
CACHE_DIR=${CCM_CACHE_DIR:-$HOME/.cache/ccm}

ARTIFACT_URL="https://repo1.maven.org/maven2/org/elasticsearch/distribution/integ-test-zip/elasticsearch/$ES_VERSION/elasticsearch-$ES_VERSION.zip"
ZIP="$CACHE_DIR/elasticsearch-$ES_VERSION.zip"
ES_HOME="$ES_BASE/elasticsearch-$ES_VERSION"
NODE_DIR="$ES_BASE/node-$ES_PORT"
PID_FILE="$NODE_DIR/es.pid"
CLUSTER=ccm-ci
URL="http://127.0.0.1:$ES_PORT"

say() { printf 'elasticsearch: %s\n' "$*"; }
die() { printf 'elasticsearch: %s\n' "$*" >&2; exit 1; }

need() { command -v "$1" >/dev/null 2>&1 || die "'$1' is required but not installed"; }

# Prints the cached zip's path after checking it against Maven Central's .sha1, downloading it once.
fetch() {
  need curl; need sha1sum
  mkdir -p "$CACHE_DIR"
  if [ ! -s "$ZIP.sha1" ]; then
    curl -fsS --retry 3 -o "$ZIP.sha1.part" "$ARTIFACT_URL.sha1" || die "cannot download $ARTIFACT_URL.sha1"
    mv "$ZIP.sha1.part" "$ZIP.sha1"
  fi
  local want
  want=$(tr -d ' \n' < "$ZIP.sha1" | cut -c1-40)
  if [ -s "$ZIP" ] && [ "$(sha1sum "$ZIP" | cut -c1-40)" = "$want" ]; then
    say "using cached $ZIP"
    return
  fi
  say "downloading $ARTIFACT_URL"
  curl -fsS --retry 3 -o "$ZIP.part" "$ARTIFACT_URL" || die "cannot download $ARTIFACT_URL"
  local got
  got=$(sha1sum "$ZIP.part" | cut -c1-40)
  [ "$got" = "$want" ] || { rm -f "$ZIP.part"; die "sha1 mismatch for $ZIP: got $got, Maven Central says $want"; }
  mv "$ZIP.part" "$ZIP"
}

unpack() {
  [ -x "$ES_HOME/bin/elasticsearch" ] && return
  say "unpacking into $ES_HOME"
  local tmp="$ES_BASE/.unpack.$$"
  rm -rf "$tmp"; mkdir -p "$tmp"
  if command -v unzip >/dev/null 2>&1; then
    unzip -q "$ZIP" -d "$tmp"
  else
    # Python's zipfile drops the executable bits; the scripts in bin/ are the only ones this distribution needs.
    need python3
    python3 -m zipfile -e "$ZIP" "$tmp"
    chmod +x "$tmp/elasticsearch-$ES_VERSION"/bin/*
  fi
  mv "$tmp/elasticsearch-$ES_VERSION" "$ES_HOME"
  rm -rf "$tmp"
}

# Runs a command as the user Elasticsearch runs as: ES_USER when we are root, ourselves otherwise.
as_es() {
  if [ "$(id -u)" = 0 ]; then runuser -u "$ES_USER" -- "$@"; else "$@"; fi
}

prepare_user() {
  [ "$(id -u)" = 0 ] || return 0
  if ! id -u "$ES_USER" >/dev/null 2>&1; then
    say "creating system user $ES_USER"
    useradd --system --user-group --no-create-home --shell /usr/sbin/nologin "$ES_USER"
  fi
  # The node writes its keystore into config/ and its data and logs into NODE_DIR.
  chown -R "$ES_USER:$ES_USER" "$ES_HOME" "$NODE_DIR"
  as_es test -x "$ES_HOME/bin/elasticsearch" ||
    die "user $ES_USER cannot reach $ES_HOME (a parent directory is private); set ES_BASE to a directory it can reach, e.g. ES_BASE=/var/tmp/ccm-es"
}

# ES_JAVA_HOME, then JAVA_HOME, then the JDK of the `java` on PATH (Elasticsearch checks it is 17 or newer).
java_home() {
  if [ -n "${ES_JAVA_HOME:-}" ]; then echo "$ES_JAVA_HOME"; return; fi
  if [ -n "${JAVA_HOME:-}" ]; then echo "$JAVA_HOME"; return; fi
  need java
  local java
  java=$(readlink -f "$(command -v java)")
  dirname "$(dirname "$java")"
}

running_pid() {
  [ -s "$PID_FILE" ] || return 1
  local pid
  pid=$(cat "$PID_FILE")
  kill -0 "$pid" 2>/dev/null || return 1
  echo "$pid"
}

health() {
  curl -fsS -m 5 "$URL/_cluster/health?wait_for_status=yellow&timeout=4s" 2>/dev/null
}

log_tail() {
  local f
  for f in "$NODE_DIR/logs/startup.out" "$NODE_DIR/logs/$CLUSTER.log"; do
    [ -s "$f" ] || continue
    printf '\n--- last lines of %s ---\n' "$f" >&2
    tail -n 60 "$f" >&2
  done
}

start() {
  local t0=$SECONDS pid
  if pid=$(running_pid); then
    say "already running (pid $pid) at $URL"
    wait_healthy "$t0"
    return
  fi
  if curl -fsS -m 3 "$URL" >/dev/null 2>&1; then
    die "something else already answers at $URL; stop it or choose another ES_PORT"
  fi
  fetch
  unpack
  mkdir -p "$NODE_DIR/data" "$NODE_DIR/logs"
  rm -f "$PID_FILE"
  prepare_user
  local jh
  jh=$(java_home)
  say "starting $ES_VERSION on $URL (java $jh, heap $ES_HEAP)"
  # Loopback binding keeps the node in development mode, so production bootstrap checks
  # (vm.max_map_count, file descriptors) do not apply. Disk thresholds are off because CI disks are
  # often nearly full and a read-only flood-stage block would fail tests for the wrong reason.
  if ! as_es env -u JAVA_HOME ES_JAVA_HOME="$jh" ES_JAVA_OPTS="-Xms$ES_HEAP -Xmx$ES_HEAP" \
    "$ES_HOME/bin/elasticsearch" -d -p "$PID_FILE" \
    -E cluster.name="$CLUSTER" \
    -E node.name="ccm-ci-$ES_PORT" \
    -E discovery.type=single-node \
    -E network.host=127.0.0.1 \
    -E http.port="$ES_PORT" \
    -E transport.port=9300-9399 \
    -E path.data="$NODE_DIR/data" \
    -E path.logs="$NODE_DIR/logs" \
    -E cluster.routing.allocation.disk.threshold_enabled=false \
    -E xpack.security.enabled=false \
    >"$NODE_DIR/logs/startup.out" 2>&1; then
    log_tail
    die "failed to start (see above)"
  fi
  wait_healthy "$t0"
}

wait_healthy() {
  local t0=$1 body
  while :; do
    if body=$(health) && printf '%s' "$body" | grep -Eq '"status":"(green|yellow)"'; then
      say "healthy after $((SECONDS - t0))s: $body"
      return
    fi
    if ! running_pid >/dev/null && [ $((SECONDS - t0)) -gt 10 ]; then
      log_tail
      die "the node exited before becoming healthy"
    fi
    if [ $((SECONDS - t0)) -ge "$ES_START_TIMEOUT" ]; then
      log_tail
      die "not healthy after ${ES_START_TIMEOUT}s"
    fi
    sleep 1
  done
}

stop() {
  local pid
  if ! pid=$(running_pid); then
    say "not running on port $ES_PORT"
    rm -f "$PID_FILE"
    return
  fi
  say "stopping pid $pid"
  kill "$pid"
  local i
  for i in $(seq 1 60); do
    kill -0 "$pid" 2>/dev/null || { rm -f "$PID_FILE"; say "stopped"; return; }
    sleep 0.5
  done
  say "still running after 30s; killing pid $pid"
  kill -9 "$pid"
  rm -f "$PID_FILE"
}

status() {
  local pid body
  pid=$(running_pid) || { say "not running on port $ES_PORT"; exit 1; }
  body=$(health) || { say "pid $pid is running but $URL does not answer"; exit 1; }
  say "running (pid $pid) at $URL: $body"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) die "usage: $0 start|stop|status" ;;
esac
