#!/usr/bin/env bash
# Builds the benchmarks in Release and runs them with BenchmarkDotNet's short job.
#   tests/NewsCorpus.Benchmarks/run.sh                              # every benchmark
#   tests/NewsCorpus.Benchmarks/run.sh --filter '*QuoteExtraction*' # any BenchmarkDotNet arguments
# Without arguments it runs --filter '*'. A --job given in the arguments replaces the short job.
# Reports land in tests/NewsCorpus.Benchmarks/BenchmarkDotNet.Artifacts/results (git-ignored).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
project="$here/NewsCorpus.Benchmarks.csproj"

dotnet build "$project" -c Release --nologo

args=("$@")
if [ ${#args[@]} -eq 0 ]; then
  args=(--filter '*')
fi

job=(--job short)
for a in "${args[@]}"; do
  case "$a" in
    -j|--job|--job=*) job=() ;;
  esac
done

exec dotnet run --project "$project" -c Release --no-build -- "${job[@]}" "${args[@]}"
