#!/usr/bin/env bash
# Whole builds (issue 7, benchmark 2): a console app that embeds a corpus through NewsCorpus, against the same
# app with the same files as <EmbeddedResource> and no generator, measured in the same run on this machine.
#   tests/NewsCorpus.Benchmarks/build-bench.sh [CORPUS_DIR] [COPIES]
# CORPUS_DIR defaults to ../shared/data/bbc-news/bbc beside the repository; COPIES (default 1) repeats the
# corpus that many times under varied folder names (10 and 20 give the 50 MB and 100 MB scale runs).
# Prints, for each: clean (full) build, no-change build, build after editing one article (seconds, peak memory of
# the build's processes, ratios), assembly size against the corpus size, and the article count at run time.
# With COPIES > 1 (the scale runs) only the clean builds are measured. Measured builds run the compiler in
# the build's own process tree (no compiler server, no node reuse), so the peak memory is the whole build's
# and every clean build starts cold, as on a CI machine.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
corpus="${1:-$here/../../../shared/data/bbc-news/bbc}"
copies="${2:-1}"
[ -d "$corpus" ] || { echo "No corpus at $corpus (put ../shared beside the repository or pass a folder)"; exit 2; }
source "$here/local-package.sh"

make_app() { # name, extra project items
  mkdir -p "$work/$1/corpus"
  cat > "$work/$1/$1.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable></PropertyGroup>
  $2
</Project>
XML
  for i in $(seq 1 "$copies"); do cp -r "$corpus" "$work/$1/corpus/copy$i"; done
  find "$work/$1/corpus" -maxdepth 3 -name 'SOURCE.txt' -o -maxdepth 3 -name 'README.TXT' | xargs -r rm -f
}
make_app Generated "<ItemGroup><PackageReference Include=\"NewsCorpus\" Version=\"$version\" /></ItemGroup>"
echo 'System.Console.WriteLine(Generated.Articles.All.Count);' > "$work/Generated/Program.cs"
make_app Resources '<ItemGroup><EmbeddedResource Include="corpus/**/*.txt" /></ItemGroup>'
echo 'System.Console.WriteLine(typeof(Program).Assembly.GetManifestResourceNames().Length);' > "$work/Resources/Program.cs"

files=$(find "$work/Generated/corpus" -name '*.txt' | wc -l)
bytes=$(du -sb "$work/Generated/corpus" | cut -f1)
echo "corpus: $files files, $bytes bytes ($copies cop$( [ "$copies" = 1 ] && echo y || echo ies) of $corpus)"

# Runs one build; sets $secs and $peak (max resident set of the build's processes, MB).
measure() {
  /usr/bin/time -f '%e %M' -o "$work/time" dotnet build "$@" --no-restore --nologo -v q -nodeReuse:false -p:UseSharedCompilation=false \
    > "$work/last.log" 2>&1 || { cat "$work/last.log" >&2; exit 1; }
  read -r secs kb < "$work/time"
  peak=$((kb / 1024))
}
declare -A t
kinds="clean nochange edit"
[ "$copies" = 1 ] || kinds="clean"
for app in Resources Generated; do
  dir="$work/$app"
  dotnet restore "$dir" --nologo -v q > /dev/null
  [ "$copies" = 1 ] && dotnet build "$dir" --no-restore --nologo -v q > /dev/null   # warm the SDK and the disk cache
  measure "$dir" --no-incremental; t[$app,clean]=$secs; t[$app,clean,mb]=$peak
  if [ "$copies" = 1 ]; then
    measure "$dir"; t[$app,nochange]=$secs; t[$app,nochange,mb]=$peak
    article=$(find "$dir/corpus" -name '*.txt' | sort | sed -n 1p)
    echo "An added closing line." >> "$article"
    measure "$dir"; t[$app,edit]=$secs; t[$app,edit,mb]=$peak
  fi
  dll=$(find "$dir/bin" -name "$app.dll" | sed -n 1p)
  t[$app,size]=$(stat -c %s "$dll")
  t[$app,count]=$(dotnet "$dll")
done

printf '%-22s %12s %12s %8s %14s %14s\n' "" "Resources" "Generated" "ratio" "peak MB (Res)" "peak MB (Gen)"
for k in $kinds; do
  printf '%-22s %11.2fs %11.2fs %7.2fx %14s %14s\n' "$k build" "${t[Resources,$k]}" "${t[Generated,$k]}" \
    "$(echo "${t[Generated,$k]} / ${t[Resources,$k]}" | bc -l)" "${t[Resources,$k,mb]}" "${t[Generated,$k,mb]}"
done
printf '%-22s %12s %12s %7.2fx\n' "assembly bytes" "${t[Resources,size]}" "${t[Generated,size]}" "$(echo "${t[Generated,size]} / ${t[Resources,size]}" | bc -l)"
printf '%-22s %12s %12s %7.2fx\n' "assembly / corpus" "" "" "$(echo "${t[Generated,size]} / $bytes" | bc -l)"
printf '%-22s %12s %12s\n' "articles at run time" "${t[Resources,count]}" "${t[Generated,count]}"
