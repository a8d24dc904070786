#!/usr/bin/env bash
# BeltPortal benchmark (issue 3). Builds the server jar and the harness, then runs the harness, which
# generates (or reuses) the catalogue in MariaDB database beltportal_bench, starts the server on
# 127.0.0.1:8095 and measures over HTTP. Results: bench/out/latest.md and bench/out/run-*/.
# Usage: bench/run.sh [--quick] [--products N --tenants N] [--skip-build] [more options: --help]
#        bench/run.sh --pages [--skip-build] [--clients N --warmup S --duration S]   (issue 4: portal pages vs nginx)
#        bench/run.sh --soak [--soak-minutes N] [--database NAME]   (issue 14: festival-spike soak, see bench/README.md)
#        bench/run.sh --indexing-cost --database NAME [--count N --threads N --passes N]   (CPU per indexed product, in-process)
#        bench/run.sh --search-quality [--port P]   (issue 19: recall@10, MRR, zero results of judged queries, demo belts)
#        bench/run.sh --backend opensearch [--quick] [--phases latency,throughput]   (issue 20: the same phases with the
#             server built with -Popensearch searching one OpenSearch node, which this script starts as a child process
#             on the search-opensearch module's test class path, as its tests do; it stops when the harness ends)
set -euo pipefail
cd "$(dirname "$0")/.."

JDK="${BENCH_JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}"
build=1
main=org.beltportal.bench.Bench
backend=embedded
args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --skip-build) build=0 ;;
    --pages) main=org.beltportal.bench.PagesBench ;;
    --indexing-cost) main=org.beltportal.bench.IndexingCost ;;
    --search-quality) main=org.beltportal.bench.SearchQuality ;;
    --backend) backend="${2:-}"; shift ;;
    *) args+=("$1") ;;
  esac
  shift
done
case "$backend" in
  embedded) profiles=bench ;;
  opensearch) profiles=bench,opensearch ;;
  *) echo "[bench] --backend takes embedded or opensearch" >&2; exit 2 ;;
esac

mkdir -p bench/out/server
if [[ $build == 1 ]]; then
  # One reactor for the server jar and the harness (profile bench), so the harness gets the search module's
  # classes without an install. forceCreation: the jar plugin skips jars it deems up to date, and then the
  # fat jar is not repackaged with the modules' new classes.
  # With opensearch, every module also writes its test class path to target/test.classpath: the node's is
  # search-opensearch's (its launcher SingleNodeMain, the server, transport, analysis-common, our plugin).
  echo "[bench] building the server jar and the harness (mvn -B -q -DskipTests -P$profiles -pl portal-server,bench -am package)"
  if [[ $backend == opensearch ]]; then
    mvn -B -q -DskipTests -P$profiles -pl portal-server,bench -am package dependency:build-classpath \
      -Dmdep.includeScope=test -Dmdep.outputFile=target/test.classpath -Dmaven.jar.forceCreation=true
  else
    mvn -B -q -DskipTests -P$profiles -pl portal-server,bench -am package -Dmaven.jar.forceCreation=true
  fi
fi
# The server runs from a copy, so another build rewriting portal-server/target meanwhile cannot break it.
cp portal-server/target/beltportal.jar bench/out/server/beltportal.jar
if [[ $backend == opensearch ]]; then
  # One node as the search-opensearch tests start it (OpenSearchProcess): SingleNodeMain on the module's test class
  # path without Spring Boot's logging bridge and Logback (the node logs through log4j-core), a fresh home, free
  # ports. Its standard input is a fifo this script holds open and hands on to the harness: when the harness
  # ends, however it ends, the node's input closes and the node stops.
  classpath_file=search-opensearch/target/test.classpath
  [[ -f $classpath_file ]] || { echo "[bench] $classpath_file missing: run once without --skip-build" >&2; exit 2; }
  node_cp="search-opensearch/target/test-classes:search-opensearch/target/classes:$(tr ':' '\n' < "$classpath_file" \
    | grep -v -e logback -e log4j-to-slf4j | paste -sd: -)"
  free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
  http_port=$(free_port); transport_port=$(free_port)
  home=$(mktemp -d /tmp/beltportal-bench-opensearch-XXXXXX)
  mkfifo "$home/stdin"
  echo "[bench] starting an OpenSearch node on 127.0.0.1:$http_port (home $home, log bench/out/opensearch-node.log)"
  "$JDK/bin/java" -Xms1g -Xmx1g -XX:+UseSerialGC --enable-native-access=ALL-UNNAMED -Dlog4j2.level=WARN -cp "$node_cp" \
    org.beltportal.search.opensearch.cluster.SingleNodeMain "$home" "$http_port" "$transport_port" classpath \
    < "$home/stdin" > bench/out/opensearch-node.log 2>&1 &
  node_pid=$!
  exec 9> "$home/stdin"
  green=0
  for _ in $(seq 1 90); do
    kill -0 "$node_pid" 2> /dev/null || break
    if curl -sf --max-time 10 "http://127.0.0.1:$http_port/_cluster/health?wait_for_status=green&timeout=5s" \
      | grep -q '"status":"green"'; then
      green=1; break
    fi
    sleep 2
  done
  if [[ $green == 0 ]]; then
    echo "[bench] the OpenSearch node did not become green within 3 minutes; see bench/out/opensearch-node.log" >&2
    exit 1
  fi
  args+=(--backend opensearch --opensearch-url "http://127.0.0.1:$http_port")
fi
exec "$JDK/bin/java" -Xmx2g -cp "bench/target/classes:bench/target/lib/*" "$main" --jdk "$JDK" "${args[@]}"
