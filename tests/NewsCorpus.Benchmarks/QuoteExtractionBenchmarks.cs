using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NewsCorpus.Text;

namespace NewsCorpus.Benchmarks;

/// <summary>
/// Speed and safety: quote extraction must be linear in the text and never throw, even on a
/// megabyte of quotation marks. Each input is parsed with <see cref="ArticleParser.Parse"/> at a quarter
/// and at the full size, against the baseline of only splitting the same text into lines; the ns/char
/// column must stay flat from 25% to 100% (linear) and be of the same order for every input.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class QuoteExtractionBenchmarks
{
    private string _text = "";

    [Params(QuoteInput.RandomMarks, QuoteInput.NestedOpeners, QuoteInput.SaidThatNoFullStop, QuoteInput.NewsArticles)]
    public QuoteInput Input { get; set; }

    /// <summary>Size of the input in percent of its full size (1,000,000 characters, 200,000 repetitions, 50,000 words).</summary>
    [Params(25, 100)]
    public int Percent { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = QuoteInputs.Get(Input, Percent);

        // Safety first: the same call as measured, once, so a failure shows its message, not just a missing row.
        var parsed = ArticleParser.Parse(_text, "bench/input.txt");
        Console.WriteLine(
            $"// {Input} at {Percent}%: {_text.Length:N0} chars, {parsed.Paragraphs.Count:N0} paragraphs, " +
            $"{parsed.Quotes.Count:N0} quotes, {parsed.Diagnostics.Count:N0} diagnostics");
    }

    /// <summary>
    /// The whole analysis of the text: lines, paragraphs, language, direct and reported quotes. It returns a count, not
    /// the parsed article: the project BenchmarkDotNet generates sees NewsCorpus.Text's types twice (the generator
    /// compiles them in), so a benchmark that names one there does not build.
    /// </summary>
    [Benchmark]
    public int Parse() => ArticleParser.Parse(_text, "bench/input.txt").Quotes.Count;

    /// <summary>(e) The floor: only splits the same text into lines.</summary>
    [Benchmark(Baseline = true)]
    public string[] SplitLines() => _text.Split('\n');

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(new ThroughputColumn(
                "Chars", "Length of the input in UTF-16 characters",
                benchmark => QuoteInputs.Get(Param<QuoteInput>(benchmark, nameof(Input)), Param<int>(benchmark, nameof(Percent))).Length,
                ThroughputColumn.Kind.Size));
            AddColumn(new ThroughputColumn(
                "ns/char", "Mean time per input character (flat across sizes = linear)",
                benchmark => QuoteInputs.Get(Param<QuoteInput>(benchmark, nameof(Input)), Param<int>(benchmark, nameof(Percent))).Length,
                ThroughputColumn.Kind.NanosecondsPerUnit));
        }

        private static T Param<T>(BenchmarkDotNet.Running.BenchmarkCase benchmark, string name)
        {
            foreach (var p in benchmark.Parameters.Items)
            {
                if (p.Name == name) return (T)p.Value;
            }

            throw new InvalidOperationException($"No parameter {name}");
        }
    }
}
