#!/usr/bin/env bash
# Builds the libFuzzer targets (the fuzz preset: clang, ASan + UBSan) and runs each for a while.
#
#   fuzz/run.sh [seconds-per-target] [target...]     default: 10 seconds, every target
#
# Each target starts from its committed seeds in fuzz/corpus/<target>/ (read only) and writes
# the inputs it finds to a scratch corpus, build/fuzz/corpus/<target>/, which later runs reuse.
# A crash, a broken invariant, a leak or an input slower than 10 s fails the run: the input is
# kept as build/fuzz/crashes/<target>/crash-... (or leak-, timeout-, slow-unit-) and the
# script exits non-zero. Reproduce with: build/fuzz/fuzz/fuzz_<target> <that file>.
# BASHU_FUZZ_BUILD_DIR puts the build elsewhere (default: build/fuzz, the preset's folder).
# BASHU_FUZZ_SEED fixes libFuzzer's random seed (./test.sh does, so a CI pass is repeatable);
# unset, each run explores differently.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

seconds="${1:-10}"
shift || true
all_targets=(map_document json_syntax vector_geojson vector_csv tessellate join stat_table wkb geojson_fast)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all_targets[@]}")
build="${BASHU_FUZZ_BUILD_DIR:-$root/build/fuzz}"

cmake --preset fuzz -B "$build" >/dev/null
# Only the fuzz targets and the modules they link: the window and the renderer are not built.
cmake --build "$build" --target fuzzers --parallel 2

export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}"
failed=()
for target in "${targets[@]}"; do
  binary="$build/fuzz/fuzz_$target"
  [ -x "$binary" ] || { echo "fuzz: no target '$target' (have: ${all_targets[*]})" >&2; exit 2; }
  scratch="$build/corpus/$target"
  crashes="$build/crashes/$target"
  log="$build/logs/$target.log"
  mkdir -p "$scratch" "$crashes" "$(dirname "$log")"
  options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1
           -artifact_prefix="$crashes/")
  [ -f "fuzz/dict/$target.dict" ] && options+=(-dict="fuzz/dict/$target.dict")
  [ -n "${BASHU_FUZZ_SEED:-}" ] && options+=(-seed="$BASHU_FUZZ_SEED")
  # The scratch folder comes first: libFuzzer writes what it finds to its first corpus only.
  if "$binary" "${options[@]}" "$scratch" "fuzz/corpus/$target" >"$log" 2>&1; then
    runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")"
    echo "fuzz: $target: ${runs:-?} inputs in ${seconds} s, no findings"
  else
    failed+=("$target")
    echo "fuzz: $target: FAILED; input kept in $crashes/, full log: $log" >&2
    grep -E "ERROR|invariant broken|runtime error|SUMMARY|Test unit written" "$log" | head -20 >&2 || true
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: findings in: ${failed[*]}" >&2
  exit 1
fi
