#!/usr/bin/env bash
# Restores a dump written by ops/backup.sh into the database named in it (UMKM_DB_NAME), replacing its
# tables. Stop the portal first (or take it out of nginx): it must not write during the restore.
# Usage: UMKM_DB_PASSWORD=... ops/restore.sh backups/umkm-YYYYMMDDTHHMMSSZ.sql.gz
# The mariadb client needs libncurses5 on Debian (apt-get install -y libncurses5).
set -euo pipefail
source "$(dirname "$0")/db-env.sh"
file=${1:?usage: ops/restore.sh <dump.sql.gz>}
if [[ -f $file.sha256 ]]; then
    (cd "$(dirname "$file")" && sha256sum --check --quiet "$(basename "$file").sha256")
fi
client=$(find_client mariadb mysql)
gunzip -c "$file" | "$client" "${client_args[@]}"
echo "restored $file into $db_name on $db_host:$db_port"
