#!/usr/bin/env bash
# Whole builds: `dotnet build -c Release` of a fresh console app that embeds a corpus
# through the NewsCorpus package ("Generated"), against the same app with the same files as plain
# <EmbeddedResource Include="corpus/**/*.txt" /> and no generator ("Resources"), measured in the same run on
# this machine.
#   tests/NewsCorpus.Benchmarks/build-bench.sh [CORPUS_DIR] [COPIES]
#   BENCH_RUNS=3 tests/NewsCorpus.Benchmarks/build-bench.sh     # each figure the median of 3 runs (default 5)
# CORPUS_DIR defaults to ../shared/data/bbc-news/bbc beside the repository; COPIES (default 1) repeats the
# corpus that many times under varied folder names (10 and 20 give the 50 MB and 100 MB scale runs).
#
# Two compiler modes; MSBuild node reuse is off in both (-nodeReuse:false), only the compiler server differs:
#   server on  (-p:UseSharedCompilation=true): the compiler server VBCSCompiler keeps the compiler, and the
#              generator, loaded between builds, as on a developer's machine. One build of each app warms it
#              and is not counted. Measured: a build after editing one C# file, a build after editing one
#              article, and a build with nothing changed. The server is shut down afterwards.
#   server off (-p:UseSharedCompilation=false): the compiler runs inside the build's own process tree, as on a
#              CI machine, so /usr/bin/time sees all of it. Measured: a full rebuild (--no-incremental) and a
#              build after editing one C# file, each with its peak memory (the largest resident set among the
#              build's processes, the highest over the runs).
# Each time is the median of BENCH_RUNS runs; every run builds Resources and then Generated, so that both
# apps see the same state of the machine. Prints one row per mode and build: both medians, Generated against
# Resources, the target and whether it is met; then the assembly sizes against the corpus's bytes and the
# number of articles each app finds at run time.
# With COPIES > 1 (the scale runs) only the server-off full rebuild is measured, once per app unless
# BENCH_RUNS is set: at 20 copies one Generated build takes minutes.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
corpus="${1:-$here/../../../shared/data/bbc-news/bbc}"
copies="${2:-1}"
if [ "$copies" = 1 ]; then runs="${BENCH_RUNS:-5}"; else runs="${BENCH_RUNS:-1}"; fi
[[ "$copies" =~ ^[1-9][0-9]*$ ]] || { echo "COPIES must be a whole number of at least 1, not '$copies'" >&2; exit 2; }
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "BENCH_RUNS must be a whole number of at least 1, not '$runs'" >&2; exit 2; }
[ -d "$corpus" ] || { echo "No corpus at $corpus (put ../shared beside the repository or pass a folder)" >&2; exit 2; }
corpus="$(cd "$corpus" && pwd)"
source "$here/local-package.sh"   # packs NewsCorpus into a feed under the temporary folder $work

# The server-on builds talk to a compiler server of their own, on a pipe named for this run (SharedCompilationId),
# rather than to the user's default one: other builds on the machine neither share it (which would disturb the
# figures) nor lose theirs when this one is shut down (`dotnet build-server shutdown` would stop the default
# server, whoever uses it).
pipe="ncbench${version##*.}"
server_pid() { pgrep -f -- "-pipename:$pipe" | head -1 || true; }
stop_server() {
  local pid arg command=() _
  pid="$(server_pid)"
  [ -n "$pid" ] || return 0
  # Ask the server itself to stop, through the same VBCSCompiler it was started as (its command line, whether
  # "VBCSCompiler" or "dotnet VBCSCompiler.dll", with -shutdown added); that client waits for the exit.
  while IFS= read -r -d '' arg; do [[ "$arg" == -pipename:* ]] || command+=("$arg"); done < "/proc/$pid/cmdline" || true
  [ ${#command[@]} = 0 ] || timeout 60 "${command[@]}" -shutdown -pipename:"$pipe" > /dev/null 2>&1 || true
  for _ in $(seq 50); do [ -n "$(server_pid)" ] || return 0; sleep 0.2; done
  kill "$pid" 2> /dev/null || true   # it did not listen: end it by its id
}
trap 'stop_server; remove_local_package' EXIT

note() { echo "build-bench: $*" >&2; }   # progress, on stderr so that stdout holds only the results

# Runs a command with its output in $work/step.log, shown only if it fails.
quietly() { "$@" > "$work/step.log" 2>&1 || { cat "$work/step.log" >&2; echo "failed: $*" >&2; exit 1; }; }

declare -A program=(   # each app's Program.cs: prints the number of articles it embeds
  [Generated]='System.Console.WriteLine(Generated.Articles.All.Count);'
  [Resources]='System.Console.WriteLine(typeof(Program).Assembly.GetManifestResourceNames().Length);'
)
make_app() { # name, extra project items
  mkdir -p "$work/$1/corpus"
  cat > "$work/$1/$1.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable></PropertyGroup>
  $2
</Project>
XML
  echo "${program[$1]}" > "$work/$1/Program.cs"
  for i in $(seq 1 "$copies"); do cp -r "$corpus" "$work/$1/corpus/copy$i"; done
  # The BBC set's provenance notes are not articles.
  find "$work/$1/corpus" -maxdepth 3 -name 'SOURCE.txt' -o -maxdepth 3 -name 'README.TXT' | xargs -r rm -f
}
make_app Generated "<ItemGroup><PackageReference Include=\"NewsCorpus\" Version=\"$version\" /></ItemGroup>"
make_app Resources '<ItemGroup><EmbeddedResource Include="corpus/**/*.txt" /></ItemGroup>'
apps="Resources Generated"   # the order of the builds in every run

files=$(find "$work/Generated/corpus" -name '*.txt' | wc -l)
[ "$files" -gt 0 ] || { echo "No *.txt file in $corpus" >&2; exit 2; }
# The corpus's bytes: the articles' own sizes (du would add the folders' blocks, which matter for a small corpus).
bytes=$(find "$work/Generated/corpus" -name '*.txt' -printf '%s\n' | awk '{ n += $1 } END { print n }')
echo "corpus: $files files, $bytes bytes ($copies cop$([ "$copies" = 1 ] && echo y || echo ies) of $corpus)"
echo "each figure: the median of $runs run$([ "$runs" = 1 ] || echo s), every run building Resources then Generated" \
  "(dotnet build -c Release -nodeReuse:false)"

# The article whose edits are measured: the same file in both apps; its original text is kept beside the apps.
declare -A article
for app in $apps; do
  article[$app]=$(find "$work/$app/corpus" -name '*.txt' | LC_ALL=C sort | sed -n 1p)   # sed reads to the end: head would end sort with SIGPIPE, fatal under pipefail
  cp "${article[$app]}" "$work/$app.article"
done

# Edits. A counter gives every edited file a text it never had before, so each edit is a real change of content
# (not only of the timestamp) for the compiler and the generator's incremental cache too.
edits=0
edit_program() { edits=$((edits + 1)); printf '%s\n// edit %d\n' "${program[$1]}" "$edits" > "$work/$1/Program.cs"; }
edit_article() { edits=$((edits + 1)); { cat "$work/$1.article"; echo "Correction $edits: an added closing line."; } > "${article[$1]}"; }
no_edit() { :; }

declare -A secs peak   # per "scenario,app": the seconds and the peak MB of each run, space-separated
# One build of an app in a compiler mode (on or off), timed; extra arguments go to dotnet build.
build() { # scenario app mode [dotnet build arguments]
  local scenario=$1 app=$2 mode=$3 s kb
  shift 3
  local compiler=(-p:UseSharedCompilation=false)
  [ "$mode" = off ] || compiler=(-p:UseSharedCompilation=true -p:SharedCompilationId="$pipe")
  /usr/bin/time -f '%e %M' -o "$work/time" dotnet build "$work/$app" -c Release --no-restore --nologo -v q \
    -nodeReuse:false "${compiler[@]}" "$@" > "$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; echo "build of $app ($scenario, server $mode) failed" >&2; exit 1; }
  read -r s kb < "$work/time"
  secs[$scenario,$app]+=" $s"
  peak[$scenario,$app]+=" $((kb / 1024))"
}
# BENCH_RUNS runs of a scenario: in each, for Resources then Generated, the edit and then the build.
measure() { # scenario mode edit [dotnet build arguments]
  local scenario=$1 mode=$2 edit=$3 run app
  shift 3
  note "$scenario (server $mode)"
  for ((run = 1; run <= runs; run++)); do
    for app in $apps; do
      "$edit" "$app"
      build "$scenario" "$app" "$mode" "$@"
    done
  done
}

for app in $apps; do quietly dotnet restore "$work/$app" --nologo; done

if [ "$copies" = 1 ]; then
  # Server on. The warm-up builds start the server and load the compiler and the generator into it (and read
  # the corpus into the disk cache); they are the first builds of each app and are not counted.
  note "warm-up (server on, not counted)"
  for app in $apps; do build warm-up "$app" on; done
  [ -n "$(server_pid)" ] || { echo "No compiler server on pipe $pipe after the warm-up builds" >&2; exit 1; }
  measure "on,cs-edit" on edit_program
  measure "on,article-edit" on edit_article
  measure "on,no-change" on no_edit
  stop_server   # before the server-off builds, which it would otherwise share the machine with
  [ -z "$(server_pid)" ] || { echo "The compiler server on pipe $pipe did not stop" >&2; exit 1; }
  echo "compiler server: pipe $pipe, shut down after the server-on builds"
fi
# Server off: each build starts its compiler cold in its own process tree.
measure "off,full-rebuild" off no_edit --no-incremental
if [ "$copies" = 1 ]; then measure "off,cs-edit" off edit_program; fi

declare -A size count
for app in $apps; do
  dll="$work/$app/bin/Release/net10.0/$app.dll"
  size[$app]=$(stat -c %s "$dll")
  count[$app]=$(dotnet "$dll")
done

median() { printf '%s\n' $1 | sort -g | awk '{ v[NR] = $1 } END { print NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
highest() { printf '%s\n' $1 | sort -g | tail -1; }
divide() { echo "$1 / $2" | bc -l; }
meets() { [ "$(echo "$1 <= $2" | bc -l)" = 1 ] && echo yes || echo no; }

echo
row='%-11s %-13s %10s %10s %8s %8s %4s %14s %14s\n'
printf "$row" mode build Resources Generated ratio target met "peak MB (Res)" "peak MB (Gen)"
result() { # label-of-mode label-of-build scenario target
  local res gen ratio mb_res=- mb_gen=-
  res=$(median "${secs[$3,Resources]}")
  gen=$(median "${secs[$3,Generated]}")
  ratio=$(divide "$gen" "$res")
  if [ "${3%%,*}" = off ]; then   # with the server on, the compiler is not in the build's process tree
    mb_res=$(highest "${peak[$3,Resources]}")
    mb_gen=$(highest "${peak[$3,Generated]}")
  fi
  printf "$row" "$1" "$2" "$(printf '%.2fs' "$res")" "$(printf '%.2fs' "$gen")" "$(printf '%.2fx' "$ratio")" \
    "$(printf '<=%.2fx' "$4")" "$(meets "$ratio" "$4")" "$mb_res" "$mb_gen"
}
if [ "$copies" = 1 ]; then
  result "server on" "C# edit" on,cs-edit 1.3
  result "server on" "article edit" on,article-edit 1.5
  result "server on" "no change" on,no-change 1.1
fi
result "server off" "full rebuild" off,full-rebuild 2.0
if [ "$copies" = 1 ]; then result "server off" "C# edit" off,cs-edit 2.0; fi

# The target is on the Generated assembly: at most 1.25 times the articles' bytes.
printf '%-25s %10s %10s %8s\n' "assembly bytes" "${size[Resources]}" "${size[Generated]}" \
  "$(printf '%.2fx' "$(divide "${size[Generated]}" "${size[Resources]}")")"
printf '%-25s %10s %10s %8s %8s %4s\n' "assembly / corpus bytes" \
  "$(printf '%.2fx' "$(divide "${size[Resources]}" "$bytes")")" "$(printf '%.2fx' "$(divide "${size[Generated]}" "$bytes")")" \
  "" "<=1.25x" "$(meets "$(divide "${size[Generated]}" "$bytes")" 1.25)"
printf '%-25s %10s %10s\n' "articles at run time" "${count[Resources]}" "${count[Generated]}"
