using System;
using System.Collections.Generic;
using System.Threading;
using NewsCorpus.Text.Lexicons;
using System.Runtime.CompilerServices;

namespace NewsCorpus.Text.Metadata;

// The word scanner behind DateMentions.Find: tokens, and a matcher per date form.
public static partial class DateMentions
{
    private enum TokenKind
    {
        Word,
        Number,
        Mark,
    }

    /// <summary>How strongly a month name is backed: alone, by a year, or by a day.</summary>
    private enum Backing
    {
        Alone,
        Year,
        Day,
    }

    private enum WordCase
    {
        Lower,
        Capitalised,
        Upper,
        Mixed,
    }

    /// <summary>A word (letters), a run of ASCII digits, or any other single character.</summary>
    private readonly struct Token
    {
        public Token(TokenKind kind, int start, int end, string? key, int number)
        {
            Kind = kind;
            Start = start;
            End = end;
            Key = key;
            Number = number;
        }

        public TokenKind Kind { get; }

        public int Start { get; }

        public int End { get; }

        /// <summary>
        /// A word's folded spelling (<see cref="CalendarNames.Fold"/>), when short enough to be a name and spelt as
        /// a word the finder compares keys with (<see cref="CalendarNames.KeyOf"/>); otherwise null.
        /// </summary>
        public string? Key { get; }

        /// <summary>A number's value when it has at most four digits, otherwise -1.</summary>
        public int Number { get; }

        public int Digits => Kind == TokenKind.Number ? End - Start : 0;
    }

    /// <summary>A matched mention, as token indices (inclusive) and parts.</summary>
    private struct Match
    {
        public int First, Last;
        public int? Year, Month, Day;
        public DayOfWeek? Weekday;
    }

    /// <summary>A weekday's words, and whether they may stand alone or only before a date.</summary>
    private struct WeekdayWords
    {
        public int First, Last;
        public CalendarName Name;
        public bool StandsAlone;
    }

    private sealed class Scanner
    {
        private readonly string _text;
        private readonly CalendarLanguage? _language;
        private readonly List<DateMention> _found;
        private readonly List<Token> _tokens = new();
        private readonly char[] _keyBuffer = new char[CalendarNames.MaxKeyLength];

        public Scanner(string text, CalendarLanguage? language, List<DateMention> found)
        {
            _text = text;
            _language = language;
            _found = found;
        }

        [MethodImpl(HotPath.Optimize)]
        public void Scan(int start, int end, CancellationToken cancellationToken)
        {
            var words = Tokens.Token.Rent();
            Tokens.Token.AppendTo(words, _text, new SourceRange(start, end), cancellationToken);
            Scan(words, cancellationToken);
            Tokens.Token.Return(words);
        }

        /// <summary>Finds the dates among the given tokens of a range.</summary>
        [MethodImpl(HotPath.Optimize)]
        public void Scan(List<Tokens.Token> words, CancellationToken cancellationToken)
        {
            Tokenise(words);
            for (int i = 0; i < _tokens.Count;)
            {
                if ((i & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
                if (TryWeekday(i, out var weekday))
                {
                    if (TryDateAfter(weekday, out var match))
                    {
                        Add(match);
                        i = match.Last + 1;
                        continue;
                    }

                    if (weekday.StandsAlone)
                    {
                        Add(new Match { First = weekday.First, Last = weekday.Last, Weekday = (DayOfWeek)weekday.Name.Value });
                        i = weekday.Last + 1;
                        continue;
                    }
                }
                else if (TryDate(i, out var date))
                {
                    Add(date);
                    i = date.Last + 1;
                    continue;
                }

                i++;
            }
        }

        private void Add(Match match) => _found.Add(new DateMention(
            new SourceRange(_tokens[match.First].Start, _tokens[match.Last].End), match.Year, match.Month, match.Day, match.Weekday));

        /// <summary>
        /// The shared tokens of the range (<see cref="Tokens.TokenReader"/>), each word cut further into its runs of
        /// letters, its runs of ASCII digits and the marks between them ("24.02.2022", "2022-02-24", "24th").
        /// </summary>
        [MethodImpl(HotPath.Optimize)]
        private void Tokenise(List<Tokens.Token> words)
        {
            _tokens.Clear();
            if (_tokens.Capacity < words.Count) _tokens.Capacity = Math.Max(words.Count + words.Count / 2, 2 * _tokens.Capacity);
            foreach (var word in words)
            {
                if (word.Kind == Tokens.TokenKind.Word) Cut(word.Start, word.End);
                else _tokens.Add(new Token(TokenKind.Mark, word.Start, word.End, null, -1));
            }
        }

        [MethodImpl(HotPath.Optimize)]
        private void Cut(int start, int end)
        {
            for (int i = start; i < end;)
            {
                char c = _text[i];
                int from = i;
                if (c is >= '0' and <= '9')
                {
                    int value = 0;
                    while (i < end && _text[i] is >= '0' and <= '9')
                    {
                        if (i - from < 4) value = value * 10 + (_text[i] - '0');
                        i++;
                    }

                    _tokens.Add(new Token(TokenKind.Number, from, i, null, i - from <= 4 ? value : -1));
                }
                else if (IsLetter(c))
                {
                    while (i < end && IsLetter(_text[i])) i++;
                    string? key = i - from <= CalendarNames.MaxKeyLength ? CalendarNames.KeyOf(_text, from, i, _keyBuffer) : null;
                    _tokens.Add(new Token(TokenKind.Word, from, i, key, -1));
                }
                else
                {
                    _tokens.Add(new Token(TokenKind.Mark, from, ++i, null, -1));
                }
            }
        }

        private static bool IsLetter(char c) => TextChars.IsWordChar(c) && !char.IsDigit(c);

        // ---- dates ----

        [MethodImpl(HotPath.Optimize)]
        private bool TryDate(int i, out Match match)
        {
            match = default;
            if (i < 0 || i >= _tokens.Count) return false;
            return _tokens[i].Kind switch
            {
                TokenKind.Number => TryIso(i, out match) || TryDotted(i, out match) || TryDayFirst(i, out match),
                TokenKind.Word => TryMonthFirst(i, out match),
                _ => false,
            };
        }

        /// <summary>"2022-02-24".</summary>
        [MethodImpl(HotPath.Optimize)]
        private bool TryIso(int i, out Match match)
        {
            match = default;
            if (_tokens[i].Digits != 4 || !IsMark(i + 1, '-') || !IsMark(i + 3, '-')) return false;
            if (!IsNumber(i + 2, 2) || !IsNumber(i + 4, 2) || !Joined(i, i + 4)) return false;
            if (!CleanBefore(i, "-./:,") || !CleanAfter(i + 4, allowTime: true)) return false;
            return TryFull(i, i + 4, _tokens[i].Number, _tokens[i + 2].Number, _tokens[i + 4].Number, out match);
        }

        /// <summary>"24.02.2022", "1.7.2020": day first, as everywhere that writes dots.</summary>
        [MethodImpl(HotPath.Optimize)]
        private bool TryDotted(int i, out Match match)
        {
            match = default;
            if (!IsNumber(i, 1, 2) || !IsMark(i + 1, '.') || !IsNumber(i + 2, 1, 2) || !IsMark(i + 3, '.')) return false;
            if (!IsNumber(i + 4, 4) || !Joined(i, i + 4) || !CleanBefore(i, "-./:,") || !CleanAfter(i + 4, allowTime: false)) return false;
            return TryFull(i, i + 4, _tokens[i + 4].Number, _tokens[i + 2].Number, _tokens[i].Number, out match);
        }

        private static bool TryFull(int first, int last, int year, int month, int day, out Match match)
        {
            match = new Match { First = first, Last = last, Year = year, Month = month, Day = day };
            return year is >= FirstYear and <= LastYear && month is >= 1 and <= 12 && day >= 1 && day <= DaysIn(month, year);
        }

        /// <summary>"24 February 2022", "24. Februar", "24th of February", "24 de febrero de 2022", "1er mars", "5 qershorit".</summary>
        [MethodImpl(HotPath.Optimize)]
        private bool TryDayFirst(int i, out Match match)
        {
            match = default;
            int day = _tokens[i].Number;
            if (!IsNumber(i, 1, 2) || day < 1 || day > 31 || !CleanBefore(i, ".,:/")) return false;

            // What is written onto the digits: a German ordinal dot, "th", "er", "º"; nothing else ("24km", "24,5", "24/7")
            // but a month that scraping glued on ("më 5qershor").
            int j = i + 1;
            if (j < _tokens.Count && Joined(i, j) && MonthAt(j, Backing.Day) is null)
            {
                if (!IsOrdinal(j)) return false;
                j++;
            }

            var month = MonthAt(j, Backing.Day);
            if (month is null && IsWord(j))
            {
                // "the 24th of February", "24 de febrero"
                month = MonthAt(j + 1, Backing.Day);
                if (month is null || Array.IndexOf(month.Language.DayMonthJoiners, _tokens[j].Key) < 0) return false;
                j++;
            }

            if (month is null) return false;
            int last = AfterAbbreviation(j, month);
            int? year = YearAfter(last, month.Language, ref last);
            if (day > DaysIn(month.Value, year)) return false;
            match = new Match { First = i, Last = last, Year = year, Month = month.Value, Day = day };
            return true;
        }

        /// <summary>"February 24, 2022", "Feb. 24", "February 2022", "tetor të vitit 2017", "im Mai".</summary>
        [MethodImpl(HotPath.Optimize)]
        private bool TryMonthFirst(int i, out Match match)
        {
            match = default;
            var month = MonthAt(i, Backing.Day);
            if (month is not null && month.Language.MonthBeforeDay
                && !(IsWord(i - 1) && Array.IndexOf(month.Language.NoDayAfter, _tokens[i - 1].Key) >= 0 && !HasDayAndYear(i, month)))
            {
                int j = AfterAbbreviation(i, month) + 1;
                if (IsNumber(j, 1, 2) && _tokens[j].Number is >= 1 and <= 31 && DayEndsAt(j, out int last))
                {
                    int day = _tokens[j].Number;
                    int? year = YearAfter(last, month.Language, ref last);
                    if (day <= DaysIn(month.Value, year))
                    {
                        match = new Match { First = i, Last = last, Year = year, Month = month.Value, Day = day };
                        return true;
                    }
                }
            }

            month = MonthAt(i, Backing.Year);
            if (month is not null)
            {
                int last = AfterAbbreviation(i, month);
                int? year = YearAfter(last, month.Language, ref last);
                if (year is not null)
                {
                    match = new Match { First = i, Last = last, Year = year, Month = month.Value };
                    return true;
                }
            }

            month = MonthAt(i, Backing.Alone);
            if (month is null || NamesSomethingElse(i, month)) return false;
            match = new Match { First = i, Last = i, Month = month.Value };
            return true;
        }

        /// <summary>Whether a day and then a year follow the month at <paramref name="i"/>: "in February 24, 2022".</summary>
        [MethodImpl(HotPath.Optimize)]
        private bool HasDayAndYear(int i, CalendarName month)
        {
            int j = AfterAbbreviation(i, month) + 1;
            return IsNumber(j, 1, 2) && DayEndsAt(j, out int last) && YearAfter(last, month.Language, ref last) is not null;
        }

        /// <summary>Whether the day number at <paramref name="j"/> ends there or with an ordinal suffix; gives its last token.</summary>
        [MethodImpl(HotPath.Optimize)]
        private bool DayEndsAt(int j, out int last)
        {
            last = j;
            if (j + 1 >= _tokens.Count || !Joined(j, j + 1)) return true;
            var next = _tokens[j + 1];
            if (next.Kind == TokenKind.Word)
            {
                if (!IsOrdinalSuffix(next.Key)) return false;
                last = j + 1;
                return true;
            }

            // "February 2,500", "May 1.5", "March 10:30": not a day.
            return !(IsMarkOf(j + 1, ".,:/") && j + 2 < _tokens.Count && Joined(j + 1, j + 2) && _tokens[j + 2].Kind == TokenKind.Number);
        }

        /// <summary>A four-digit year after the month (after a comma or a joiner such as "de", "të vitit"), or null.</summary>
        [MethodImpl(HotPath.Optimize)]
        private int? YearAfter(int monthLast, CalendarLanguage language, ref int last)
        {
            int k = monthLast + 1;
            if (IsMark(k, ',')) k++;
            foreach (var joiner in language.MonthYearJoiners)
            {
                if (WordsAt(k, joiner) && IsYear(k + joiner.Length))
                {
                    k += joiner.Length;
                    break;
                }
            }

            if (!IsYear(k)) return null;
            last = k;
            return _tokens[k].Number;
        }

        private bool IsYear(int k) =>
            IsNumber(k, 4) && _tokens[k].Number is >= FirstYear and <= LastYear && CleanBefore(k, ".,:/-") && CleanAfter(k, allowTime: false);

        /// <summary>The last token of a month name: its abbreviation's full stop ("Feb."), if any.</summary>
        private int AfterAbbreviation(int i, CalendarName month) =>
            month.IsAbbreviation && IsMark(i + 1, '.') && Joined(i, i + 1) ? i + 1 : i;

        // ---- weekdays ----

        /// <summary>"Thursday", "Donnerstagabend", "të enjten", "ditën e enjte", in the article's language (any, for "und").</summary>
        [MethodImpl(HotPath.Optimize)]
        private bool TryWeekday(int i, out WeekdayWords weekday)
        {
            weekday = default;
            if (!IsWord(i)) return false;
            foreach (var name in CalendarNames.Lookup(_tokens[i].Key))
            {
                if (name.Kind != CalendarNameKind.Weekday || name.Articles is not null || !IsOwn(name.Language)) continue;
                var shape = CaseOf(i);
                bool usual = name.Language.NamesCapitalised ? shape == WordCase.Capitalised : shape == WordCase.Lower;
                if (!usual && shape != WordCase.Upper && shape != WordCase.Capitalised) continue;
                weekday = new WeekdayWords
                {
                    First = i,
                    Last = i,
                    Name = name,
                    StandsAlone = usual && !InPublicationName(i, name.Language) && !NamesSomethingElse(i, name),
                };
                return true;
            }

            return TryArticleWeekday(i, i, out weekday) || TryArticleWeekday(i, i + 1, out weekday);
        }

        /// <summary>An article and a weekday form ("të enjten"), with a day word at <paramref name="first"/> before the article when they differ.</summary>
        [MethodImpl(HotPath.Optimize)]
        private bool TryArticleWeekday(int first, int article, out WeekdayWords weekday)
        {
            weekday = default;
            if (!IsWord(article) || !IsWord(article + 1)) return false;
            foreach (var name in CalendarNames.Lookup(_tokens[article + 1].Key))
            {
                if (name.Articles is null || !IsOwn(name.Language)) continue;
                if (Array.IndexOf(name.Articles, _tokens[article].Key) < 0) continue;
                if (first != article && Array.IndexOf(name.Language.WeekdayLeads, _tokens[first].Key) < 0) continue;
                var shape = CaseOf(article + 1);
                if (shape != WordCase.Lower && shape != WordCase.Upper) continue;
                weekday = new WeekdayWords { First = first, Last = article + 1, Name = name, StandsAlone = shape == WordCase.Lower };
                return true;
            }

            return false;
        }

        /// <summary>A weekday followed by the date it names: "Thursday, February 24, 2022", "Donnerstag, den 24. Februar".</summary>
        [MethodImpl(HotPath.Optimize)]
        private bool TryDateAfter(WeekdayWords weekday, out Match match)
        {
            match = default;
            int j = weekday.Last + 1;
            if (IsMark(j, ',')) j++;
            if (!TryDate(j, out var date) || date.Day is null)
            {
                if (!IsWord(j) || Array.IndexOf(weekday.Name.Language.WeekdayDateJoiners, _tokens[j].Key) < 0) return false;
                if (!TryDate(j + 1, out date) || date.Day is null) return false;
            }

            // A weekday that contradicts the date is a slip of one of them: both are reported apart.
            var named = (DayOfWeek)weekday.Name.Value;
            if (date.Year is int year && WeekdayOf(year, date.Month!.Value, date.Day.Value) != named) return false;
            match = date;
            match.First = weekday.First;
            match.Weekday = named;
            return true;
        }

        /// <summary>"The Mail on Sunday", "Welt am Sonntag": a newspaper, not a day.</summary>
        [MethodImpl(HotPath.Optimize)]
        private bool InPublicationName(int i, CalendarLanguage language)
        {
            foreach (string[] words in language.PublicationsBeforeWeekday)
            {
                int from = i - words.Length;
                if (from < 0) continue;
                bool all = true;
                for (int k = 0; k < words.Length && all; k++)
                {
                    var token = _tokens[from + k];
                    all = token.Kind == TokenKind.Word && token.End - token.Start == words[k].Length
                        && string.CompareOrdinal(_text, token.Start, words[k], 0, words[k].Length) == 0;
                }

                if (all) return true;
            }

            return false;
        }

        /// <summary>
        /// Whether a lone capitalised name is part of a name: followed by a capitalised word ("the Sunday
        /// Times", "June Carter") without a time word before it ("On Thursday Mr Blair said" is a day).
        /// </summary>
        [MethodImpl(HotPath.Optimize)]
        private bool NamesSomethingElse(int i, CalendarName name)
        {
            var language = name.Language;
            if (!language.NamesCapitalised || language.TimeWords.Length == 0) return false;
            if (!IsWord(i + 1) || CaseOf(i + 1) is not (WordCase.Capitalised or WordCase.Upper)) return false;
            if (CalendarNames.Lookup(_tokens[i + 1].Key).Length > 0) return false;
            return !(IsWord(i - 1) && Array.IndexOf(language.TimeWords, _tokens[i - 1].Key) >= 0);
        }

        // ---- names ----

        /// <summary>The month name at <paramref name="i"/> that the given backing allows, or null.</summary>
        [MethodImpl(HotPath.Optimize)]
        private CalendarName? MonthAt(int i, Backing backing)
        {
            if (!IsWord(i)) return null;
            CalendarName? other = null;
            foreach (var name in CalendarNames.Lookup(_tokens[i].Key))
            {
                if (name.Kind != CalendarNameKind.Month || !Allows(name, CaseOf(i), backing)) continue;
                if (IsOwn(name.Language)) return name;
                other ??= name;
            }

            // The article's own language decides the joiners ("mars të vitit 2020"), another's only when it alone fits.
            return other;
        }

        [MethodImpl(HotPath.Optimize)]
        private bool Allows(CalendarName name, WordCase shape, Backing backing)
        {
            bool own = IsOwn(name.Language);
            if (!own && backing == Backing.Alone) return false;

            // English and German write "February"; Albanian, French, Spanish, Italian "shkurt", "février",
            // but a heading may write "28 Korrik 2020" or "Qershor 2020", and any may shout "FEBRUARY 24".
            // A capitalised word of another language ("Mars 2020", the rover) needs a day.
            bool usual = name.Language.NamesCapitalised ? shape == WordCase.Capitalised : shape == WordCase.Lower;
            if (!usual)
            {
                bool shouted = shape == WordCase.Upper && backing != Backing.Alone;
                bool headline = !name.Language.NamesCapitalised && shape == WordCase.Capitalised
                    && (backing == Backing.Day || backing == Backing.Year && !name.IsOtherLanguagesWord);
                if (!own || !(shouted || headline)) return false;
            }

            if (backing != Backing.Alone) return true;
            if (name.IsCommonWord || name.IsAbbreviation) return false;
            return !name.IsOtherLanguagesWord || ReferenceEquals(_language, name.Language);
        }

        /// <summary>Whether names of <paramref name="language"/> count fully: it is the article's, or the article's is unknown.</summary>
        private bool IsOwn(CalendarLanguage language) => _language is null || ReferenceEquals(_language, language);

        // ---- tokens ----

        private bool IsWord(int i) => i >= 0 && i < _tokens.Count && _tokens[i].Kind == TokenKind.Word;

        private bool IsNumber(int i, int digits) => IsNumber(i, digits, digits);

        private bool IsNumber(int i, int fewest, int most) =>
            i >= 0 && i < _tokens.Count && _tokens[i].Digits >= fewest && _tokens[i].Digits <= most;

        private bool IsMark(int i, char mark) =>
            i >= 0 && i < _tokens.Count && _tokens[i].Kind == TokenKind.Mark && _text[_tokens[i].Start] == mark;

        private bool IsMarkOf(int i, string marks) =>
            i >= 0 && i < _tokens.Count && _tokens[i].Kind == TokenKind.Mark && marks.IndexOf(_text[_tokens[i].Start]) >= 0;

        private bool WordsAt(int i, string[] words)
        {
            for (int k = 0; k < words.Length; k++)
            {
                if (!IsWord(i + k) || !string.Equals(_tokens[i + k].Key, words[k], StringComparison.Ordinal)) return false;
            }

            return true;
        }

        /// <summary>Whether tokens <paramref name="first"/> to <paramref name="last"/> touch, with no space between.</summary>
        [MethodImpl(HotPath.Optimize)]
        private bool Joined(int first, int last)
        {
            if (first < 0 || last >= _tokens.Count) return false;
            for (int k = first; k < last; k++)
            {
                if (_tokens[k].End != _tokens[k + 1].Start) return false;
            }

            return true;
        }

        /// <summary>What may be written onto a day's digits: "24.", "24th", "1er", "1º".</summary>
        private bool IsOrdinal(int j) =>
            IsMarkOf(j, ".°º") || _tokens[j].Kind == TokenKind.Word && IsOrdinalSuffix(_tokens[j].Key);

        private static bool IsOrdinalSuffix(string? key)
        {
            foreach (var language in CalendarNames.Languages)
            {
                if (Array.IndexOf(language.OrdinalSuffixes, key) >= 0) return true;
            }

            return false;
        }

        /// <summary>
        /// Whether the number at <paramref name="i"/> starts there rather than continuing a word ("A24") or
        /// a number written onto it with one of <paramref name="separators"/> ("1.24", "10:30"). Scraped
        /// text glues sentences ("… e tmerrit.24 shkurt"), so a word before a separator does not matter.
        /// </summary>
        [MethodImpl(HotPath.Optimize)]
        private bool CleanBefore(int i, string separators)
        {
            if (i == 0 || !Joined(i - 1, i)) return true;
            var previous = _tokens[i - 1];
            if (previous.Kind == TokenKind.Word) return false;
            return !(previous.Kind == TokenKind.Mark && separators.IndexOf(_text[previous.Start]) >= 0
                && i >= 2 && Joined(i - 2, i - 1) && _tokens[i - 2].Kind == TokenKind.Number);
        }

        /// <summary>
        /// Whether the number at <paramref name="i"/> ends there rather than running on ("2022s", "2022.5",
        /// "2022-23"); a time may follow an ISO date ("2022-02-24T10:00"), a glued sentence any date ("2022.Ndërkohë").
        /// </summary>
        [MethodImpl(HotPath.Optimize)]
        private bool CleanAfter(int i, bool allowTime)
        {
            if (i + 1 >= _tokens.Count || !Joined(i, i + 1)) return true;
            var next = _tokens[i + 1];
            if (next.Kind == TokenKind.Word) return allowTime && next.End - next.Start == 1 && _text[next.Start] == 'T';
            return !(IsMarkOf(i + 1, "-./:,") && i + 2 < _tokens.Count && Joined(i + 1, i + 2) && _tokens[i + 2].Kind == TokenKind.Number);
        }

        [MethodImpl(HotPath.Optimize)]
        private WordCase CaseOf(int i)
        {
            var token = _tokens[i];
            int upper = 0, lower = 0;
            for (int k = token.Start; k < token.End; k++)
            {
                if (char.IsUpper(_text[k])) upper++;
                else if (char.IsLower(_text[k])) lower++;
            }

            bool firstUpper = char.IsUpper(_text[token.Start]);
            if (upper == 0) return WordCase.Lower;
            if (firstUpper && upper == 1) return WordCase.Capitalised;
            return lower == 0 ? (upper > 1 ? WordCase.Upper : WordCase.Capitalised) : WordCase.Mixed;
        }
    }

    // ---- the calendar ----
}
