using System.Globalization;
using System.Text;

namespace NewsCorpus.Generator.Emit;

/// <summary>Escapes text for the places generated code puts it: string literals and XML doc comments.</summary>
internal static class CSharpText
{
    /// <summary>A regular string literal (with quotes) that reads back as exactly <paramref name="value"/>.</summary>
    public static string Literal(string? value)
    {
        if (value is null) return "null";
        var builder = new StringBuilder(value.Length + 2).Append('"');
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        builder.Append(c).Append(value[++i]);
                    }
                    else if (NeedsEscape(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>
    /// Text for an XML doc comment line: XML-escaped, on one line (C# ends a comment at CR, LF, NEL,
    /// U+2028 and U+2029), without control characters, lone surrogates or U+FFFE/U+FFFF (which XML
    /// forbids), and at most
    /// <paramref name="maxLength"/> characters, cut at a word boundary with an ellipsis.
    /// </summary>
    public static string DocText(string value, int maxLength)
    {
        var plain = new StringBuilder(value.Length);
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) plain.Append(c).Append(value[++i]);
            else if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF') plain.Append('\uFFFD'); // not allowed in XML
            else if (char.IsControl(c) || c is '\u2028' or '\u2029' || char.IsWhiteSpace(c)) AppendSpace(plain);
            else plain.Append(c);
        }

        string text = Shorten(plain.ToString().Trim(), maxLength);
        return text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
    }

    private static void AppendSpace(StringBuilder builder)
    {
        if (builder.Length > 0 && builder[builder.Length - 1] != ' ') builder.Append(' ');
    }

    private static string Shorten(string text, int maxLength)
    {
        if (text.Length <= maxLength) return text;
        int cut = text.LastIndexOf(' ', maxLength - 1);
        if (cut < maxLength / 2) cut = maxLength - 1;
        if (char.IsLowSurrogate(text[cut])) cut--;
        return text.Substring(0, cut).TrimEnd() + "…";
    }

    private static bool NeedsEscape(char c) =>
        char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\uFEFF'
        || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
