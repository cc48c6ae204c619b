#!/usr/bin/env bash
# Compares the outputs of two citegraph binaries on the same inputs, file by file.
#
#   scripts/identity/compare.sh OLD_BIN NEW_BIN
#
# Runs `analyze --quiet` (with each option set below) and `records --json` with both binaries on seeds/ and on every
# real export in ../shared/data (override with CITEGRAPH_DATA=folder), each run into its own temporary folder, and
# reports every output file as identical or different (cmp). The exit status and stderr of each run are compared too.
# manifest.json is compared without its timings ("steps", "totalSeconds") and without "settings" (the settings keys
# are being renamed). Exit status: 0 when everything is identical, 1 on any difference or missing input, 64 on a
# usage error.
# Set KEEP=1 to keep the temporary folder for inspection.
set -u -o pipefail

if [ $# -ne 2 ]; then
    echo "usage: $0 OLD_BIN NEW_BIN" >&2
    exit 64
fi
old_bin=$(realpath "$1") || exit 64
new_bin=$(realpath "$2") || exit 64
for bin in "$old_bin" "$new_bin"; do
    [ -x "$bin" ] || { echo "$0: not an executable: $bin" >&2; exit 64; }
done

root=$(cd "$(dirname "$0")/../.." && pwd)
data=${CITEGRAPH_DATA:-$root/../shared/data}
datasets=(
    bibtex-luhsra-sra-ext bibtex-plai-group bibtex-wos-export-pybibx dblp-xml-excerpt medline-pybibx
    openalex-tu9-works ris-litstudy scopus-litstudy wos-metaknowledge
)
# Option sets for analyze: a name, then the flags.
option_names=(default fractional-louvain-neato groups-degree-seed7)
option_flags=(
    ""
    "--counting fractional --min-papers 2 --communities louvain --layout neato"
    "--groups --no-merge-initials --size-by degree --labels 5 --max-drawn-nodes 300 --resolution 1.5 --seed 7"
)

work=$(mktemp -d "${TMPDIR:-/tmp}/citegraph-identity.XXXXXX")
if [ "${KEEP:-0}" = 1 ]; then echo "keeping $work"; else trap 'rm -rf "$work"' EXIT; fi

# The manifest without timings and settings, keys sorted, so two runs compare as text.
strip_manifest() {
    python3 - "$1" "$2" <<'PY'
import json, sys
with open(sys.argv[1]) as f:
    manifest = json.load(f)
for key in ("steps", "totalSeconds", "settings"):
    manifest.pop(key, None)
with open(sys.argv[2], "w") as f:
    json.dump(manifest, f, indent=1, sort_keys=True)
PY
}

inputs=(seeds)
missing=0
for d in "${datasets[@]}"; do
    if [ -e "$data/$d" ]; then inputs+=("$data/$d"); else echo "missing input: $data/$d" >&2 && missing=1; fi
done

differences=0
total_files=0
# Runs one command with both binaries (in the repository root, so relative input paths match), then compares every
# file of both output folders. $1: a label; the rest: the arguments (the word OUT stands for the output folder).
compare_run() {
    local label=$1
    shift
    local dir="$work/$(echo "$label" | tr -c 'A-Za-z0-9._\n-' '_')"
    local side bin args arg
    for side in old new; do
        [ "$side" = old ] && bin=$old_bin || bin=$new_bin
        mkdir -p "$dir/$side/out"
        args=()
        for arg in "$@"; do [ "$arg" = OUT ] && args+=("$dir/$side/out") || args+=("$arg"); done
        (cd "$root" && "$bin" "${args[@]}" >"$dir/$side/out/stdout" 2>"$dir/$side/out/stderr")
        echo $? >"$dir/$side/out/status"
        if [ -f "$dir/$side/out/manifest.json" ]; then
            strip_manifest "$dir/$side/out/manifest.json" "$dir/$side/out/manifest.json.stripped"
            rm "$dir/$side/out/manifest.json"
        fi
    done
    # stderr names the output folder; make it the same word on both sides before comparing.
    for side in old new; do
        sed -i "s#$dir/$side/out#OUT#g" "$dir/$side/out/stderr"
    done
    local names name same=0 different=0
    names=$( (cd "$dir/old/out" && ls -A; cd "$dir/new/out" && ls -A) | sort -u)
    for name in $names; do
        if [ ! -f "$dir/old/out/$name" ] || [ ! -f "$dir/new/out/$name" ]; then
            echo "  $label: $name: only in one run"
            different=$((different + 1))
        elif cmp -s "$dir/old/out/$name" "$dir/new/out/$name"; then
            same=$((same + 1))
        else
            echo "  $label: $name: DIFFERENT ($(cmp "$dir/old/out/$name" "$dir/new/out/$name" 2>&1 | head -1))"
            different=$((different + 1))
        fi
    done
    printf '%-60s %3d files compared: %3d identical, %d different\n' "$label" $((same + different)) "$same" "$different"
    total_files=$((total_files + same + different))
    differences=$((differences + different))
}

for input in "${inputs[@]}"; do
    name=$(basename "$input")
    for i in "${!option_names[@]}"; do
        # shellcheck disable=SC2086 # the flags are words
        compare_run "analyze $name [${option_names[$i]}]" analyze --quiet "$input" ${option_flags[$i]} --out OUT
    done
    compare_run "records --json $name" records --json "$input"
done

echo "total: $total_files files compared, $differences different"
if [ "$missing" -ne 0 ]; then
    echo "some inputs are missing (see above)" >&2
    exit 1
fi
if [ "$differences" -ne 0 ]; then
    echo "outputs differ" >&2
    exit 1
fi
echo "all identical"
