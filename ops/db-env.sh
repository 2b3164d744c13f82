# Shared by the ops scripts: where the database is and which client binaries to use. Everything comes from
# the environment, with defaults for the cluster command's embedded MariaDB; no password is stored here.
#   UMKM_DB_HOST (127.0.0.1)  UMKM_DB_PORT (3308)  UMKM_DB_NAME (umkm)  UMKM_DB_USER (umkm)
#   UMKM_DB_PASSWORD (required; passed to the clients through MYSQL_PWD, never on the command line)
#   UMKM_DB_BIN  folder holding mariadb-dump/mariadb (or mysqldump/mysql); default: PATH, then the
#                embedded MariaDB's binaries under target/*-base/bin
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
db_host=${UMKM_DB_HOST:-127.0.0.1}
db_port=${UMKM_DB_PORT:-3308}
db_name=${UMKM_DB_NAME:-umkm}
db_user=${UMKM_DB_USER:-umkm}
export MYSQL_PWD=${UMKM_DB_PASSWORD:?set UMKM_DB_PASSWORD}

# find_client mariadb-dump mysqldump: the first that exists in UMKM_DB_BIN, PATH or the embedded MariaDB.
find_client() {
    local name dir
    for name in "$@"; do
        if [[ -n ${UMKM_DB_BIN:-} && -x $UMKM_DB_BIN/$name ]]; then echo "$UMKM_DB_BIN/$name"; return; fi
    done
    for name in "$@"; do
        if command -v "$name" > /dev/null; then command -v "$name"; return; fi
    done
    for dir in "$repo"/target/*-base/bin; do
        for name in "$@"; do
            if [[ -x $dir/$name ]]; then echo "$dir/$name"; return; fi
        done
    done
    echo "No $* found: set UMKM_DB_BIN or install the MariaDB/MySQL client" >&2
    return 1
}

client_args=(--host="$db_host" --port="$db_port" --user="$db_user" --protocol=TCP --default-character-set=utf8mb4)
