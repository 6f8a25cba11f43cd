using System;
using System.Threading;
using Xunit;

namespace NewsCorpus.Text.Tests;

/// <summary>The parser stops when the build is cancelled (the IDE cancels generator runs on every keystroke).</summary>
public sealed class CancellationTests
{
    [Fact]
    public void A_cancelled_parse_throws_instead_of_finishing()
    {
        string text = string.Concat(System.Linq.Enumerable.Repeat("“We will win,” the minister said on Monday. Ai tha se do të fitojë.\n\n", 2000));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => ArticleParser.Parse(text, "x.txt", cancelled.Token));
    }
}
