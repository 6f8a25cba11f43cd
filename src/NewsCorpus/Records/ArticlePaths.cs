using System.Globalization;
using System.Text;

namespace NewsCorpus.Records;

/// <summary>
/// How an article's path travels from the build to the generator and the runtime. One source file, compiled into the
/// runtime, the generator and the package's build task, so that all three agree.
/// </summary>
internal static class ArticlePaths
{
    /// <summary>
    /// The manifest resource name of a body embedded from <paramref name="path"/>: <c>NewsCorpus/</c> and the path, with
    /// <c>^</c> before each upper-case letter (and each <c>^</c>), because the compiler compares resource names ignoring
    /// case (CS1508) while paths may differ in case alone (<c>a.txt</c>, <c>A.txt</c>).
    /// </summary>
    public static string ResourceNameOf(string path)
    {
        var name = new StringBuilder("NewsCorpus/", 11 + path.Length + 8);
        foreach (char c in path)
        {
            if (c == '^' || char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter) name.Append('^');
            name.Append(c);
        }

        return name.ToString();
    }

    /// <summary>
    /// <paramref name="path"/> as an item metadata value the compiler's editorconfig reader keeps whole: it cuts a value
    /// at <c>#</c> or <c>;</c> and trims spaces, so everything but ASCII letters, digits, <c>-</c>, <c>_</c>, <c>.</c>
    /// and <c>/</c> is written as <c>%XX</c> UTF-8 bytes.
    /// </summary>
    public static string Escape(string path)
    {
        var escaped = new StringBuilder(path.Length);
        foreach (char c in path)
        {
            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' or '.' or '/')
            {
                escaped.Append(c);
                continue;
            }

            foreach (byte b in Encoding.UTF8.GetBytes(c.ToString())) escaped.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }

        return escaped.ToString();
    }

    /// <summary>The path that <see cref="Escape"/> wrote, or null if <paramref name="value"/> is not such a value.</summary>
    public static string? Unescape(string value)
    {
        var bytes = new System.Collections.Generic.List<byte>(value.Length);
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c != '%')
            {
                if (c > 0x7F) return null;
                bytes.Add((byte)c);
                continue;
            }

            if (i + 2 >= value.Length || !byte.TryParse(value.Substring(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out byte b)) return null;
            bytes.Add(b);
            i += 2;
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }
}
