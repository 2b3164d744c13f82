#!/usr/bin/env bash
# Backup drill: back up, wipe the database, restore, and compare every table's row count and
# CHECKSUM TABLE before and after. Run it against a database nobody writes to meanwhile (e.g. the
# cluster command's, with the portal stopped, or a copy). Prints its transcript; exits 1 on a difference.
# Usage: UMKM_DB_PASSWORD=... ops/backup-drill.sh [work-folder]   (default: target/backup-drill)
set -euo pipefail
source "$(dirname "$0")/db-env.sh"
work=${1:-$repo/target/backup-drill}
mkdir -p "$work"
client=$(find_client mariadb mysql)
sql() { "$client" "${client_args[@]}" --batch --skip-column-names "$db_name" -e "$1"; }

# One line per table: name, exact row count, checksum.
fingerprint() {
    local table
    for table in $(sql "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()
                        AND table_type = 'BASE TABLE' ORDER BY table_name"); do
        printf '%s\t%s\t%s\n' "$table" "$(sql "SELECT COUNT(*) FROM \`$table\`")" \
            "$(sql "CHECKSUM TABLE \`$table\`" | cut -f2)"
    done
}

say() { echo "$(date -u +%FT%TZ)  $*"; }
say "backup drill on $db_name at $db_host:$db_port"
fingerprint > "$work/before.tsv"
say "before: $(wc -l < "$work/before.tsv") tables, $(awk -F'\t' '{s+=$2} END {print s}' "$work/before.tsv") rows"
start=$(date +%s.%N)
file=$("$repo/ops/backup.sh" "$work")
say "backup: $file ($(du -h "$file" | cut -f1), $(printf '%.1f' "$(echo "$(date +%s.%N) - $start" | bc)") s)"

sql "DROP DATABASE \`$db_name\`; CREATE DATABASE \`$db_name\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
say "wiped: $(sql "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()") tables left"

start=$(date +%s.%N)
"$repo/ops/restore.sh" "$file" > /dev/null
say "restored in $(printf '%.1f' "$(echo "$(date +%s.%N) - $start" | bc)") s"
fingerprint > "$work/after.tsv"
if diff "$work/before.tsv" "$work/after.tsv" > "$work/diff.txt"; then
    say "OK: all $(wc -l < "$work/after.tsv") tables have the same row count and CHECKSUM TABLE"
else
    say "FAIL: tables differ:"; cat "$work/diff.txt"; exit 1
fi
