using System.IO;
using System.Text;

namespace NewsCorpus.Cli;

/// <summary>
/// Text for a terminal. Articles, file names and the messages that quote them may hold control characters, and an
/// escape sequence written raw would be obeyed by the terminal (clear the screen, retitle the window, hide what
/// follows); each such character is written as a visible <c>\u001B</c> instead. A tab is harmless and stays.
/// </summary>
internal static class TerminalText
{
    /// <summary>One line of output: every control character but the tab escaped, line breaks included.</summary>
    public static void WriteLine(TextWriter writer, string line) => writer.WriteLine(Escape(line, keepLineBreaks: false));

    /// <summary><paramref name="text"/> with control characters escaped; with <paramref name="keepLineBreaks"/>, "\n" and "\r\n" stay as they are.</summary>
    public static string Escape(string text, bool keepLineBreaks = false)
    {
        if (!NeedsEscaping(text, keepLineBreaks)) return text;

        var escaped = new StringBuilder(text.Length + 16);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (IsSafe(text, i, keepLineBreaks)) escaped.Append(c);
            else escaped.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
        }

        return escaped.ToString();
    }

    private static bool NeedsEscaping(string text, bool keepLineBreaks)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (!IsSafe(text, i, keepLineBreaks)) return true;
        }

        return false;
    }

    /// <summary>Whether the character at <paramref name="i"/> may reach the terminal as it is; char.IsControl covers C0, DEL and C1.</summary>
    private static bool IsSafe(string text, int i, bool keepLineBreaks)
    {
        char c = text[i];
        if (!char.IsControl(c) || c == '\t') return true;
        return keepLineBreaks && (c == '\n' || (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n'));
    }
}
