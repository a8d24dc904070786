#!/usr/bin/env bash
# Backs up a BeltPortal media directory (portal.media.dir, by default $PORTAL_DATA_DIR/media) while the
# portal runs: one tar of every stored image and thumbnail. Run it right after ops/backup.sh: files are
# named by their content and never change, so the tar holds every file the dump's rows name except any
# deleted between the two. See docs/operations.md, "Backup and restore".
#
#   ops/backup-media.sh MEDIA_DIR DIR
#
# Writes DIR/beltportal-media-<UTC time>.tar (under a temporary name until complete) and prints its path.
set -euo pipefail

die() {
    echo "$(basename "$0"): $*" >&2
    exit 2
}

[[ $# -eq 2 ]] || die "usage: $0 MEDIA_DIR DIR"
media=$1
dir=$2
[[ -d $media ]] || die "no media directory $media"
mkdir -p "$dir"
file="$dir/beltportal-media-$(date -u +%Y%m%dT%H%M%SZ).tar"
partial="$file.partial"
trap 'rm -f "$partial"' EXIT

# Images are compressed already, so no gzip. Files being written are under .upload-* names: left out.
# A file deleted while tar runs was unreferenced by then: not an error.
tar -cf "$partial" -C "$media" --exclude='.upload-*' --warning=no-file-removed --ignore-failed-read .
tar -tf "$partial" >/dev/null
mv "$partial" "$file"
echo "$file"
