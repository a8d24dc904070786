#!/usr/bin/env bash
# Restores a dump made by backup.sh into PORTAL_DB_URL's database, which must be empty or not exist yet:
# this never writes over a database that holds tables. See docs/operations.md, "Backup and restore".
#
#   PORTAL_DB_URL=jdbc:mysql://db:3306/beltportal PORTAL_DB_USER=portal PORTAL_DB_PASSWORD=... ops/restore.sh FILE.sql.gz
#
# Then start the portals with empty index directories ($PORTAL_DATA_DIR/index removed): each rebuilds its
# search index from the restored database.
set -euo pipefail
source "$(dirname "$0")/database.sh"

[[ $# -eq 1 ]] || die "usage: $0 FILE.sql.gz"
file=$1
[[ -f $file ]] || die "no file $file"
gzip -t "$file" || die "$file is not a whole gzip file"
zgrep -q '^-- Dump completed' "$file" || die "$file is not a complete dump"

client -e "CREATE DATABASE IF NOT EXISTS \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
tables=$(client -N -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$DB_NAME'")
[[ $tables -eq 0 ]] || die "database $DB_NAME already holds $tables tables; restore into an empty one"

gunzip -c "$file" | client "$DB_NAME"
version=$(client -N -e "SELECT version FROM \`$DB_NAME\`.flyway_schema_history WHERE success = 1 ORDER BY installed_rank DESC LIMIT 1")
tables=$(client -N -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$DB_NAME'")
echo "restored $file into $DB_NAME: $tables tables, schema version $version"
