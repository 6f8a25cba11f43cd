using System;
using System.Collections.Generic;

namespace NewsCorpus.Text.Lexicons;

/// <summary>
/// The words with which news attributes speech, per language (ISO 639-1). Each list is data: add a
/// verb form or a phrase and the extractor uses it. Multi-word cues are written with single spaces
/// ("according to", "teilte mit"); matching ignores case.
/// </summary>
internal sealed class AttributionLexicon
{
    /// <summary>Verbs of saying, in the finite forms news prints: "said", "tha", "sagte", "a déclaré".</summary>
    public required string[] CueVerbs { get; init; }

    /// <summary>Words that open a sentence with an inverted cue attributing what follows the comma: "Siç thotë ai, …".</summary>
    public string[] AsMarkers { get; init; } = Array.Empty<string>();

    /// <summary>Words that open a sentence with an inverted cue attributing the sentence before: "… . Kështu ka deklaruar X."</summary>
    public string[] BackPointers { get; init; } = Array.Empty<string>();

    /// <summary>
    /// Cues of belief and opinion that attribute only with their complementizer right after them: "është i
    /// bindur se …", "mendoj se …" report a view; "është i sigurt", "mendoj të …" alone none.
    /// </summary>
    public string[] ComplementCues { get; init; } = Array.Empty<string>();

    /// <summary>
    /// Impersonal cues, which give a statement as said without saying by whom: "thuhet se …", "bëhet e ditur
    /// se …", "na është thënë se …". Their complementizer must follow, and the attribution has no speaker.
    /// </summary>
    public string[] ImpersonalCues { get; init; } = Array.Empty<string>();

    /// <summary>
    /// Cues that take a clause with no complementizer: "X said the vote was fair". Other cues need
    /// "that"/"se"/"dass" or a comma ("X sagte, …"), since "X nuk pranoi të …" reports no speech.
    /// "*" lets every cue take one.
    /// </summary>
    public string[] BareClauseCues { get; init; } = Array.Empty<string>();

    /// <summary>
    /// Verb forms that mark a sentence as reported without any cue: German Konjunktiv I ("Er halte
    /// die Verlängerung für vertretbar", "Die Lage sei katastrophal") and the hearsay "soll" ("Zehn
    /// Menschen sollen verletzt worden sein"), the voice of the last speaker.
    /// </summary>
    public string[] ReportiveMood { get; init; } = Array.Empty<string>();

    /// <summary>
    /// Cues that name rather than report ("described X as “a disgrace”", "nannte ihn einen „Betrüger“"):
    /// the statement ends with the quoted name, and what follows belongs to the narration.
    /// </summary>
    public string[] NamingCues { get; init; } = Array.Empty<string>();

    /// <summary>Words that turn any cue into a naming one when they stand just before the quotation: "criticized the law as a “crazy system”".</summary>
    public string[] NamingMarkers { get; init; } = Array.Empty<string>();

    /// <summary>
    /// Words after a quoted name that return to the narration rather than go on with the name: a time
    /// or an adverbial clause ("called it “a disgrace” Wednesday", "… “a disgrace” after she …").
    /// </summary>
    public string[] NarrationOpeners { get; init; } = Array.Empty<string>();

    /// <summary>
    /// Verbs that attribute only right beside a quotation, where nothing else can be meant: "…,” she
    /// continued", "…,” the letter reads", "Er fuhr fort: „…“". Elsewhere they report nothing ("continued to rise").
    /// </summary>
    public string[] TrailingCues { get; init; } = Array.Empty<string>();

    /// <summary>Cues whose hearer comes first: "told reporters (that) …", "urged Congress to …".</summary>
    public string[] ObjectCues { get; init; } = Array.Empty<string>();

    /// <summary>Coordinating conjunctions: "X did Y, but said that …" shares the sentence's subject.</summary>
    public required string[] Conjunctions { get; init; }

    /// <summary>Words that introduce the reported clause and belong to it: "that", "se", "dass".</summary>
    public required string[] Complementizers { get; init; }


    /// <summary>Markers placed before the source: "according to X", "sipas X", "laut X", "selon X".</summary>
    public required string[] AccordingTo { get; init; }

    /// <summary>Markers placed after the source: "X zufolge".</summary>
    public string[] AccordingToAfter { get; init; } = Array.Empty<string>();

    /// <summary>Prepositions that attribute when a source noun follows: "nach Polizeiangaben", "gemäß einem Bericht".</summary>
    public string[] SourcePrepositions { get; init; } = Array.Empty<string>();

    /// <summary>
    /// Nouns, or the ends of compounds ("Polizeiangaben"), that name what a source said or found: "Angaben",
    /// "Bericht", "Untersuchungen". After a <see cref="SourcePrepositions"/> word they make it a cue.
    /// </summary>
    public string[] SourceNouns { get; init; } = Array.Empty<string>();

    /// <summary>Markers after a comma that name the source of the clause before them: "…, so die Polizei".</summary>
    public string[] SourceAfterComma { get; init; } = Array.Empty<string>();

    /// <summary>
    /// Verbs that report the sentence they stand in when they take no clause: "Die Partei will die Steuern
    /// senken", "Der Verband sprach von einem Skandal". The whole sentence is the statement.
    /// </summary>
    public string[] SentenceCues { get; init; } = Array.Empty<string>();

    /// <summary>
    /// Phrases that hand a quotation to the one quoted: "zitiert einen Zeugen mit den Worten: „…“" (the speaker
    /// is the one quoted, not the newspaper), "wird mit den Worten zitiert" (the subject).
    /// </summary>
    public string[] QuotingPhrases { get; init; } = Array.Empty<string>();

    /// <summary>Auxiliaries and adverbs that may stand between speaker and cue and belong to the cue: "has said", "also said".</summary>
    public required string[] CuePrefixes { get; init; }

    /// <summary>Adverbs that may follow a cue and belong to it: "sagte dazu, …", "erklärte weiter, …".</summary>
    public string[] CueSuffixes { get; init; } = Array.Empty<string>();

    /// <summary>Personal pronouns that can be speakers; they are resolved to an earlier named speaker.</summary>
    public required string[] Pronouns { get; init; }

    /// <summary>Relative pronouns that can head a speaker clause ("Smith, who said that …").</summary>
    public required string[] RelativePronouns { get; init; }

    /// <summary>Function words that may stand inside a speaker's noun phrase: "of", "i", "e", "der", "de".</summary>
    public required string[] PhraseInternal { get; init; }

    /// <summary>Words a speaker phrase cannot end with (a determiner means the cue word was a noun: "a five-alarm call").</summary>
    public string[] PhraseEnds { get; init; } = Array.Empty<string>();

    /// <summary>Words that end a noun phrase when reading backwards from a cue: conjunctions, negations, auxiliaries, prepositions.</summary>
    public required string[] PhraseBoundaries { get; init; }

    /// <summary>Whether nouns are capitalised (German), so a lower-case word after "laut X" ends the source.</summary>
    public bool CapitalisedNouns { get; init; }

    /// <summary>Whether every ordinal is written with a full stop ("im 19. Jahrhundert"), which then ends no sentence (German).</summary>
    public bool OrdinalStops { get; init; }

    /// <summary>
    /// Whether each piece of a quotation split by its cue is a quote of its own, with that cue ("„A“, sagte sie. „B.“"
    /// is two quotes in German news), rather than one quote in pieces.
    /// </summary>
    public bool QuotationPiecesApart { get; init; }

    /// <summary>All languages' entries together, for text whose language is undetermined.</summary>
    public static AttributionLexicon Any { get; } = Merge(ByLanguage.Values);

    /// <summary>The lexicon for an ISO 639-1 code, or the merged one.</summary>
    public static AttributionLexicon For(string language) => ByLanguage.TryGetValue(language, out var lexicon) ? lexicon : Any;

    private static Dictionary<string, AttributionLexicon> ByLanguage => AttributionLexicons.All;

    private static AttributionLexicon Merge(IEnumerable<AttributionLexicon> lexicons)
    {
        var parts = new List<AttributionLexicon>(lexicons);
        string[] Union(Func<AttributionLexicon, string[]> select)
        {
            var set = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var part in parts) set.UnionWith(select(part));
            return new List<string>(set).ToArray();
        }

        return new AttributionLexicon
        {
            CueVerbs = Union(l => l.CueVerbs),
            ComplementCues = Union(l => l.ComplementCues),
            AsMarkers = Union(l => l.AsMarkers),
            BackPointers = Union(l => l.BackPointers),
            ImpersonalCues = Union(l => l.ImpersonalCues),
            Complementizers = Union(l => l.Complementizers),
            AccordingTo = Union(l => l.AccordingTo),
            AccordingToAfter = Union(l => l.AccordingToAfter),
            SourcePrepositions = Union(l => l.SourcePrepositions),
            SourceNouns = Union(l => l.SourceNouns),
            SourceAfterComma = Union(l => l.SourceAfterComma),
            SentenceCues = Union(l => l.SentenceCues),
            QuotingPhrases = Union(l => l.QuotingPhrases),
            CuePrefixes = Union(l => l.CuePrefixes),
            CueSuffixes = Union(l => l.CueSuffixes),
            BareClauseCues = Union(l => l.BareClauseCues),
            Conjunctions = Union(l => l.Conjunctions),
            ObjectCues = Union(l => l.ObjectCues),
            NamingCues = Union(l => l.NamingCues),
            TrailingCues = Union(l => l.TrailingCues),
            NamingMarkers = Union(l => l.NamingMarkers),
            NarrationOpeners = Union(l => l.NarrationOpeners),
            ReportiveMood = Union(l => l.ReportiveMood),
            Pronouns = Union(l => l.Pronouns),
            RelativePronouns = Union(l => l.RelativePronouns),
            PhraseInternal = Union(l => l.PhraseInternal),
            PhraseBoundaries = Union(l => l.PhraseBoundaries),
            PhraseEnds = Union(l => l.PhraseEnds),
        };
    }
}
