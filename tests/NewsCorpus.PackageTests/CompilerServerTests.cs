using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Xunit;

namespace NewsCorpus.PackageTests;

/// <summary>
/// Builds in one compiler server (VBCSCompiler), as a developer's machine runs them: the generator and its cache of
/// analysed articles stay loaded between builds, and an article edited between two builds must still read as edited.
/// </summary>
[Collection(LocalFeedCollection.Name)]
public sealed class CompilerServerTests(LocalFeed feed)
{
    [Fact]
    public void An_article_edited_between_two_builds_in_one_compiler_server_reads_as_edited()
    {
        string app = feed.NewProjectWithPackage("server", "console", "ServerApp");
        Articles.WriteInto(app);
        DotnetCli.WriteFile(app, "Program.cs", """
            using ServerApp;

            var article = Articles.HarbourStrike;
            Console.WriteLine($"{article.Headline}|{article.Paragraphs.Count}|{article.Quotes.Count}|{article.Quotes[0].Speaker}|{article.Quotes[0].Text}");
            """);

        // A server of this test's own (its pipe name), so no other build shares it and it can be stopped afterwards.
        string pipe = "newscorpus-test-" + Guid.NewGuid().ToString("N");
        string[] build = ["build", "-p:UseSharedCompilation=true", "-p:SharedCompilationId=" + pipe];
        try
        {
            DotnetCli.Run(app, build);
            Assert.NotNull(ServerProcess(pipe));
            Assert.Equal(
                "Harbour workers end strike after pay deal|2|1|union organiser Dana Reyes|We did not get everything we asked for, but we got a fair deal",
                DotnetCli.Run(app, "run", "--no-build").Trim());

            DotnetCli.WriteFile(app, Articles.HarbourStrikePath, Articles.HarbourStrike
                .Replace("Harbour workers end strike after pay deal", "Harbour strike ends", StringComparison.Ordinal)
                .Replace("union organiser Dana Reyes told reporters", "spokesman Ali Noor told reporters", StringComparison.Ordinal)
                + "\nShips will sail again on Wednesday.\n");
            DotnetCli.Run(app, build);

            Assert.Equal(
                "Harbour strike ends|3|1|spokesman Ali Noor|We did not get everything we asked for, but we got a fair deal",
                DotnetCli.Run(app, "run", "--no-build").Trim());
            Assert.NotNull(ServerProcess(pipe));
        }
        finally
        {
            ServerProcess(pipe)?.Kill(entireProcessTree: true);
        }
    }

    /// <summary>The compiler server listening on <paramref name="pipe"/>, if one runs (Linux: from /proc).</summary>
    private static Process? ServerProcess(string pipe) => Process.GetProcesses().FirstOrDefault(process =>
    {
        try
        {
            return File.ReadAllText($"/proc/{process.Id}/cmdline").Contains(pipe, StringComparison.Ordinal);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    });
}
