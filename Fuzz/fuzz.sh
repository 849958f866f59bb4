#!/usr/bin/env bash
# Builds the fuzz targets with libFuzzer + AddressSanitizer into .build-fuzz, writes the seed
# corpus (fixtures, plus ../shared/samples when present), and runs each target for a while,
# printing executions, speed, coverage and crashes per target.
#
#   Fuzz/fuzz.sh [--seconds N] [TARGET...]      every target when none is named
#
# Corpora grow in .build-fuzz/corpus/TARGET between runs (FUZZ_CORPUS=FOLDER keeps them elsewhere,
# so that a long campaign accumulates outside the checkout); crash inputs land in
# .build-fuzz/artifacts/. FUZZ_BINARY=PATH runs an already built copy of the targets (a campaign
# goes on while the checkout is rebuilt). Memory per target: FUZZ_RSS_MB (512) and FUZZ_MALLOC_MB
# (256, one allocation). Exit status 1 when any target found a crash, hang or runaway allocation.
#
# FUZZ_SANITIZERS=fuzzer builds without AddressSanitizer (into .build-fuzz-lite): Swift's own
# bounds, overflow and unwrap checks stay, executions run about 1.6 times faster, and the
# allocation limit is not enforced (it needs ASan's allocator; the RSS limit still holds). A
# campaign run that way is replayed under ASan afterwards: FUZZ_REPLAY=1 runs every input of the
# corpus once (-runs=0), which is where a memory error the lighter build cannot see would show.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
scratch=$root/.build-fuzz
seconds=${FUZZ_SECONDS:-60}
if [ "${1:-}" = "--seconds" ]; then seconds=$2; shift 2; fi

# lld: gold stops with an internal error (dwarf_reader.cc) on this ASan link.
sanitizers=${FUZZ_SANITIZERS:-fuzzer,address}
[ "$sanitizers" = "fuzzer,address" ] || build=$root/.build-fuzz-lite
build=${build:-$scratch}
flags=(-Xswiftc -sanitize="$sanitizers" -Xswiftc -parse-as-library -Xswiftc -assert-config -Xswiftc Debug
  -Xswiftc -use-ld=lld)
binary=${FUZZ_BINARY:-}
if [ -z "$binary" ]; then
  echo "== building the fuzz targets (release, -sanitize=fuzzer,address, bounds checks kept)"
  start=$(date +%s)
  # SwiftPM does not notice a source file added to the main package (a path dependency here)
  # in an existing scratch folder: the build is planned afresh each time (a few seconds).
  rm -f "$build/release.yaml"
  (cd Fuzz && swift build -c release --scratch-path "$build" --product caseintake-fuzz "${flags[@]}")
  echo "   built in $(( $(date +%s) - start )) s"
  binary=$(cd Fuzz && swift build -c release --scratch-path "$build" "${flags[@]}" --show-bin-path)/caseintake-fuzz
fi
# A row says what the binary that ran was built with, whoever built it.
if grep -qa __asan_report_load "$binary"; then sanitizers=fuzzer,address; else sanitizers=fuzzer; fi
corpora=${FUZZ_CORPUS:-$scratch/corpus}
# libFuzzer, not Swift's backtracer, must see a crash; leaks are not what is looked for. ASan keeps
# no allocation stacks (recording one per malloc took a fifth of every execution; Swift's own checks
# trap on bad indices before ASan would) and a smaller quarantine (fewer fresh pages per input).
export SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0:malloc_context_size=0:quarantine_size_mb=64

samples=$root/../shared/samples
[ -d "$samples" ] || samples=""
# Seeds in a folder of this run's own, so that two runs at once (one per core) do not share one.
seeds=$scratch/seeds.$$
trap 'rm -rf "$seeds" "$scratch/seeds.$$.log"' EXIT
mkdir -p "$scratch"
"$binary" seeds "$seeds" $samples >"$scratch/seeds.$$.log"
echo "== seeds: fixtures${samples:+ and $samples}"

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  mapfile -t targets < <("$binary" list | cut -f1)
fi

mkdir -p "$scratch/logs" "$scratch/artifacts"
printf '%-11s %12s %8s %7s %7s %7s %8s  %s\n' target executions exec/s cov ft corpus rss_mb result
failed=0
for target in "${targets[@]}"; do
  max_len=$("$binary" list | awk -F'\t' -v t="$target" '$1 == t { print $2 }')
  [ -n "$max_len" ] || { echo "unknown target $target" >&2; exit 2; }
  mkdir -p "$corpora/$target"
  # This run's own log while it runs (another run of the target may be writing its own), then
  # the target's latest log.
  log=$scratch/logs/$target.$$.log
  before=$(ls "$scratch/artifacts" | grep -c "^$target-" || true)
  status=0
  "$binary" "$target" \
    -max_len="$max_len" -timeout=20 -rss_limit_mb="${FUZZ_RSS_MB:-512}" -malloc_limit_mb="${FUZZ_MALLOC_MB:-256}" \
    -max_total_time="$seconds" ${FUZZ_REPLAY:+-runs=0} \
    -print_final_stats=1 -artifact_prefix="$scratch/artifacts/$target-" \
    "$corpora/$target" "$seeds/$target" >"$log" 2>&1 || status=$?
  after=$(ls "$scratch/artifacts" | grep -c "^$target-" || true)
  mv "$log" "$scratch/logs/$target.log"
  log=$scratch/logs/$target.log
  stat() { awk -v k="stat::$1:" '$1 == k { print $2 }' "$log" | tail -1; }
  progress=$(grep -aE '^#[0-9]+' "$log" | tail -1 || true)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$progress")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$progress")
  corpus=$(sed -n 's/.* corp: \([0-9]*\).*/\1/p' <<<"$progress")
  result="ok"
  if [ "$status" -ne 0 ] || [ "$after" -gt "$before" ]; then
    result="FOUND $(( after - before )) ($(grep -a -m1 -oE 'ERROR: [^ ]+: [a-z-]+|ERROR: libFuzzer: [a-z-]+|Fatal error: .*' "$log" || echo "exit $status")) — see $log"
    failed=1
  fi
  row=$(printf '%-11s %12s %8s %7s %7s %7s %8s  %s' "$target" "$(stat number_of_executed_units)" \
    "$(stat average_exec_per_sec)" "${cov:-?}" "${ft:-?}" "${corpus:-?}" "$(stat peak_rss_mb)" "$result")
  echo "$row"
  # Every run's row, dated, so that a campaign of many runs can be summed up afterwards.
  echo "$(date -u +%FT%TZ) ${seconds}s $row  [$sanitizers${FUZZ_REPLAY:+, replay}]" >>"$scratch/logs/runs.txt"
done
exit $failed
