using System;
using System.IO;
using System.CommandLine;
using NewsCorpus.Cli;
using NewsCorpus.Cli.Evaluation;

var idArgument = new Argument<string>("id") { Description = "The article's id, e.g. blinken-lavrov-g20" };
var show = new Command("show", "Print one embedded article with its paragraphs and quotes.\nExample: corpus show blinken-lavrov-g20")
{
    idArgument,
};
show.SetAction(parse => EmbeddedCorpusView.Show(Console.Out, parse.GetValue(idArgument)!));

var directoryArgument = new Argument<DirectoryInfo>("dir") { Description = "A folder of .txt articles (searched recursively)" };
var formatOption = new Option<string>("--format")
{
    Description = "Output format: text or json",
    DefaultValueFactory = _ => "text",
};
formatOption.AcceptOnlyFromAmong("text", "json");
var inspect = new Command("inspect", "Run the text analysis at run time on every .txt under a folder and print what it finds.\nExample: corpus inspect corpus --format json")
{
    directoryArgument,
    formatOption,
};
inspect.SetAction(parse => CorpusInspector.Run(Console.Out, Console.Error, parse.GetValue(directoryArgument)!, parse.GetValue(formatOption)!));

var evalDirectoryArgument = new Argument<DirectoryInfo>("dir") { Description = "A folder with text/NAME.txt and attributions/NAME[_annotator].ann (BRAT standoff)" };
var eval = new Command("eval", "Score the quote extraction against BRAT attribution annotations: content, direct/indirect, sources, speakers.\nExample: corpus eval ../shared/data/polnear/dev")
{
    evalDirectoryArgument,
};
eval.SetAction(parse => EvalCommand.Run(Console.Out, Console.Error, parse.GetValue(evalDirectoryArgument)!));

var root = new RootCommand("corpus: the news corpus embedded at compile time by NewsCorpus.\nWith no command, lists the embedded articles.")
{
    show,
    inspect,
    eval,
};
root.SetAction(_ => EmbeddedCorpusView.List(Console.Out));

return root.Parse(args).Invoke();
