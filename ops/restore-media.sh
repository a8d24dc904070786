#!/usr/bin/env bash
# Restores a tar made by backup-media.sh into a media directory that is empty or does not exist yet: this
# never mixes a backup into files a portal already holds. See docs/operations.md, "Backup and restore".
#
#   ops/restore-media.sh FILE.tar MEDIA_DIR
set -euo pipefail

die() {
    echo "$(basename "$0"): $*" >&2
    exit 2
}

[[ $# -eq 2 ]] || die "usage: $0 FILE.tar MEDIA_DIR"
file=$1
media=$2
[[ -f $file ]] || die "no file $file"
tar -tf "$file" >/dev/null || die "$file is not a whole tar file"
mkdir -p "$media"
[[ -z $(ls -A "$media") ]] || die "$media is not empty; restore into an empty directory"
tar -xf "$file" -C "$media" --no-same-owner
echo "restored $file into $media: $(find "$media" -type f | wc -l) files"
