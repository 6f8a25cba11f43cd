using System;
using System.CommandLine;
using System.IO;
using NewsCorpus.Cli.Evaluation;
using NewsCorpus.Cli.Export;
using NewsCorpus.Cli.LanguageEvaluation;
using NewsCorpus.Cli.Terminal;
using NewsCorpus.Text;

namespace NewsCorpus.Cli;

/// <summary>The `corpus` commands, their options and help; the program runs them on its console, tests on their own writers.</summary>
internal static class CorpusCommandLine
{
    /// <summary>The exit code of a failure that is a bug in corpus, not in its input.</summary>
    public const int InternalError = 70;

    /// <summary>Runs the command line <paramref name="args"/>, writing to <paramref name="output"/> and <paramref name="error"/>.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, TerminalSession terminal)
    {
        // Every command reports what it cannot do in a line of its own; anything else is a bug, said in one line too
        // rather than as a stack trace.
        try
        {
            return Create(output, error, terminal).Parse(args).Invoke(new InvocationConfiguration
            {
                EnableDefaultExceptionHandler = false,
                Output = output,
                Error = error,
            });
        }
        catch (Exception exception)
        {
            TerminalText.WriteLine(error, $"corpus: {exception.GetType().Name}: {exception.Message} (this is a bug in corpus; please report it)");
            return InternalError;
        }
    }

    public static RootCommand Create(TextWriter output, TextWriter error, TerminalSession terminal)
    {
        var list = new Command("list", "List the embedded articles: id, headline, language, source, date and counts (the same as `corpus` alone).\nExample: corpus list");
        list.SetAction(_ => EmbeddedCorpusView.List(output));

        var idOrPathArgument = new Argument<string>("id-or-file")
        {
            Description = "An embedded article's id (see `corpus list`), or the path of a .txt or .md article to analyse now",
        };
        var show = new Command("show", "Print one article with its metadata, paragraphs and quotes (speaker and cue of each): an embedded one by its id, "
            + "or any article file, analysed at run time as the build would.\n"
            + "Example: corpus show blinken-lavrov-g20\n"
            + "Example: corpus show ~/news/2024-05-14-harbour-strike.txt")
        {
            idOrPathArgument,
        };

        var targetArgument = new Argument<string>("file-or-dir") { Description = "An article (.txt or .md), or a folder of them (searched recursively)" };
        var formatOption = new Option<string>("--format")
        {
            Description = "Output format: text or json",
            DefaultValueFactory = _ => "text",
        };
        formatOption.AcceptOnlyFromAmong("text", "json");

        // What makes the run-time analysis match a project's build: its NewsCorpusClassName and NewsCorpusMaxArticleSize.
        var classNameOption = new Option<string>("--class-name")
        {
            Description = "The catalog class, as the project's NewsCorpusClassName (typed names avoid it)",
            DefaultValueFactory = _ => CorpusInspector.DefaultClassName,
        };
        var maxArticleSizeOption = new Option<long>("--max-article-size")
        {
            Description = "The largest article in bytes, as the project's NewsCorpusMaxArticleSize; a larger file is left out",
            DefaultValueFactory = _ => ArticleLimits.DefaultMaxArticleSize,
        };
        show.Add(maxArticleSizeOption);
        show.SetAction(parse => EmbeddedCorpusView.Show(output, error, parse.GetValue(idOrPathArgument)!, parse.GetValue(maxArticleSizeOption)));

        var inspect = new Command("inspect", "Run the text analysis at run time on one article, or on every article under a folder, and print what it finds: "
            + "metadata, quotes with speaker and cue, diagnostics.\n"
            + "Example: corpus inspect corpus --format json\n"
            + "Example: corpus inspect corpus/2023-03-02-blinken-lavrov-g20.txt")
        {
            targetArgument,
            formatOption,
            classNameOption,
            maxArticleSizeOption,
        };
        inspect.SetAction(parse => CorpusInspector.Run(output, error, CorpusInspector.FileOrFolder(parse.GetValue(targetArgument)!), parse.GetValue(formatOption)!,
            parse.GetValue(classNameOption)!, parse.GetValue(maxArticleSizeOption), terminal));

        var exportDirectoryArgument = new Argument<DirectoryInfo>("dir") { Description = "A folder of articles (searched recursively)" };
        var exportFormatOption = new Option<string>("--format")
        {
            Description = "json: one indented document {\"articles\":[...]}; jsonl: one article per line",
            DefaultValueFactory = _ => "json",
        };
        exportFormatOption.AcceptOnlyFromAmong("json", "jsonl");
        var exportOutputOption = new Option<FileInfo?>("--output", "-o") { Description = "Write to this file instead of the standard output" };
        var export = new Command("export", "Write the parsed corpus (metadata, text, paragraphs, quotes, dates, findings) as JSON for other tools.\nExample: corpus export corpus --format jsonl -o corpus.jsonl")
        {
            exportDirectoryArgument,
            exportFormatOption,
            exportOutputOption,
            classNameOption,
            maxArticleSizeOption,
        };
        export.SetAction(parse => ExportCommand.Run(output, error, parse.GetValue(exportDirectoryArgument)!, parse.GetValue(exportFormatOption)!, parse.GetValue(exportOutputOption),
            parse.GetValue(classNameOption)!, parse.GetValue(maxArticleSizeOption), terminal));

        var evalDirectoryArgument = new Argument<DirectoryInfo?>("dir")
        {
            Description = "A folder with text/NAME.txt and attributions/NAME[_annotator].ann (BRAT standoff)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var evalTextsOption = new Option<DirectoryInfo?>("--texts") { Description = "The folder of the articles (NAME.txt), in place of DIR/text" };
        var evalAnnotationsOption = new Option<DirectoryInfo?>("--annotations") { Description = "The folder of the annotations (NAME.ann), in place of DIR/attributions" };
        var eval = new Command("eval", "Score the quote extraction against BRAT attribution annotations: content, direct/indirect, sources, speakers.\n"
            + "Example: corpus eval ../shared/data/polnear/dev\n"
            + "Example: corpus eval --texts ../shared/data/alb-news/text --annotations tests/annotations/alb-news/dev")
        {
            evalDirectoryArgument,
            evalTextsOption,
            evalAnnotationsOption,
        };
        eval.SetAction(parse => EvalCommand.Run(output, error,
            parse.GetValue(evalDirectoryArgument), parse.GetValue(evalTextsOption), parse.GetValue(evalAnnotationsOption), terminal));

        var languageDirectoryArgument = new Argument<DirectoryInfo>("dir") { Description = "A folder of articles in one language (searched recursively)" };
        var expectOption = new Option<string>("--expect") { Description = "The language every article is in, e.g. en, sq, de", Required = true };
        var charsOption = new Option<int>("--chars")
        {
            Description = "How many characters of each body to identify on their own",
            DefaultValueFactory = _ => LanguageEvalCommand.DefaultPrefixChars,
        };
        var evalLanguage = new Command("eval-language", "Measure the language identification on whole articles and on the first N characters of each body, "
            + "and list the articles it got wrong.\nExample: corpus eval-language ../shared/data/bbc-news/bbc --expect en")
        {
            languageDirectoryArgument,
            expectOption,
            charsOption,
        };
        evalLanguage.SetAction(parse => LanguageEvalCommand.Run(output, error, parse.GetValue(languageDirectoryArgument)!, parse.GetValue(expectOption)!,
            parse.GetValue(charsOption), terminal));

        var root = new RootCommand("corpus: the news corpus embedded at compile time by NewsCorpus, and the same text analysis at run time.\n"
            + "With no command, lists the embedded articles (as `corpus list`).\n"
            + "Runs over many files show their progress on a terminal, and nothing when the output is redirected.\n"
            + "Example: corpus")
        {
            list,
            show,
            inspect,
            export,
            eval,
            evalLanguage,
        };
        root.SetAction(_ => EmbeddedCorpusView.List(output));
        return root;
    }
}
