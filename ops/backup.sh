#!/usr/bin/env bash
# Backs up a BeltPortal MySQL/MariaDB database while the portal runs: one consistent dump (InnoDB snapshot,
# no locks held on the tables), Flyway's schema history included. The search index is not backed up: a
# portal rebuilds it from the database at start. See docs/operations.md, "Backup and restore".
#
#   PORTAL_DB_URL=jdbc:mysql://db:3306/beltportal PORTAL_DB_USER=portal PORTAL_DB_PASSWORD=... ops/backup.sh DIR
#
# Writes DIR/beltportal-<database>-<UTC time>.sql.gz (under a temporary name until complete, so a file with
# the final name is always a whole dump) and prints its path.
set -euo pipefail
source "$(dirname "$0")/database.sh"

[[ $# -eq 1 ]] || die "usage: $0 DIR"
dir=$1
mkdir -p "$dir"
file="$dir/beltportal-$DB_NAME-$(date -u +%Y%m%dT%H%M%SZ).sql.gz"
partial="$file.partial"
trap 'rm -f "$DB_OPTIONS" "$partial"' EXIT

dump=$(command -v mariadb-dump || command -v mysqldump) || die "needs mysqldump (package mariadb-client or mysql-client)"
# --single-transaction: one snapshot of every InnoDB table, read without blocking the portal's writes.
# --routines --triggers: none today, but a dump that leaves them out would lose them silently later.
# --no-tablespaces: tablespace statements need the PROCESS privilege and are not needed to restore.
# --hex-blob: binary values as hex, immune to any character set conversion.
"$dump" --defaults-extra-file="$DB_OPTIONS" --single-transaction --routines --triggers --no-tablespaces \
    --hex-blob --default-character-set=utf8mb4 "$DB_NAME" | gzip >"$partial"
gzip -t "$partial"
zgrep -q '^-- Dump completed' "$partial" || die "the dump did not complete"
mv "$partial" "$file"
echo "$file"
