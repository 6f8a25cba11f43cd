using System;
using System.Collections.Generic;

namespace NewsCorpus.Text.Metadata;

/// <summary>
/// The metadata the front matter gives, checked: a date that is no calendar date or a language that is
/// no ISO 639 code is reported at its line and ignored, so inference takes over.
/// </summary>
internal sealed record GivenMetadata(
    SourceRange? Title, DateTime? Published, string? Source, string? Author, string? Url, string? Language, IReadOnlyList<string> Tags)
{
    public static readonly GivenMetadata None = new(null, null, null, null, null, null, Array.Empty<string>());

    public static GivenMetadata From(string text, IReadOnlyList<FrontMatterField> fields, LineMap lineMap, List<TextDiagnostic> diagnostics)
    {
        var given = None;
        foreach (var field in fields)
        {
            string value = FrontMatter.Unquoted(field.Value.Of(text));
            if (value.Length == 0) continue;
            switch (field.Key)
            {
                case "title":
                    given = given with { Title = Unquoted(text, field.Value) };
                    break;
                case "date" when FrontMatter.ParseDate(value) is { } date:
                    given = given with { Published = date };
                    break;
                case "date":
                    FrontMatter.Report(lineMap, diagnostics, field.Value, $"The front matter date '{value}' is not a date written yyyy-MM-dd; it was ignored");
                    break;
                case "source":
                    given = given with { Source = value };
                    break;
                case "author":
                    given = given with { Author = value };
                    break;
                case "url":
                    given = given with { Url = value };
                    break;
                case "language" when IsLanguageCode(value):
                    given = given with { Language = value.ToLowerInvariant() };
                    break;
                case "language":
                    FrontMatter.Report(lineMap, diagnostics, field.Value, $"The front matter language '{value}' is not an ISO 639 code such as 'en' or 'sq'; it was ignored");
                    break;
                case "tags":
                    given = given with { Tags = FrontMatter.ParseTags(value) };
                    break;
            }
        }

        return given;
    }

    /// <summary>The value's range without one pair of surrounding quotes.</summary>
    private static SourceRange Unquoted(string text, SourceRange value) =>
        FrontMatter.Unquoted(value.Of(text)).Length == value.Length - 2 ? new SourceRange(value.Start + 1, value.End - 1) : value;

    /// <summary>Two or three ASCII letters ("en", "sq", "und").</summary>
    private static bool IsLanguageCode(string value)
    {
        if (value.Length is < 2 or > 3) return false;
        foreach (char c in value)
        {
            if (c is not (>= 'a' and <= 'z' or >= 'A' and <= 'Z')) return false;
        }

        return true;
    }
}
