using System;
using System.Diagnostics;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace NewsCorpus.Benchmarks.Tests;

/// <summary>The build scripts at a small size: each packs, builds and prints every row it promises.</summary>
public class BuildBenchScriptTests
{
    [Fact]
    public async Task Build_bench_prints_each_build_and_both_apps_embed_every_article()
    {
        string output = await RunScript("build-bench.sh", SmallCorpus.Folder, "1");

        foreach (string row in new[] { "clean build", "nochange build", "edit build" })
            Assert.Matches(new Regex($@"^{row}\s+\d+\.\d\ds\s+\d+\.\d\ds\s+\d+\.\d\dx\s+\d+\s+\d+$", RegexOptions.Multiline), output);
        Assert.Matches(new Regex($@"^articles at run time\s+{SmallCorpus.Files.Length}\s+{SmallCorpus.Files.Length}$", RegexOptions.Multiline), output);
        Assert.Matches(new Regex($@"^corpus: {SmallCorpus.Files.Length} files", RegexOptions.Multiline), output);
    }

    [Fact]
    public async Task Many_articles_builds_and_finds_every_article_with_its_quote_at_run_time()
    {
        string output = await RunScript("many-articles.sh", "120");

        Assert.Matches(new Regex(@"^build: \d+\.\d+s, peak \d+ MB, assembly \d+ bytes$", RegexOptions.Multiline), output);
        Assert.Matches(new Regex(@": 120 1 \d+$", RegexOptions.Multiline), output);
    }

    private static async Task<string> RunScript(string name, params string[] arguments)
    {
        string script = Path.Combine(SmallCorpus.RepositoryRoot, "tests", "NewsCorpus.Benchmarks", name);
        var start = new ProcessStartInfo("bash", [script, .. arguments]) { RedirectStandardOutput = true, RedirectStandardError = true };
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
            Assert.Fail($"{name} took over ten minutes at a small size.\n" + output);
        }

        Assert.True(process.ExitCode == 0, output + await error);
        return output;
    }
}
