using System;
using System.Linq;
using Xunit;

namespace NewsCorpus.IntegrationTests;

/// <summary>The generated catalog of corpus/, read back through the records the generator packed into it.</summary>
public class ArticleRecordTests
{
    [Fact]
    public void The_generated_corpus_reads_back_through_the_same_records()
    {
        var all = Articles.All;

        Assert.NotEmpty(all);
        Assert.All(all, article => Assert.Same(article, Articles.Get(article.Id)));
        Assert.Same(Articles.BlinkenLavrovG20, Articles.Get("blinken-lavrov-g20"));
        Assert.Equal(all.Select(a => a.Path).OrderBy(p => p, StringComparer.Ordinal), all.Select(a => a.Path));
        Assert.All(all, article => Assert.Equal(article.Text.Length, article.Paragraphs.Last().Range.End + (article.Text.Length - article.Paragraphs.Last().Range.End)));
    }
}
