#!/usr/bin/env bash
# BeltPortal benchmark (issue 3). Builds the server jar and the harness, then runs the harness, which
# generates (or reuses) the catalogue in MariaDB database beltportal_bench, starts the server on
# 127.0.0.1:8095 and measures over HTTP. Results: bench/out/latest.md and bench/out/run-*/.
# Usage: bench/run.sh [--quick] [--products N --tenants N] [--skip-build] [more options: --help]
set -euo pipefail
cd "$(dirname "$0")/.."

JDK="${BENCH_JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}"
build=1
args=()
for arg in "$@"; do
  if [[ "$arg" == "--skip-build" ]]; then build=0; else args+=("$arg"); fi
done

mkdir -p bench/out/server
if [[ $build == 1 ]]; then
  # forceCreation: the jar plugin skips jars it deems up to date, and then the fat jar is not repackaged
  # with the modules' new classes.
  echo "[bench] building the server jar (mvn -B -q -DskipTests -pl portal-server -am package)"
  mvn -B -q -DskipTests -pl portal-server -am package -Dmaven.jar.forceCreation=true
  echo "[bench] building the harness (mvn -f bench/pom.xml)"
  mvn -B -q -f bench/pom.xml package
fi
# The server runs from a copy, so another build rewriting portal-server/target meanwhile cannot break it.
cp portal-server/target/beltportal.jar bench/out/server/beltportal.jar
exec "$JDK/bin/java" -Xmx2g -cp "bench/target/classes:bench/target/lib/*" org.beltportal.bench.Bench --jdk "$JDK" "${args[@]}"
