using System;
using System.Diagnostics;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace NewsCorpus.Benchmarks.Tests;

/// <summary>build-bench.sh on the small corpus: it packs, builds both apps and prints every row it promises.</summary>
public class BuildBenchScriptTests
{
    [Fact]
    public async Task Build_bench_prints_each_build_and_both_apps_embed_every_article()
    {
        string script = Path.Combine(SmallCorpus.RepositoryRoot, "tests", "NewsCorpus.Benchmarks", "build-bench.sh");
        var start = new ProcessStartInfo("bash", [script, SmallCorpus.Folder, "1"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = await process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("build-bench.sh took over ten minutes on the small corpus.\n" + output);
        }

        Assert.True(process.ExitCode == 0, output + await error);
        foreach (string row in new[] { "clean build", "nochange build", "edit build" })
            Assert.Matches(new Regex($@"^{row}\s+\d+\.\d\ds\s+\d+\.\d\ds\s+\d+\.\d\dx\s+\d+\s+\d+$", RegexOptions.Multiline), output);
        Assert.Matches(new Regex($@"^articles at run time\s+{SmallCorpus.Files.Length}\s+{SmallCorpus.Files.Length}$", RegexOptions.Multiline), output);
        Assert.Matches(new Regex($@"^corpus: {SmallCorpus.Files.Length} files", RegexOptions.Multiline), output);
    }
}
