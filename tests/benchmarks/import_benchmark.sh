#!/usr/bin/env bash
# Importing a 100,000-row CSV through the command line (whole process, median of 5 runs, RUNS=n for more) against
# awk -F, '!seen[$1]++' over the same file. The file has a header, a name column, duplicates and blank lines; with
# tens of thousands of distinct ids the CLI reads the whole file, then stops with exit 2 at the 1000-member limit
# before sending anything: that is what is timed.
#
#   tests/benchmarks/import_benchmark.sh build/app/cli/dingtalk-group-cli [rows]
set -euo pipefail
cli=${1:?usage: import_benchmark.sh path/to/dingtalk-group-cli [rows]}
rows=${2:-100000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
csv="$work/staff.csv"

awk -v rows="$rows" 'BEGIN {
    srand(42)
    print "userid,姓名,部门"
    for (i = 0; i < rows; i++) {
        id = int(rand() * rows * 0.7)          # about a third of the rows repeat an earlier id
        printf "user%06d,员工%d,部门%d\r\n", id, id, id % 40
        if (i % 97 == 0) print ""              # blank lines, as spreadsheets export them
    }
}' > "$csv"

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
fastest() { sort -n | awk 'NR == 1'; }
now_ms() { date +%s%N | cut -c1-13; }
time_once() {
    local start end
    start=$(now_ms)
    "$@" > /dev/null 2>&1 || true
    end=$(now_ms)
    echo $((end - start))
}

# The two commands take turns, so that a change in the machine's load falls on both alike.
export DINGTALK_ACCESS_TOKEN=benchmark-token-never-sent
runs=${RUNS:-5}
cli_times=() awk_times=()
for _ in $(seq "$runs"); do
    cli_times+=("$(time_once "$cli" create --name Benchmark --owner user000000 --members "$csv" --server http://127.0.0.1:9 --json)")
    awk_times+=("$(time_once awk -F, '!seen[$1]++' "$csv")")
done
cli_ms=$(printf '%s\n' "${cli_times[@]}" | median)
awk_ms=$(printf '%s\n' "${awk_times[@]}" | median)
cli_best=$(printf '%s\n' "${cli_times[@]}" | fastest)
awk_best=$(printf '%s\n' "${awk_times[@]}" | fastest)

status=0
"$cli" create --name Benchmark --owner user000000 --members "$csv" --server http://127.0.0.1:9 --json > "$work/out.json" 2>/dev/null || status=$?
echo "file: $rows rows, $(wc -c < "$csv") bytes"
echo "dingtalk-group-cli (exit $status, expected 2 at the 1000 limit): median ${cli_ms} ms (fastest ${cli_best} ms)"
echo "awk -F, '!seen[\$1]++': median ${awk_ms} ms (fastest ${awk_best} ms)"
[ "$status" -eq 2 ] || { echo "unexpected exit code"; exit 1; }
[ "$cli_ms" -le "$awk_ms" ] && echo "goal met: the CLI is at least as fast as awk" || { echo "goal missed"; exit 1; }
