#!/usr/bin/env bash
# Builds the libFuzzer binary .build-fuzz/$FUZZ_CONFIG/citegraph-fuzz (release by default, optimized; CI's smoke run
# uses debug, which builds in a third of the time): every module with AddressSanitizer and
# SanitizerCoverage (edge counters, comparison tracing), linked with libFuzzer's driver from the Swift toolchain's
# clang runtime (libclang_rt.fuzzer_no_main; `-sanitize=fuzzer` would add libFuzzer's own `main`, which clashes with
# the entry point SwiftPM gives every executable).
set -euo pipefail
cd "$(dirname "$0")/../.."
swiftc=$(command -v swiftc)
toolchain=$(dirname "$(dirname "$(readlink -f "$swiftc")")")
lib=$(ls "$toolchain"/lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-x86_64.a 2>/dev/null | head -n 1 || true)
if [ -z "$lib" ]; then
    echo "fuzz: libclang_rt.fuzzer_no_main not found under $toolchain/lib/clang" >&2
    exit 1
fi
swift build -c "${FUZZ_CONFIG:-release}" --scratch-path .build-fuzz --product citegraph-fuzz \
    -Xswiftc -DCITEGRAPH_FUZZ \
    -Xswiftc -sanitize=address \
    -Xswiftc -sanitize-coverage=edge,trace-cmp,pc-table,inline-8bit-counters \
    -Xlinker "$lib" -Xlinker -lstdc++ 2>&1 | { grep -v "Cannot export local symbol" || true; }
