#!/usr/bin/env bash
# BeltPortal benchmark (issue 3). Builds the server jar and the harness, then runs the harness, which
# generates (or reuses) the catalogue in MariaDB database beltportal_bench, starts the server on
# 127.0.0.1:8095 and measures over HTTP. Results: bench/out/latest.md and bench/out/run-*/.
# Usage: bench/run.sh [--quick] [--products N --tenants N] [--skip-build] [more options: --help]
#        bench/run.sh --pages [--skip-build] [--clients N --warmup S --duration S]   (issue 4: portal pages vs nginx)
#        bench/run.sh --soak [--soak-minutes N] [--database NAME]   (issue 14: festival-spike soak, see bench/README.md)
#        bench/run.sh --indexing-cost --database NAME [--count N --threads N --passes N]   (CPU per indexed product, in-process)
#        bench/run.sh --search-quality [--port P]   (issue 19: recall@10, MRR, zero results of judged queries, demo belts)
set -euo pipefail
cd "$(dirname "$0")/.."

JDK="${BENCH_JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}"
build=1
main=org.beltportal.bench.Bench
args=()
for arg in "$@"; do
  case "$arg" in
    --skip-build) build=0 ;;
    --pages) main=org.beltportal.bench.PagesBench ;;
    --indexing-cost) main=org.beltportal.bench.IndexingCost ;;
    --search-quality) main=org.beltportal.bench.SearchQuality ;;
    *) args+=("$arg") ;;
  esac
done

mkdir -p bench/out/server
if [[ $build == 1 ]]; then
  # One reactor for the server jar and the harness (profile bench), so the harness gets the search module's
  # classes without an install. forceCreation: the jar plugin skips jars it deems up to date, and then the
  # fat jar is not repackaged with the modules' new classes.
  echo "[bench] building the server jar and the harness (mvn -B -q -DskipTests -Pbench -pl portal-server,bench -am package)"
  mvn -B -q -DskipTests -Pbench -pl portal-server,bench -am package -Dmaven.jar.forceCreation=true
fi
# The server runs from a copy, so another build rewriting portal-server/target meanwhile cannot break it.
cp portal-server/target/beltportal.jar bench/out/server/beltportal.jar
exec "$JDK/bin/java" -Xmx2g -cp "bench/target/classes:bench/target/lib/*" "$main" --jdk "$JDK" "${args[@]}"
