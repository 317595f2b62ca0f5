#!/usr/bin/env bash
# Fuzzes example files: parsing → validation → engine → figure layout, with libFuzzer and
# AddressSanitizer. Seeds are the shipped examples and the bad-input corpus; new interesting inputs
# collect in Fuzz/corpus/, crashes in Fuzz/crashes/ (both ignored by git).
#
#   Fuzz/run.sh                 # 45 seconds, for CI
#   Fuzz/run.sh --seconds 600   # longer runs; extra arguments go to libFuzzer (e.g. -jobs=2)
#   Fuzz/run.sh --reproduce Fuzz/crashes/crash-…   # runs one input again
set -euo pipefail
cd "$(dirname "$0")"

seconds=45
reproduce=""
extra=()
while [ $# -gt 0 ]; do
    case "$1" in
        --seconds) seconds="$2"; shift 2 ;;
        --reproduce) reproduce="$2"; shift 2 ;;
        *) extra+=("$1"); shift ;;
    esac
done

swift build -c release --sanitize=fuzzer --sanitize=address -Xswiftc -parse-as-library --product ExampleFuzzer >&2
fuzzer="$(swift build -c release --sanitize=fuzzer --sanitize=address -Xswiftc -parse-as-library --show-bin-path)/ExampleFuzzer"
export BACKPROP_SITE_TEMPLATES=../Templates

if [ -n "$reproduce" ]; then
    exec "$fuzzer" -runs=1 "$reproduce"
fi

mkdir -p corpus crashes
exec "$fuzzer" corpus ../Examples ../Tests/ExampleFileTests/BadInputs \
    -dict=example.dict -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
    -max_total_time="$seconds" -print_final_stats=1 -artifact_prefix=crashes/ ${extra[@]+"${extra[@]}"}
