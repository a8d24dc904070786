# Sourced by backup.sh and restore.sh: the portal's own database settings (PORTAL_DB_URL, PORTAL_DB_USER,
# PORTAL_DB_PASSWORD, as the mysql profile reads them) turned into MySQL client options. The password goes
# into a private options file, never onto a command line where `ps` would show it.

die() {
    echo "$(basename "$0"): $*" >&2
    exit 2
}

# The value of one name=value parameter of the URL's query string, or nothing.
url_parameter() {
    local name=$1 pair
    local IFS='&'
    for pair in $DB_QUERY; do
        if [[ $pair == "$name="* ]]; then
            echo "${pair#*=}"
            return
        fi
    done
}

case ${PORTAL_DB_URL:-} in
    jdbc:mysql://*/* | jdbc:mariadb://*/*) ;;
    *) die "set PORTAL_DB_URL to the portal's jdbc:mysql://host[:port]/database[?...] URL" ;;
esac
DB_AUTHORITY=${PORTAL_DB_URL#jdbc:*://}
DB_PATH=${DB_AUTHORITY#*/}
DB_AUTHORITY=${DB_AUTHORITY%%/*}
DB_NAME=${DB_PATH%%\?*}
DB_QUERY=${DB_PATH#"$DB_NAME"}
DB_QUERY=${DB_QUERY#\?}
DB_HOST=${DB_AUTHORITY%:*}
DB_PORT=3306
[[ $DB_AUTHORITY == *:* ]] && DB_PORT=${DB_AUTHORITY##*:}
[[ $DB_NAME =~ ^[A-Za-z0-9_$]+$ ]] || die "unexpected database name '$DB_NAME' in PORTAL_DB_URL"
DB_USER=${PORTAL_DB_USER:-$(url_parameter user)}
DB_PASSWORD=${PORTAL_DB_PASSWORD:-$(url_parameter password)}

DB_OPTIONS=$(mktemp)
trap 'rm -f "$DB_OPTIONS"' EXIT
chmod 600 "$DB_OPTIONS"
{
    echo "[client]"
    echo "host=$DB_HOST"
    echo "port=$DB_PORT"
    echo "protocol=TCP"
    [[ -n $DB_USER ]] && echo "user=$DB_USER"
    [[ -n $DB_PASSWORD ]] && echo "password=$DB_PASSWORD"
    echo "default-character-set=utf8mb4"
} >"$DB_OPTIONS"

# The mysql client with the options above; further arguments as for mysql itself.
client() {
    mysql --defaults-extra-file="$DB_OPTIONS" "$@"
}
