using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace NewsCorpus.Text.Lexicons;

/// <summary>
/// The month and weekday names of each language, written as plain lists a reader can extend.
/// Months are twelve groups separated by "|", January first; weekdays seven groups, Sunday first
/// (as <see cref="DayOfWeek"/>). Inside a group, spellings are separated by spaces and marked:
/// <list type="bullet">
/// <item><c>?May</c>: also a common word ("you may", "they march"), so a date only with a day or a year;</item>
/// <item><c>~mars</c>: another language uses the word otherwise (English "it mars", Italian "mai" =
/// never), so alone it is a date only in an article identified as this language;</item>
/// <item><c>Feb.</c>: an abbreviation, which may carry a full stop and needs a day or a year.</item>
/// </list>
/// Matching folds case and the accents of <see cref="Fold"/> ("nentor" is "nëntor", "lunedi" is
/// "lunedì"); the case a language writes its names in is checked by the finder.
/// </summary>
internal static class CalendarNames
{
    public static readonly IReadOnlyList<CalendarLanguage> Languages = new[]
    {
        // "February 24, 2022", "Feb. 24", "24 February 2022", "the 24th of February", "on Thursday"
        new CalendarLanguage("en")
        {
            Months = "January Jan. | February Feb. | ?March Mar. | April Apr. | ?May | June Jun. | July Jul. | August Aug. "
                + "| September Sept. Sep. | October Oct. | November Nov. | December Dec.",
            Weekdays = "Sunday | Monday | Tuesday | Wednesday | Thursday | Friday | Saturday",
            NamesCapitalised = true,
            MonthBeforeDay = true,
            OrdinalSuffixes = Words("st nd rd th"),
            DayMonthJoiners = Words("of"),
            MonthYearJoiners = Phrases("of"),
            WeekdayDateJoiners = Words("the"),
            // "In January 25 people took part": after "in" a month takes no day, only a year.
            NoDayAfter = Words("in"),
            // Before a name that a capitalised word follows, these say it is still a time:
            // "On Thursday Mr Blair said" is a date, "the Sunday Times" and "June Carter" are not.
            TimeWords = Words("in on since until till by from to before after during through around last next this that "
                + "early late mid each every of between and or"),
            // "The Mail on Sunday", "the Independent on Sunday": newspapers, not days.
            PublicationsBeforeWeekday = Names("Mail on|Independent on"),
        },

        // "24. Februar 2022", "am 24. Februar", "Februar 2022", "im Mai", "am Donnerstagabend"; the genitive
        // ("des 11. Septembers 2001") only with a day or year, since "Mais" is maize and "Junis" a name.
        new CalendarLanguage("de")
        {
            Months = "Januar Jänner Jan. ?Januars | Februar Feber Feb. Febr. ?Februars | März Mrz. | April Apr. ?Aprils | Mai ?Mais "
                + "| Juni Jun. ?Junis | Juli Jul. ?Julis | August Aug. ?Augusts | September Sept. Sep. ?Septembers "
                + "| Oktober Okt. ?Oktobers | November Nov. ?Novembers | Dezember Dez. ?Dezembers",
            Weekdays = "Sonntag | Montag | Dienstag | Mittwoch | Donnerstag | Freitag | Samstag Sonnabend",
            WeekdayCompounds = Words("abend morgen nachmittag vormittag mittag nacht früh"),
            NamesCapitalised = true,
            WeekdayDateJoiners = Words("den dem"),
            TimeWords = Words("im am seit bis ab vom zum nach vor anfang mitte ende letzten vergangenen kommenden nächsten "
                + "diesen jeden des den dem und oder monat"),
            PublicationsBeforeWeekday = Names("Welt am|Bild am"),
        },

        // "24 shkurt 2022", "më 5 qershorit", "janar 2022", "tetor të vitit 2017"; the definite forms
        // ("korrikut", "marsi") are as common in news as the bare ones. "shkurt" also means "short".
        new CalendarLanguage("sq")
        {
            Months = "janar janari janarit janarin | ?shkurt shkurti shkurtit shkurtin | ~mars marsi marsit marsin "
                + "| prill prilli prillit prillin | maj maji majit majin | qershor qershori qershorit qershorin "
                + "| korrik korriku korrikut korrikun | gusht gushti gushtit gushtin | shtator shtatori shtatorit shtatorin "
                + "| tetor tetori tetorit tetorin | nëntor nëntori nëntorit nëntorin | dhjetor dhjetori dhjetorit dhjetorin",
            // Weekdays are adjectives after an article, four forms each: "e enjte", "e enjtja", "të enjten", "të enjtes".
            Weekdays = "diel diela dielën dielës | hënë hëna hënën hënës | martë marta martën martës "
                + "| mërkurë mërkura mërkurën mërkurës | enjte enjtja enjten enjtes | premte premtja premten premtes "
                + "| shtunë shtuna shtunën shtunës",
            // The articles each of the four forms takes ("e hënës" is "of the moon", so the genitive needs "të" or "së").
            WeekdayArticles = new[] { Words("e të së"), Words("e"), Words("të"), Words("të së") },
            // "ditën e enjte", "ditës së hënë": the day word belongs to the mention.
            WeekdayLeads = Words("ditën ditës dita"),
            MonthYearJoiners = Phrases("të vitit|e vitit"),
            WeekdayDateJoiners = Words("më"),
        },

        // "24 février 2022", "le 1er mars", "jeudi 24 février"
        new CalendarLanguage("fr")
        {
            Months = "janvier janv. | février févr. | ~mars | avril avr. | ~mai | juin | juillet juil. | août "
                + "| septembre sept. | octobre oct. | novembre nov. | décembre déc.",
            Weekdays = "dimanche | lundi | mardi | mercredi | jeudi | vendredi | samedi",
            OrdinalSuffixes = Words("er"),
        },

        // "24 de febrero de 2022", "el jueves 24 de febrero"
        new CalendarLanguage("es")
        {
            Months = "enero | febrero | marzo | abril | mayo | junio | julio | agosto | septiembre setiembre | octubre "
                + "| noviembre | diciembre",
            Weekdays = "domingo | lunes | martes | miércoles | jueves | viernes | sábado",
            DayMonthJoiners = Words("de"),
            MonthYearJoiners = Phrases("de|del"),
        },

        // "24 febbraio 2022", "giovedì 24 febbraio", "febbraio del 2022"
        new CalendarLanguage("it")
        {
            Months = "gennaio | febbraio | marzo | aprile | maggio | giugno | luglio | agosto | settembre | ottobre "
                + "| novembre | dicembre",
            Weekdays = "domenica | lunedì | martedì | mercoledì | giovedì | venerdì | sabato",
            MonthYearJoiners = Phrases("del"),
        },
    };

    /// <summary>Folded spelling → the names it may be, of every language.</summary>
    private static readonly Dictionary<string, CalendarName[]> ByKey = BuildIndex();

    /// <summary>Longest folded spelling in the tables; longer words are never looked up.</summary>
    public static int MaxKeyLength { get; private set; }

    /// <summary>The language with the given ISO 639-1 code, or null.</summary>
    public static CalendarLanguage? LanguageOf(string? code)
    {
        foreach (var language in Languages)
        {
            if (string.Equals(language.Code, code, StringComparison.Ordinal)) return language;
        }

        return null;
    }

    /// <summary>The names a folded word may be (see <see cref="Fold"/>), or an empty list.</summary>
    /// <remarks>An array, so that the finder's loops over it (several per word of the text) need no enumerator.</remarks>
    public static CalendarName[] Lookup(string? key) =>
        key is not null && ByKey.TryGetValue(key, out var names) ? names : Array.Empty<CalendarName>();

    /// <summary>
    /// A word in lower case without the accents news may drop or decompose ("Nëntor" → "nentor",
    /// "lunedì" → "lunedi", "März" → "marz"); culture-independent.
    /// </summary>
    public static string Fold(string text, int start, int end)
    {
        var folded = new char[end - start];
        return new string(folded, 0, FoldInto(text, start, end, folded));
    }

    /// <summary>
    /// The key of the word <paramref name="start"/>..<paramref name="end"/> (at most <see cref="MaxKeyLength"/> long)
    /// when the date finder has anything to compare it with: its folded spelling (<see cref="Fold"/>) if that is a
    /// name's or a word of one of the languages' lists (joiners, articles, leads, suffixes, time words); otherwise
    /// null, as no comparison could succeed. <paramref name="buffer"/> holds at least <see cref="MaxKeyLength"/> characters.
    /// </summary>
    public static string? KeyOf(string text, int start, int end, char[] buffer) => Keys.Find(buffer, FoldInto(text, start, end, buffer));

    /// <summary>Folds into <paramref name="folded"/>; returns the folded length.</summary>
    [MethodImpl(HotPath.Optimize)]
    private static int FoldInto(string text, int start, int end, char[] folded)
    {
        int length = 0;
        for (int i = start; i < end; i++)
        {
            char c = char.ToLowerInvariant(text[i]);
            if (c < 128)
            {
                folded[length++] = c; // ASCII: no mark, no accent
                continue;
            }

            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark) continue;
            int accented = Accented.IndexOf(c);
            folded[length++] = accented >= 0 ? Plain[accented] : c;
        }

        return length;
    }

    /// <summary>Every folded word a date finder compares a word's key with.</summary>
    private static readonly Vocabulary Keys = BuildKeys();

    private static Vocabulary BuildKeys()
    {
        var keys = new List<string>(ByKey.Keys);
        foreach (var language in Languages)
        {
            keys.AddRange(language.OrdinalSuffixes);
            keys.AddRange(language.DayMonthJoiners);
            foreach (var phrase in language.MonthYearJoiners) keys.AddRange(phrase);
            keys.AddRange(language.WeekdayDateJoiners);
            keys.AddRange(language.NoDayAfter);
            foreach (var articles in language.WeekdayArticles ?? Array.Empty<string[]>()) keys.AddRange(articles);
            keys.AddRange(language.WeekdayLeads);
            keys.AddRange(language.TimeWords);
        }

        return new Vocabulary(keys);
    }

    private const string Accented = "àáâãäåçèéêëìíîïñòóôõöùúûüý";
    private const string Plain = "aaaaaaceeeeiiiinooooouuuuy";

    private static Dictionary<string, CalendarName[]> BuildIndex()
    {
        var index = new Dictionary<string, List<CalendarName>>(StringComparer.Ordinal);
        foreach (var language in Languages)
        {
            AddGroups(index, language, language.Months, CalendarNameKind.Month, first: 1);
            AddGroups(index, language, language.Weekdays, CalendarNameKind.Weekday, first: 0);
        }

        var result = new Dictionary<string, CalendarName[]>(StringComparer.Ordinal);
        foreach (var entry in index)
        {
            result.Add(entry.Key, entry.Value.ToArray());
            MaxKeyLength = Math.Max(MaxKeyLength, entry.Key.Length);
        }

        return result;
    }

    private static void AddGroups(Dictionary<string, List<CalendarName>> index, CalendarLanguage language, string groups,
        CalendarNameKind kind, int first)
    {
        string[] split = groups.Split('|');
        for (int g = 0; g < split.Length; g++)
        {
            string[] spellings = Spellings(split[g]);
            for (int s = 0; s < spellings.Length; s++)
            {
                string spelling = spellings[s];
                bool common = spelling[0] == '?', foreign = spelling[0] == '~';
                if (common || foreign) spelling = spelling.Substring(1);
                bool abbreviation = spelling.EndsWith(".", StringComparison.Ordinal);
                if (abbreviation) spelling = spelling.Substring(0, spelling.Length - 1);

                // Albanian weekday forms take the articles of their column; other languages' names stand alone.
                string[]? articles = kind == CalendarNameKind.Weekday && language.WeekdayArticles is { } columns
                    ? columns[Math.Min(s, columns.Length - 1)]
                    : null;
                var name = new CalendarName(language, kind, first + g, common, foreign, abbreviation, articles);
                Add(index, Fold(spelling, 0, spelling.Length), name);

                // "Donnerstagabend", "Montagmorgen": the day with its part, one word.
                if (kind == CalendarNameKind.Weekday)
                {
                    foreach (string part in language.WeekdayCompounds)
                        Add(index, Fold(spelling + part, 0, spelling.Length + part.Length), name);
                }
            }
        }
    }

    private static void Add(Dictionary<string, List<CalendarName>> index, string key, CalendarName name)
    {
        if (!index.TryGetValue(key, out var list)) index.Add(key, list = new List<CalendarName>());
        list.Add(name);
    }

    /// <summary>Space-separated words, folded as the finder folds the text.</summary>
    private static string[] Words(string list)
    {
        string[] words = Spellings(list);
        for (int i = 0; i < words.Length; i++) words[i] = Fold(words[i], 0, words[i].Length);
        return words;
    }

    /// <summary>"|"-separated phrases of space-separated words, folded.</summary>
    private static string[][] Phrases(string list) => Array.ConvertAll(list.Split('|'), Words);

    /// <summary>"|"-separated phrases of space-separated words, as written (compared with their case).</summary>
    private static string[][] Names(string list) => Array.ConvertAll(list.Split('|'), Spellings);

    private static string[] Spellings(string list) => list.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>Whether a name is a month's or a weekday's.</summary>
internal enum CalendarNameKind
{
    Month,
    Weekday,
}

/// <summary>
/// One spelling of a month (<see cref="Value"/> 1–12) or weekday (<see cref="Value"/> as <see cref="DayOfWeek"/>).
/// </summary>
internal sealed class CalendarName
{
    public CalendarName(CalendarLanguage language, CalendarNameKind kind, int value, bool isCommonWord, bool isOtherLanguagesWord,
        bool isAbbreviation, string[]? articles)
    {
        Language = language;
        Kind = kind;
        Value = value;
        IsCommonWord = isCommonWord;
        IsOtherLanguagesWord = isOtherLanguagesWord;
        IsAbbreviation = isAbbreviation;
        Articles = articles;
    }

    public CalendarLanguage Language { get; }

    public CalendarNameKind Kind { get; }

    public int Value { get; }

    /// <summary>Also a common word of its language ("May", "March", "shkurt"): needs a day or a year.</summary>
    public bool IsCommonWord { get; }

    /// <summary>A word of another language too ("mars", "mai"): alone only in an article of its own language.</summary>
    public bool IsOtherLanguagesWord { get; }

    /// <summary>"Feb", "Sept": may carry a full stop, needs a day or a year.</summary>
    public bool IsAbbreviation { get; }

    /// <summary>The folded articles one of which must stand before this form ("të enjten"), or null.</summary>
    public string[]? Articles { get; }
}

/// <summary>The calendar words of one language (see <see cref="CalendarNames"/> for the notation).</summary>
internal sealed class CalendarLanguage
{
    public CalendarLanguage(string code) => Code = code;

    /// <summary>ISO 639-1 code.</summary>
    public string Code { get; }

    /// <summary>Twelve groups of month spellings, January first.</summary>
    public string Months { get; init; } = "";

    /// <summary>Seven groups of weekday spellings, Sunday first.</summary>
    public string Weekdays { get; init; } = "";

    /// <summary>Whether names are written with a capital ("February", "Donnerstag"); otherwise in lower case ("shkurt", "jeudi").</summary>
    public bool NamesCapitalised { get; init; }

    /// <summary>Whether the month may come before the day: "February 24, 2022".</summary>
    public bool MonthBeforeDay { get; init; }

    /// <summary>Letters after a day's digits: "24th", "1er".</summary>
    public string[] OrdinalSuffixes { get; init; } = Array.Empty<string>();

    /// <summary>Words between day and month: "the 24th of February", "24 de febrero".</summary>
    public string[] DayMonthJoiners { get; init; } = Array.Empty<string>();

    /// <summary>Phrases between month and year: "febrero de 2022", "tetor të vitit 2017".</summary>
    public string[][] MonthYearJoiners { get; init; } = Array.Empty<string[]>();

    /// <summary>Words between a weekday and its date: "Donnerstag, den 24. Februar", "Thursday the 24th".</summary>
    public string[] WeekdayDateJoiners { get; init; } = Array.Empty<string>();

    /// <summary>Words after which a month is followed by no day ("in January 25 people"), though it may be by a year.</summary>
    public string[] NoDayAfter { get; init; } = Array.Empty<string>();

    /// <summary>For each column of a weekday group, the articles before it; null when weekdays stand alone.</summary>
    public string[][]? WeekdayArticles { get; init; }

    /// <summary>Day words that may precede the article: "ditën e enjte".</summary>
    public string[] WeekdayLeads { get; init; } = Array.Empty<string>();

    /// <summary>Parts of the day written together with a weekday: "Donnerstagabend".</summary>
    public string[] WeekdayCompounds { get; init; } = Array.Empty<string>();

    /// <summary>Words before a lone capitalised name that show it is a time even when a capitalised word follows.</summary>
    public string[] TimeWords { get; init; } = Array.Empty<string>();

    /// <summary>Words (as written, case matters) before a weekday that make it part of a newspaper's name: "Mail on Sunday".</summary>
    public string[][] PublicationsBeforeWeekday { get; init; } = Array.Empty<string[]>();
}
