#!/usr/bin/env bash
# What the id analyzer (NC0017, NC0018) adds to a build: `dotnet build -c Release` after editing one C# file, of a
# console app that embeds a corpus through the NewsCorpus package packed from this working tree ("After") and of
# the same app with the package packed from an earlier commit ("Before", by default main: run it on a branch, or
# name the commit before the analyzer), alternately, in both compiler modes.
#   tests/NewsCorpus.Benchmarks/analyzer-bench.sh [BEFORE_COMMIT] [CORPUS_DIR]
#   BENCH_RUNS=5 (default): each figure is the median of that many runs.
#   BENCH_MODES="on off" (default): the compiler modes to measure, server on and/or off.
# Program.cs looks up a few articles by constant ids, so the analyzer has calls to check; MSBuild node reuse is
# off, and the server-on builds use a compiler server of their own, warmed by one build of each app.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
before="$(git -C "$repo" rev-parse --short "${1:-main}")"   # resolved once: the branch may move during the run
corpus="${2:-$repo/../shared/data/bbc-news/bbc}"
runs="${BENCH_RUNS:-5}"
[ -d "$corpus" ] || { echo "No corpus at $corpus" >&2; exit 2; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
work="$(mktemp -d)"
stamp="$(date +%s%N)"
declare -A version=([Before]="0.0.0-before.$stamp" [After]="0.0.0-after.$stamp")
pipe="ncanalyzer${stamp: -6}"
server_pid() { pgrep -f -- "-pipename:$pipe" | head -1 || true; }
cleanup() {
  local pid
  pid="$(server_pid)"
  [ -z "$pid" ] || kill "$pid" 2> /dev/null || true
  rm -rf "$work" "${NUGET_PACKAGES:-$HOME/.nuget/packages}/newscorpus/${version[Before]}" "${NUGET_PACKAGES:-$HOME/.nuget/packages}/newscorpus/${version[After]}"
}
trap cleanup EXIT
note() { echo "analyzer-bench: $*" >&2; }

# The earlier commit's tree, without touching the repository's worktrees.
mkdir -p "$work/before-src"
git -C "$repo" archive "$before" | tar -x -C "$work/before-src"
note "packing Before ($before) and After (the working tree)"
for side in Before After; do
  src="$repo"; [ "$side" = After ] || src="$work/before-src"
  dotnet pack "$src/src/NewsCorpus" -c Release -o "$work/feed" -p:Version="${version[$side]}" --nologo -v q > "$work/pack.log" 2>&1 \
    || { cat "$work/pack.log" >&2; exit 1; }
done
cat > "$work/nuget.config" <<XML
<configuration><packageSources><add key="local" value="$work/feed" /></packageSources></configuration>
XML

program='System.Console.WriteLine(Bench.Articles.All.Count);
System.Console.WriteLine(Bench.Articles.Get("business/001").Title);
System.Console.WriteLine(Bench.Articles.Find("sport/002")?.Title);
System.Console.WriteLine(Bench.Articles.Find(System.Environment.GetEnvironmentVariable("ID") ?? "tech/003")?.Title);'
for side in Before After; do
  mkdir -p "$work/$side"
  cat > "$work/$side/$side.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable><NewsCorpusNamespace>Bench</NewsCorpusNamespace></PropertyGroup>
  <ItemGroup><PackageReference Include="NewsCorpus" Version="${version[$side]}" /></ItemGroup>
</Project>
XML
  echo "$program" > "$work/$side/Program.cs"
  cp -r "$corpus" "$work/$side/corpus"
  find "$work/$side/corpus" -maxdepth 1 \( -name 'SOURCE.txt' -o -name 'README.TXT' \) -delete
  dotnet restore "$work/$side" --nologo -v q > "$work/restore.log" 2>&1 || { cat "$work/restore.log" >&2; exit 1; }
done

edits=0
declare -A secs
build() { # side mode
  local compiler=(-p:UseSharedCompilation=false)
  [ "$2" = off ] || compiler=(-p:UseSharedCompilation=true -p:SharedCompilationId="$pipe")
  /usr/bin/time -f '%e' -o "$work/time" dotnet build "$work/$1" -c Release --no-restore --nologo -v q -nodeReuse:false "${compiler[@]}" \
    > "$work/build.log" 2>&1 || { cat "$work/build.log" >&2; echo "build of $1 failed" >&2; exit 1; }
}
measure() { # mode
  local run side
  for ((run = 1; run <= runs; run++)); do
    for side in Before After; do
      edits=$((edits + 1))
      printf '%s\n// edit %d\n' "$program" "$edits" > "$work/$side/Program.cs"
      build "$side" "$1"
      secs[$1,$side]+=" $(cat "$work/time")"
    done
  done
}
modes="${BENCH_MODES:-on off}"
if [[ " $modes " == *" on "* ]]; then
  note "warm-up (server on, not counted)"
  for side in Before After; do build "$side" on; done
  note "C# edit, server on"; measure on
  pid="$(server_pid)"; [ -z "$pid" ] || kill "$pid"
fi
if [[ " $modes " == *" off "* ]]; then note "C# edit, server off"; measure off; fi

median() { printf '%s\n' $1 | sort -g | awk '{ v[NR] = $1 } END { print NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo "corpus: $(find "$work/After/corpus" -name '*.txt' | wc -l) files; Before = $before, After = working tree; medians of $runs"
printf '%-26s %8s %8s %8s   %s\n' build Before After gain "runs (Before | After)"
for mode in $modes; do
  b=$(median "${secs[$mode,Before]}"); a=$(median "${secs[$mode,After]}")
  printf '%-26s %7.2fs %7.2fs %+7.2fs   %s |%s\n' "C# edit, server $mode" "$b" "$a" "$(echo "$a - $b" | bc -l)" "${secs[$mode,Before]}" "${secs[$mode,After]}"
done
# The table of ids is a constant in metadata: what it adds to the assembly.
b=$(stat -c %s "$work/Before/bin/Release/net10.0/Before.dll"); a=$(stat -c %s "$work/After/bin/Release/net10.0/After.dll")
printf '%-26s %8d %8d %+8d bytes\n' "assembly" "$b" "$a" "$((a - b))"
