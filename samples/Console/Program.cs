// The catalog of this app's corpus/ is SampleConsole.Articles (the project's root namespace);
// the library's is SampleLibrary.Articles, public because the library says so in its project file.
Console.WriteLine("This app's articles:");
foreach (var article in SampleConsole.Articles.All)
{
    Console.WriteLine($"  {article.Id} | {article.Published:yyyy-MM-dd} | {article.Headline} | {article.Paragraphs.Count} paragraphs, {article.Quotes.Count} quotes");
}

var quote = SampleConsole.Articles.All.SelectMany(article => article.Quotes).First(quote => quote.Speaker is not null);
Console.WriteLine($"A quote: “{quote.Text}” ({quote.Speaker}, {quote.Cue})");

Console.WriteLine("SampleLibrary's articles:");
foreach (var article in SampleLibrary.Articles.All)
{
    Console.WriteLine($"  {article.Id} | {article.Published:yyyy-MM-dd} | {article.Headline}");
}

var ferry = SampleLibrary.Articles.Get("electric-ferry");
Console.WriteLine($"Who is quoted in {ferry.Id}: {string.Join(", ", ferry.Speakers)}");
