#!/usr/bin/env bash
# Many small articles: a console app over COUNT generated articles (default 70,000, more than the 65,535 fields
# or methods a .NET type may hold, so past NewsCorpusMaxTypedProperties: NC0012), built through the NewsCorpus
# package once without the compiler server. Prints the build's time, its largest process's peak memory and the
# number of articles the app finds at run time.
#   tests/NewsCorpus.Benchmarks/many-articles.sh [COUNT]
set -euo pipefail

count="${1:-70000}"
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/local-package.sh"
app="$work/Many"
mkdir -p "$app"
cat > "$app/Many.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable></PropertyGroup>
  <ItemGroup><PackageReference Include="NewsCorpus" Version="$version" /></ItemGroup>
</Project>
XML
echo 'System.Console.WriteLine(Many.Articles.All.Count + " " + Many.Articles.All[^1].Quotes.Count + " " + Many.Articles.All[^1].Text.Length);' > "$app/Program.cs"

# Distinct articles, a hundred to a folder: a title, a lead with a quote, a sign-off.
python3 - "$app/corpus" "$count" <<'PY'
import os, sys
root, count = sys.argv[1], int(sys.argv[2])
for i in range(count):
    folder = os.path.join(root, f"batch{i // 100:04d}")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, f"report-{i:06d}.txt"), "w", encoding="utf-8") as f:
        f.write(f"Council vote number {i}\n\nThe council approved measure {i} on Tuesday. \"We did it,\" the mayor said.\n\nThe vote was {i % 97} to {i % 13}. /AP\n")
PY
echo "corpus: $count files, $(du -sb "$app/corpus" | cut -f1) bytes"

dotnet restore "$app" --nologo -v q > /dev/null
/usr/bin/time -f '%e %M' -o "$work/time" dotnet build "$app" --no-restore --nologo -v q -nodeReuse:false -p:UseSharedCompilation=false \
  > "$work/build.log" 2>&1 || { tail -50 "$work/build.log" >&2; exit 1; }
read -r secs kb < "$work/time"
dll=$(find "$app/bin" -name Many.dll | sed -n 1p)
echo "build: ${secs}s, peak $((kb / 1024)) MB, assembly $(stat -c %s "$dll") bytes"
echo "at run time (articles, quotes of the last, its length): $(dotnet "$dll")"
