using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace NewsCorpus.Benchmarks.Tests;

/// <summary>The build scripts at a small size: each packs, builds and prints every row it promises.</summary>
public class BuildBenchScriptTests
{
    [Fact]
    public async Task Build_bench_prints_every_build_of_both_compiler_modes_and_leaves_no_compiler_server()
    {
        // One run a figure (BENCH_RUNS=1): the test checks the rows, not the figures.
        string output = await RunScript("build-bench.sh", [SmallCorpus.Folder, "1"], ("BENCH_RUNS", "1"));

        const string Seconds = @"\d+\.\d\ds", Ratio = @"\d+\.\d\dx", Met = "(yes|no)";
        foreach ((string mode, string build, string target, string peak) in new[]
        {
            ("server on", "C# edit", "1.30", "-"),
            ("server on", "article edit", "1.50", "-"),
            ("server on", "no change", "1.10", "-"),
            ("server off", "full rebuild", "2.00", @"\d+"),
            ("server off", "C# edit", "2.00", @"\d+"),
        })
        {
            Assert.Matches(new Regex(
                $@"^{mode}\s+{Regex.Escape(build)}\s+{Seconds}\s+{Seconds}\s+{Ratio}\s+<={Regex.Escape(target)}x\s+{Met}\s+{peak}\s+{peak}$",
                RegexOptions.Multiline), output);
        }
        Assert.Matches(new Regex($@"^assembly bytes\s+\d+\s+\d+\s+{Ratio}$", RegexOptions.Multiline), output);
        Assert.Matches(new Regex($@"^assembly / corpus bytes\s+{Ratio}\s+{Ratio}\s+<=1\.25x\s+{Met}$", RegexOptions.Multiline), output);
        Assert.Matches(new Regex($@"^articles at run time\s+{SmallCorpus.Files.Length}\s+{SmallCorpus.Files.Length}$", RegexOptions.Multiline), output);
        Assert.Matches(new Regex($@"^corpus: {SmallCorpus.Files.Length} files", RegexOptions.Multiline), output);
        Assert.Matches(new Regex(@"^each figure: the median of 1 run,", RegexOptions.Multiline), output);

        // The server-on builds had a compiler server of their own, and it is gone.
        string pipe = new Regex(@"^compiler server: pipe (\S+), shut down", RegexOptions.Multiline).Match(output).Groups[1].Value;
        Assert.NotEmpty(pipe);
        Assert.Empty(ProcessesWhoseCommandLineHas("-pipename:" + pipe));
    }

    [Fact]
    public async Task Many_articles_builds_and_finds_every_article_with_its_quote_at_run_time()
    {
        string output = await RunScript("many-articles.sh", ["120"]);

        Assert.Matches(new Regex(@"^build: \d+\.\d+s, peak \d+ MB, assembly \d+ bytes$", RegexOptions.Multiline), output);
        Assert.Matches(new Regex(@": 120 1 \d+$", RegexOptions.Multiline), output);
    }

    private static async Task<string> RunScript(string name, string[] arguments, params (string Name, string Value)[] environment)
    {
        string script = Path.Combine(SmallCorpus.RepositoryRoot, "tests", "NewsCorpus.Benchmarks", name);
        var start = new ProcessStartInfo("bash", [script, .. arguments]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach ((string variable, string value) in environment)
            start.Environment[variable] = value;
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

    /// <summary>The ids of the running processes with <paramref name="argument"/> among their arguments (Linux: /proc).</summary>
    private static int[] ProcessesWhoseCommandLineHas(string argument)
    {
        if (!OperatingSystem.IsLinux())
            return [];
        return Directory.GetDirectories("/proc")
            .Select(folder => int.TryParse(Path.GetFileName(folder), out int id) ? id : 0)
            .Where(id => id > 0 && ReadCommandLine(id).Split('\0').Contains(argument))
            .ToArray();

        static string ReadCommandLine(int id)
        {
            try
            {
                return File.ReadAllText($"/proc/{id}/cmdline");
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                return ""; // the process ended meanwhile, or is not ours to read
            }
        }
    }
}
