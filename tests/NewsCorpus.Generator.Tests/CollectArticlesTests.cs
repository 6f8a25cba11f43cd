extern alias buildtask;

using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Xunit;
using ArticlePaths = buildtask::NewsCorpus.Records.ArticlePaths;
using CollectArticles = buildtask::NewsCorpus.Build.CollectArticles;

namespace NewsCorpus.Generator.Tests;

/// <summary>
/// The package's build task on real files in a temporary project: the path an article is known by (its place under the
/// corpus folder, where its wildcard starts, or a Link of its own), and the one message that counts the corpus
/// folder's files that are not articles (NC0016).
/// </summary>
public sealed class CollectArticlesTests : IDisposable
{
    private readonly string _project = Directory.CreateTempSubdirectory("newscorpus-task-").FullName + Path.DirectorySeparatorChar;
    private readonly RecordingEngine _engine = new();

    private string Corpus => Path.Combine(_project, "corpus") + Path.DirectorySeparatorChar;

    public void Dispose() => Directory.Delete(_project, recursive: true);

    [Fact]
    public void A_file_from_outside_takes_its_path_from_where_its_wildcard_starts_and_a_Link_wins_everywhere()
    {
        var task = Task(
            Item(Write("corpus/local.txt"), ("_NewsCorpusDefault", "true")),
            Item(Write("corpus/renamed.txt"), ("_NewsCorpusDefault", "true"), ("Link", "world/new-name.txt")),
            Item(Write("../more-" + Name + "/world/x.txt"), ("RecursiveDir", "world" + Path.DirectorySeparatorChar)),
            Item(Write("../more-" + Name + "/y.txt"), ("RecursiveDir", ""), ("Link", "./politics/y.txt")),
            Item(Write("corpus/tables/figures.text")));

        try
        {
            Assert.True(task.Execute());

            Assert.Equal([Corpus + "local.txt"], task.RootArticles.Select(item => item.ItemSpec));
            Assert.Equal(["NewsCorpus/local.txt"], task.Resources.Select(item => item.GetMetadata("LogicalName")));
            Assert.Equal(
                new[] { "world/new-name.txt", "world/x.txt", "politics/y.txt", "tables/figures.text" },
                task.LinkedArticles.Select(item => ArticlePaths.Unescape(item.GetMetadata("NewsCorpusEscapedPath"))));
            Assert.Empty(_engine.Warnings);
            Assert.Empty(_engine.Codes);
        }
        finally
        {
            Directory.Delete(Path.Combine(_project, "..", "more-" + Name), recursive: true);
        }
    }

    [Fact]
    public void Files_in_the_corpus_folder_that_are_no_articles_are_counted_in_one_message_at_the_first()
    {
        var task = Task(
            Item(Write("corpus/a.txt"), ("_NewsCorpusDefault", "true")),
            Item(Write("corpus/README.TXT"), ("_NewsCorpusDefault", "true")), // the glob ignores case, names on Linux do not
            Item(Write("corpus/tables/included.csv")));
        Write("corpus/notes.json");
        Write("corpus/data.csv");
        Write("corpus/sub/x.docx");
        Write("corpus/drafts/removed.txt"); // a .txt the project removed from the items: left out on purpose
        Write("corpus/drafts/removed.md");
        Write("corpus/.gitkeep");
        Write("corpus/.git/config");
        Write("corpus/bin/Debug/app.dll"); // the project's output, were it in the corpus folder
        task.ExcludedFolders = [Path.Combine(Corpus, "bin") + Path.DirectorySeparatorChar];
        Directory.CreateSymbolicLink(Path.Combine(Corpus, "linked"), Path.GetDirectoryName(Write("elsewhere/far.json"))!); // not followed, as by MSBuild's glob

        Assert.True(task.Execute());

        var message = Assert.Single(_engine.Messages, m => m.Code == "NC0016");
        bool linux = OperatingSystem.IsLinux();
        Assert.Equal(MessageImportance.High, message.Importance);
        Assert.Equal(linux ? Corpus + "README.TXT" : Corpus + "data.csv", message.File);
        Assert.StartsWith(
            linux
                ? "4 files in corpus/ are not articles and are not embedded: README.TXT, data.csv, notes.json, sub/x.docx. "
                : "3 files in corpus/ are not articles and are not embedded: data.csv, notes.json, sub/x.docx. ",
            message.Message);
        Assert.EndsWith("(https://github.com/newscorpus/newscorpus/blob/main/docs/diagnostics.md#nc0016)", message.Message);
    }

    [Fact]
    public void The_message_names_five_and_counts_the_rest()
    {
        var task = Task();
        for (int i = 1; i <= 8; i++) Write($"corpus/{i}.json");
        Write("corpus/one.txt"); // not among the items: an article file the project left out

        Assert.True(task.Execute());

        Assert.StartsWith("8 files in corpus/ are not articles and are not embedded: 1.json, 2.json, 3.json, 4.json, 5.json and 3 more. ",
            Assert.Single(_engine.Messages, m => m.Code == "NC0016").Message);
    }

    [Fact]
    public void One_file_reads_in_the_singular()
    {
        Write("corpus/notes.json");

        Assert.True(Task().Execute());

        Assert.StartsWith("1 file in corpus/ is not an article and is not embedded: notes.json. ", Assert.Single(_engine.Messages, m => m.Code == "NC0016").Message);
    }

    [Theory]
    [InlineData("CS1591;NC0016", true)]
    [InlineData(" CS1591 , nc0016 ", true)]
    [InlineData("NC00160", false)]
    public void NoWarn_silences_the_message(string noWarn, bool silenced)
    {
        Write("corpus/notes.json");
        var task = Task();
        task.NoWarn = noWarn;

        Assert.True(task.Execute());

        Assert.Equal(silenced ? 0 : 1, _engine.Messages.Count(m => m.Code == "NC0016"));
    }

    [Fact]
    public void No_message_when_the_default_articles_are_off_or_the_corpus_folder_holds_the_project()
    {
        Write("corpus/notes.json");
        Write("Program.cs");
        var off = Task();
        off.ReportOtherFiles = false;
        var whole = Task();
        whole.Root = _project;

        Assert.True(off.Execute());
        Assert.True(whole.Execute());

        Assert.DoesNotContain(_engine.Messages, m => m.Code == "NC0016");
    }

    private static string Name { get; } = Guid.NewGuid().ToString("N");

    private CollectArticles Task(params ITaskItem[] articles)
    {
        Directory.CreateDirectory(Corpus);
        return new CollectArticles
        {
            BuildEngine = _engine,
            Articles = articles,
            Root = Corpus,
            ProjectDirectory = _project,
            CopyFolder = Path.Combine(_project, "obj", "newscorpus"),
        };
    }

    /// <summary>Writes a small article at <paramref name="relativePath"/> under the project; returns its full path.</summary>
    private string Write(string relativePath)
    {
        string file = Path.GetFullPath(Path.Combine(_project, relativePath));
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, "A story.\n");
        return file;
    }

    private static TaskItem Item(string file, params (string Name, string Value)[] metadata) =>
        new(file, (IDictionary)metadata.ToDictionary(m => m.Name, m => m.Value));

    /// <summary>What the task logs.</summary>
    private sealed class RecordingEngine : IBuildEngine
    {
        public List<BuildMessageEventArgs> Messages { get; } = [];

        public List<BuildWarningEventArgs> Warnings { get; } = [];

        public IEnumerable<string> Codes => Messages.Select(m => m.Code).Where(code => code is not null).Concat(Warnings.Select(w => w.Code));

        public bool ContinueOnError => false;

        public int LineNumberOfTaskNode => 0;

        public int ColumnNumberOfTaskNode => 0;

        public string ProjectFileOfTaskNode => "project.csproj";

        public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => throw new NotSupportedException();

        public void LogCustomEvent(CustomBuildEventArgs e)
        {
        }

        public void LogErrorEvent(BuildErrorEventArgs e) => throw new InvalidOperationException(e.Message);

        public void LogMessageEvent(BuildMessageEventArgs e) => Messages.Add(e);

        public void LogWarningEvent(BuildWarningEventArgs e) => Warnings.Add(e);
    }
}
