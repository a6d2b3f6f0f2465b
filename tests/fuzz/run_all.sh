#!/bin/sh
# Builds every libFuzzer target (tests/fuzz/fuzz_*.c) with clang in
# build-fuzz/ and runs each for $FUZZ_SECONDS seconds (default 30) on a copy
# of its seed corpus (tests/fuzz/corpus/<name without fuzz_>/).  New inputs
# go to the copy, never into the committed seeds.  Exits non-zero when a
# build fails or any target crashes, leaks or trips a sanitizer; the
# reproducer is left in build-fuzz/artifacts/.
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
build="$root/build-fuzz"
seconds=${FUZZ_SECONDS:-30}
jobs=${FUZZ_JOBS:-2}

cmake -S "$root" -B "$build" -DCMAKE_C_COMPILER=clang -DSARING_FUZZ=ON \
      -DSARING_TESTS=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j "$jobs"

mkdir -p "$build/artifacts"
failed=""
for src in "$root"/tests/fuzz/fuzz_*.c; do
  name=$(basename "$src" .c)
  short=${name#fuzz_}
  seeds="$root/tests/fuzz/corpus/$short"
  work="$root/tests/fuzz/corpus-work/$short"
  mkdir -p "$work"
  if [ -d "$seeds" ]; then cp -R "$seeds"/. "$work"/; fi
  dict=""
  if [ -f "$root/tests/fuzz/$name.dict" ]; then dict="-dict=$root/tests/fuzz/$name.dict"; fi
  echo "== $name: ${seconds}s on $(ls "$work" | wc -l) inputs"
  if ! "$build/tests/fuzz/$name" -max_total_time="$seconds" -timeout=10 \
       -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
       -artifact_prefix="$build/artifacts/$name-" $dict "$work" \
       >"$build/artifacts/$name.log" 2>&1; then
    echo "!! $name FAILED; see $build/artifacts/$name.log"
    tail -n 40 "$build/artifacts/$name.log"
    failed="$failed $name"
  else
    grep -E "stat::number_of_executed_units|cov:" "$build/artifacts/$name.log" | tail -n 2 || true
  fi
done

if [ -n "$failed" ]; then
  echo "fuzzing failed:$failed"
  exit 1
fi
echo "fuzzing passed"
