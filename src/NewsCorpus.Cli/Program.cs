using System;
using System.IO;
using System.CommandLine;
using NewsCorpus.Cli;
using NewsCorpus.Cli.Evaluation;
using NewsCorpus.Cli.Export;
using NewsCorpus.Cli.LanguageEvaluation;
using NewsCorpus.Text;

// News is multilingual: write UTF-8 (without BOM) whatever the console's code page, as the README promises.
Console.OutputEncoding = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

var idArgument = new Argument<string>("id") { Description = "The article's id, e.g. blinken-lavrov-g20" };
var show = new Command("show", "Print one embedded article with its paragraphs and quotes.\nExample: corpus show blinken-lavrov-g20")
{
    idArgument,
};
show.SetAction(parse => EmbeddedCorpusView.Show(Console.Out, parse.GetValue(idArgument)!));

var directoryArgument = new Argument<DirectoryInfo>("dir") { Description = "A folder of .txt and .md articles (searched recursively)" };
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
var inspect = new Command("inspect", "Run the text analysis at run time on every .txt and .md under a folder and print what it finds.\nExample: corpus inspect corpus --format json")
{
    directoryArgument,
    formatOption,
    classNameOption,
    maxArticleSizeOption,
};
inspect.SetAction(parse => CorpusInspector.Run(Console.Out, Console.Error, parse.GetValue(directoryArgument)!, parse.GetValue(formatOption)!,
    parse.GetValue(classNameOption)!, parse.GetValue(maxArticleSizeOption)));

var exportDirectoryArgument = new Argument<DirectoryInfo>("dir") { Description = "A folder of .txt and .md articles (searched recursively)" };
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
export.SetAction(parse => ExportCommand.Run(Console.Out, Console.Error, parse.GetValue(exportDirectoryArgument)!, parse.GetValue(exportFormatOption)!, parse.GetValue(exportOutputOption),
    parse.GetValue(classNameOption)!, parse.GetValue(maxArticleSizeOption)));

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
eval.SetAction(parse => EvalCommand.Run(Console.Out, Console.Error,
    parse.GetValue(evalDirectoryArgument), parse.GetValue(evalTextsOption), parse.GetValue(evalAnnotationsOption)));

var languageDirectoryArgument = new Argument<DirectoryInfo>("dir") { Description = "A folder of .txt articles in one language (searched recursively)" };
var expectOption = new Option<string>("--expect") { Description = "The language every article is in, e.g. en, sq, de", Required = true };
var charsOption = new Option<int>("--chars")
{
    Description = "How many characters of each body to identify on their own",
    DefaultValueFactory = _ => LanguageEvalCommand.DefaultPrefixChars,
};
var evalLanguage = new Command("eval-language", "Measure the language identification on whole articles and on the first N characters of each body.\nExample: corpus eval-language ../shared/data/bbc-news/bbc --expect en")
{
    languageDirectoryArgument,
    expectOption,
    charsOption,
};
evalLanguage.SetAction(parse => LanguageEvalCommand.Run(Console.Out, Console.Error, parse.GetValue(languageDirectoryArgument)!, parse.GetValue(expectOption)!, parse.GetValue(charsOption)));

var root = new RootCommand("corpus: the news corpus embedded at compile time by NewsCorpus.\nWith no command, lists the embedded articles.\nExample: corpus")
{
    show,
    inspect,
    export,
    eval,
    evalLanguage,
};
root.SetAction(_ => EmbeddedCorpusView.List(Console.Out));

// Every command reports what it cannot do in a line of its own; anything else is a bug, said in one line too
// rather than as a stack trace.
try
{
    return root.Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception exception)
{
    TerminalText.WriteLine(Console.Error, $"corpus: {exception.GetType().Name}: {exception.Message} (this is a bug in corpus; please report it)");
    return 70;
}
