# Sourced by build-bench.sh and many-articles.sh: packs NewsCorpus under a version of its own into a feed in a new
# temporary folder $work (with a nuget.config naming it), and removes both that folder and the version from NuGet's
# global cache on exit, so no run ever restores an older build. Sets $repo, $work and $version.
# The clean-up is the function remove_local_package, run by an EXIT trap; a script that needs a trap of its own
# calls it from there (bash keeps a single EXIT trap).
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
work="$(mktemp -d)"
version="0.0.0-bench.$(date +%s%N)"
remove_local_package() { rm -rf "$work" "${NUGET_PACKAGES:-$HOME/.nuget/packages}/newscorpus/$version"; }
trap remove_local_package EXIT
dotnet pack "$repo/src/NewsCorpus" -c Release -o "$work/feed" -p:Version="$version" --nologo -v q > "$work/pack.log" 2>&1 \
  || { cat "$work/pack.log" >&2; echo "dotnet pack of $repo/src/NewsCorpus failed (output above)" >&2; exit 1; }
cat > "$work/nuget.config" <<XML
<configuration><packageSources><add key="local" value="$work/feed" /></packageSources></configuration>
XML
