#!/usr/bin/env bash
# Backs up the portal: one consistent dump of its database. Uploaded files (images, permit documents) live
# in the database (tables media and permit_document), so this dump is the whole backup.
# --single-transaction reads every InnoDB table at one snapshot without locking the portal out.
# Usage: UMKM_DB_PASSWORD=... ops/backup.sh [output-folder]   (default: backups/ in the repository)
# Writes umkm-<UTC time>.sql.gz and its .sha256, prints the file name.
set -euo pipefail
source "$(dirname "$0")/db-env.sh"
out=${1:-$repo/backups}
mkdir -p "$out"
dump=$(find_client mariadb-dump mysqldump)
file=$out/umkm-$(date -u +%Y%m%dT%H%M%SZ).sql.gz

"$dump" "${client_args[@]}" --single-transaction --quick --routines --triggers --hex-blob \
    --no-tablespaces --databases "$db_name" | gzip -6 > "$file.part"
mv "$file.part" "$file"
(cd "$out" && sha256sum "$(basename "$file")" > "$(basename "$file").sha256")
echo "$file"
