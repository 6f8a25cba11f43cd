using System;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Xunit;

namespace NewsCorpus.PackageTests;

/// <summary>
/// A fresh console app installs NewsCorpus and is published the two ways that take away what reflection needs:
/// trimmed and self-contained, and Native AOT. Neither publish may warn (ILxxxx) about NewsCorpus, its runtime or the
/// code it generates, and each published program must print, for every article, exactly what `dotnet run` of the
/// same app prints: text, paragraphs, quotes and metadata, line for line.
/// </summary>
[Collection(LocalFeedCollection.Name)]
public sealed class PublishedConsumerTests(LocalFeed feed)
{
    [Fact]
    public void A_trimmed_self_contained_publish_has_no_IL_warning_and_prints_what_dotnet_run_prints()
    {
        var app = PublishedApp.For(feed);

        // The restore the app shared with its plain build already holds the runtime and ILLink packs.
        var (log, program) = app.Publish("trimmed", "--no-restore", "--self-contained", "-p:PublishTrimmed=true");

        app.AssertOnlyTheCanaryWarns(log);
        PublishedApp.AssertSameLines(app.RunOutput, app.RunPublished(program));
    }

    [Fact]
    public void A_native_AOT_publish_has_no_IL_warning_and_prints_what_dotnet_run_prints()
    {
        var app = PublishedApp.For(feed);

        // Restores for itself: the ILCompiler packages come from the registry (at the SDK's own version), and were
        // one missing, only this test should say so.
        string log, program;
        try
        {
            (log, program) = app.Publish("aot", "-p:PublishAot=true");
        }
        catch (InvalidOperationException failure)
        {
            var errors = failure.Message.Split('\n').Select(l => l.Trim()).Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)).Distinct();
            Assert.Fail(
                "Native AOT publish could not run on this machine, so NewsCorpus is unchecked under Native AOT. It needs the packages " +
                "Microsoft.DotNet.ILCompiler and runtime.<rid>.Microsoft.DotNet.ILCompiler at the SDK's version from the NuGet registry " +
                "(an error NU1101/NU1102 says one is not served) and a C compiler and linker on PATH, clang or gcc (\"Platform linker not found\"). " +
                "The errors:\n" + string.Join("\n", errors) + "\n\nEverything the publish printed:\n" + failure.Message);
            return;
        }

        app.AssertOnlyTheCanaryWarns(log);
        PublishedApp.AssertSameLines(app.RunOutput, app.RunPublished(program));
    }
}

/// <summary>
/// The console app both tests publish: three articles (one read from corpus/ at the top, one in a subfolder with front
/// matter, one linked from outside corpus/ so that its body is a literal in generated code rather than a resource),
/// restored once, built and run once with `dotnet run` for the output every publish must reproduce.
/// </summary>
internal sealed class PublishedApp
{
    private static readonly object Gate = new();
    private static (LocalFeed Feed, Lazy<PublishedApp> App)? s_shared;

    private const string ProgramText = """
        using System.Globalization;
        using NewsApp;

        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

        foreach (var a in Articles.All)
        {
            Console.WriteLine($"article|{E(a.Id)}|{E(a.Path)}|{a}");
            Console.WriteLine($"  title|{E(a.Title)}|headline|{E(a.Headline)}");
            Console.WriteLine($"  language|{a.Language}|source|{E(a.Source)}|published|{Day(a.Published)}|dateline|{E(a.Dateline)}|author|{E(a.Author)}|category|{E(a.Category)}|url|{E(a.Url)}");
            Console.WriteLine($"  tags|{string.Join(",", a.Tags.Select(E))}");
            foreach (var field in a.FrontMatter.OrderBy(f => f.Key, StringComparer.Ordinal)) Console.WriteLine($"  front|{E(field.Key)}|{E(field.Value)}");
            Console.WriteLine($"  counts|{a.WordCount}|{a.SentenceCount}|{a.CharacterCount}|{a.ReadingTime}|{a.ParagraphCount}|{a.QuoteCount}|{a.ContentHash}");
            foreach (var d in a.MentionedDates) Console.WriteLine($"  date|{d.Range}|{E(d.Text)}|{d.Year}|{d.Month}|{d.Day}|{d.Weekday}|{Day(d.Date)}");
            Console.WriteLine($"  text|{E(a.Text)}");
            foreach (var p in a.Paragraphs) Console.WriteLine($"  paragraph|{p.Index}|{p.Range}|{E(p.Text)}");
            foreach (var q in a.Quotes)
                Console.WriteLine($"  quote|{q.Kind}|{q.ParagraphIndex}|{q.Range}|speaker|{E(q.Speaker)}|resolved|{E(q.ResolvedSpeaker)}|cue|{E(q.Cue)}|text|{E(q.Text)}|segments|{string.Join(",", q.Segments)}");
            Console.WriteLine($"  speakers|{string.Join("|", a.Speakers.Select(E))}");
            Console.WriteLine($"  lookup|{ReferenceEquals(Articles.Get(a.Id), a)}|{ReferenceEquals(Articles.Find(a.Id), a)}");
        }

        Console.WriteLine($"typed|{Articles.BlinkenLavrovG20.Id}|{Articles.HarbourStrike.Id}|{Articles.BridgeReopens.Id}|{ReferenceEquals(Articles.BridgeReopens, Articles.Get("bridge-reopens"))}");
        #pragma warning disable NC0017 // a missing id on purpose, which the analyzer would report
        Console.WriteLine($"find-missing|{Articles.Find("no-such-article") is null}");
        #pragma warning restore NC0017
        Console.WriteLine($"by-language-en|{Ids(Articles.ByLanguage("en"))}");
        Console.WriteLine($"by-category-world|{Ids(Articles.ByCategory("world"))}");
        Console.WriteLine($"by-source-voa|{Ids(Articles.BySource("VOA"))}");
        Console.WriteLine($"published-2024|{Ids(Articles.PublishedBetween(new DateTime(2024, 1, 1), new DateTime(2024, 12, 31)))}");
        Console.WriteLine($"quotes-by-hale|{string.Join("|", Articles.QuotesBy("Hale").Select(q => E(q.ToString())))}");

        // The canary: unsafe for trimming on purpose and never run, so that the tests see trim analysis run and its
        // warnings reach the output they read.
        if (args.Length == 2 && args[0] == "--canary") Console.WriteLine(Type.GetType(args[1])?.FullName);

        static string E(string? s) => s is null ? "<null>" : s.Replace("\\", "\\\\").Replace("\r", "\\r").Replace("\n", "\\n");
        static string Day(DateTime? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "<null>";
        static string Ids(IEnumerable<NewsCorpus.Article> articles) => string.Join(",", articles.Select(a => a.Id));
        """;

    /// <summary>English, in a subfolder (its category), with front matter, a direct quote and a reported one.</summary>
    private const string BridgeReopens = """
        ---
        title: "Old bridge reopens after repairs"
        source: Reuters
        author: Jane Doe
        url: https://example.com/bridge-reopens
        tags: transport, bridges
        desk: Metro
        ---
        The old river bridge in Eastmouth reopened to traffic on Monday, 3 June 2024, after two years of repairs.

        "It is safer now than on the day it was built," city engineer Tom Hale said at the opening.

        Mayor Ana Ruiz said the city would repair two more bridges next year.

        """;

    private PublishedApp(LocalFeed feed)
    {
        Feed = feed;
        Root = Path.Combine(feed.Workspace, "published");
        Project = Path.Combine(Root, "NewsApp");
        // linux-x64 here; the portable RID of this machine, which the registry has runtime and ILCompiler packs for.
        Rid = (OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux") + "-" + RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant();

        // Written by hand rather than with `dotnet new` and `dotnet add package`, which would restore twice more.
        DotnetCli.WriteFile(Project, "NewsApp.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="NewsCorpus" Version="{feed.Version}" />
                <AdditionalFiles Include="linked/*.txt" NewsCorpusArticle="true" />
              </ItemGroup>
            </Project>
            """);
        DotnetCli.WriteFile(Project, "Program.cs", ProgramText);
        Directory.CreateDirectory(Path.Combine(Project, "corpus"));
        File.Copy(Path.Combine(LocalFeed.RepositoryRoot, "corpus", "2023-03-02-blinken-lavrov-g20.txt"),
            Path.Combine(Project, "corpus", "2023-03-02-blinken-lavrov-g20.txt"));
        DotnetCli.WriteFile(Project, "corpus/world/2024-06-03-bridge-reopens.txt", BridgeReopens);
        DotnetCli.WriteFile(Project, "linked/2024-05-14-harbour-strike.txt", Articles.HarbourStrike);

        // One restore for the plain build and the trimmed publish: the runtime pack and ILLink come with it.
        DotnetCli.Run(Project, "restore", "-r", Rid, "-p:SelfContained=true", "-p:PublishTrimmed=true");
        DotnetCli.Run(Project, "build", "--no-restore", "-warnaserror");
        RunOutput = Lines(DotnetCli.Run(Project, "run", "--no-build"));

        // What the comparison covers, so that it cannot pass on nothing; the rest is whatever the analysis finds.
        Assert.Equal(
            ["blinken-lavrov-g20|2023-03-02-blinken-lavrov-g20.txt", "bridge-reopens|world/2024-06-03-bridge-reopens.txt", "harbour-strike|linked/2024-05-14-harbour-strike.txt"],
            RunOutput.Where(l => l.StartsWith("article|", StringComparison.Ordinal)).Select(l => string.Join('|', l.Split('|')[1..3])).Order(StringComparer.Ordinal));
        Assert.Contains(RunOutput, l => l.StartsWith("  quote|Direct|", StringComparison.Ordinal));
        Assert.Contains(RunOutput, l => l.StartsWith("  quote|Indirect|", StringComparison.Ordinal));
        Assert.Contains(RunOutput, l => l.StartsWith("  text|", StringComparison.Ordinal) && l.Contains("Dock workers", StringComparison.Ordinal));
        Assert.Contains("  front|desk|Metro", RunOutput);
    }

    public LocalFeed Feed { get; }

    public string Root { get; }

    public string Project { get; }

    public string Rid { get; }

    /// <summary>What `dotnet run` of the plain build printed.</summary>
    public string[] RunOutput { get; }

    /// <summary>The app for this feed, built once for every test that asks (a failure too is kept, not retried).</summary>
    public static PublishedApp For(LocalFeed feed)
    {
        lock (Gate)
        {
            if (s_shared is not { } shared || shared.Feed != feed)
            {
                shared = (feed, new Lazy<PublishedApp>(() => new PublishedApp(feed)));
                s_shared = shared;
            }

            return shared.App.Value;
        }
    }

    /// <summary>`dotnet publish -c Release -r RID` with every trim warning in full, into a folder of its own; returns what it printed and the program.</summary>
    public (string Log, string Program) Publish(string name, params string[] arguments)
    {
        string output = Path.Combine(Root, name);
        // TrimmerSingleWarn=false: a warning inside a package's assembly is shown as itself, not folded into one IL2104.
        string log = DotnetCli.Run(Project, ["publish", "-c", "Release", "-r", Rid, "-p:TrimmerSingleWarn=false", "-o", output, .. arguments]);
        return (log, Path.Combine(output, OperatingSystem.IsWindows() ? "NewsApp.exe" : "NewsApp"));
    }

    public string[] RunPublished(string program) => Lines(DotnetCli.Execute(program, Project));

    /// <summary>
    /// Every ILxxxx warning the publish printed (compiler analyzers, ILLink or ILC) must be the canary's own IL2057 in
    /// Program.cs, and the canary must be there: anything else comes from NewsCorpus, its generated code or a call into it.
    /// </summary>
    public void AssertOnlyTheCanaryWarns(string log)
    {
        string program = Path.Combine(Project, "Program.cs");
        int canaryLine = Array.FindIndex(ProgramText.Split('\n'), l => l.Contains("Type.GetType(", StringComparison.Ordinal)) + 1;
        var warnings = log.Split('\n').Select(l => l.Trim()).Where(l => Regex.IsMatch(l, @"\bIL\d{4}\b")).Distinct().ToArray();
        var canary = new Regex($@"^{Regex.Escape(program)}\({canaryLine}[,)].*\bIL2057\b");
        bool IsCanary(string warning) => canary.IsMatch(warning);

        var unexpected = warnings.Where(w => !IsCanary(w)).ToArray();
        Assert.True(unexpected.Length == 0, "IL warnings besides the canary's:\n" + string.Join("\n", unexpected));
        Assert.True(warnings.Any(IsCanary), "The canary's IL2057 is missing, so trim analysis did not run or its warnings are not in this output:\n" + log);
    }

    /// <summary>Line for line, failing on the first line that differs with both versions of it.</summary>
    public static void AssertSameLines(string[] expected, string[] actual)
    {
        for (int i = 0; i < Math.Min(expected.Length, actual.Length); i++)
        {
            if (expected[i] != actual[i])
                Assert.Fail($"Line {i + 1} differs.\n`dotnet run` printed:\n{expected[i]}\nthe published program printed:\n{actual[i]}");
        }

        Assert.True(expected.Length == actual.Length, $"`dotnet run` printed {expected.Length} lines, the published program {actual.Length}.");
    }

    private static string[] Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
}
