#!/usr/bin/env bash
# `make fuzz`: runs every libFuzzer target (or those in FUZZ_TARGETS) for FUZZ_SECONDS each, or for FUZZ_RUNS
# executions each with a fixed seed (the CI smoke run, which is then repeatable). The corpus of each target lives in
# .fuzz/corpus/TARGET (seeded from the test fixtures by seeds.py, grown by every run); crashes, hangs (over
# FUZZ_TIMEOUT seconds for one input) and inputs that take more than FUZZ_RSS_MB of memory are written to
# .fuzz/findings/TARGET/. One line of figures per target goes to .fuzz/stats.tsv. Exits 1 when anything was found.
#
# Every finding becomes a regression test: copy it into Tests/BibliographyTests/Fixtures/fuzz/TARGET/ (record
# targets) or Tests/GraphAlgorithmsTests/Fixtures/fuzz/TARGET/ (graph targets), where FuzzRegressionTests replay it.
set -uo pipefail
cd "$(dirname "$0")/../.."
seconds=${FUZZ_SECONDS:-60}
runs=${FUZZ_RUNS:-}
timeout_s=${FUZZ_TIMEOUT:-10}
rss_mb=${FUZZ_RSS_MB:-2048}
# Graph targets measure what they read (exact path measures are O(n·m)): smaller inputs keep them fast enough to
# fuzz; parser bugs show at small sizes anyway.
record_max_len=${FUZZ_MAX_LEN:-65536}
graph_max_len=${FUZZ_MAX_LEN:-8192}
targets=${FUZZ_TARGETS:-bibtex ris wos scopus medline openalex dblp table profile detect thesaurus config edgelist gml graphml pajek graph}

bash scripts/fuzz/build.sh || exit 1
bin=.build-fuzz/${FUZZ_CONFIG:-release}/citegraph-fuzz
mkdir -p .fuzz/corpus .fuzz/findings .fuzz/logs
python3 scripts/fuzz/seeds.py .fuzz/corpus >/dev/null || exit 1
[ -f .fuzz/stats.tsv ] || printf 'date\ttarget\tseconds\truns\texecutions\tcoverage\tfeatures\tcorpus\tfindings\n' >.fuzz/stats.tsv

found=0
for target in $targets; do
    mkdir -p ".fuzz/findings/$target"
    if [ -n "$runs" ]; then limit=(-runs="$runs" -seed=1); else limit=(-max_total_time="$seconds"); fi
    log=".fuzz/logs/$target.log"
    case $target in edgelist | gml | graphml | pajek | graph) max_len=$graph_max_len ;; *) max_len=$record_max_len ;; esac
    start=$(date +%s)
    CITEGRAPH_FUZZ_TARGET=$target ASAN_OPTIONS=detect_leaks=0 "$bin" "${limit[@]}" \
        -timeout="$timeout_s" -rss_limit_mb="$rss_mb" -max_len="$max_len" -print_final_stats=1 \
        -artifact_prefix=".fuzz/findings/$target/" ".fuzz/corpus/$target" >"$log" 2>&1
    status=$?
    elapsed=$(($(date +%s) - start))
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -n 1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | grep -o '[0-9]*')
    ft=$(grep -o 'ft: [0-9]*' "$log" | tail -n 1 | grep -o '[0-9]*')
    corpus=$(ls ".fuzz/corpus/$target" | wc -l)
    findings=$(ls ".fuzz/findings/$target" | wc -l)
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$target" "$elapsed" "${runs:-time}" \
        "${execs:-0}" "${cov:-0}" "${ft:-0}" "$corpus" "$findings" >>.fuzz/stats.tsv
    echo "fuzz: $target: ${elapsed}s, ${execs:-0} executions, coverage ${cov:-0}, corpus $corpus, findings $findings"
    if [ "$status" -ne 0 ] || [ "$findings" -gt 0 ]; then
        found=1
        echo "fuzz: $target: finding(s) in .fuzz/findings/$target (log: $log)" >&2
        grep -m 3 -E 'ERROR|SUMMARY|Fatal error|ALARM|out-of-memory' "$log" >&2
    fi
done
exit $found
