using System.Collections.Generic;
using System.Text;

namespace NewsCorpus.Text.Quotes;

/// <summary>
/// How the pieces of a quotation split by its cue read as one statement. Compiled into the runtime (for
/// <c>Quote.Text</c>) and into the text analysis (for the CLI), so both read a statement alike.
/// </summary>
internal static class StatementText
{
    /// <summary>
    /// The pieces joined by a space, after a comma where the next piece goes on in lower case (“A,” she said,
    /// “because B” → "A, because B") and after a full stop where it starts a new sentence (“A,” she said. “B.” →
    /// "A. B."), unless the piece before already ends a sentence.
    /// </summary>
    public static string Join(IReadOnlyList<string> pieces)
    {
        if (pieces.Count == 1) return pieces[0];
        var text = new StringBuilder(pieces[0]);
        for (int i = 1; i < pieces.Count; i++)
        {
            string before = pieces[i - 1], next = pieces[i];
            if (before.Length > 0 && next.Length > 0 && !EndsSentence(before[before.Length - 1]))
                text.Append(char.IsLower(next[0]) ? ',' : '.');
            text.Append(' ').Append(next);
        }

        return text.ToString();
    }

    private static bool EndsSentence(char c) => c is '.' or '!' or '?' or '…' or ',' or ';' or ':' or '—' or '–'
        || c is '"' or '”' or '’' or '\'' or '»' or '›' or '“' or ')';
}
