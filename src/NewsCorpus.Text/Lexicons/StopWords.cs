using System;
using System.Collections.Generic;

namespace NewsCorpus.Text.Lexicons;

/// <summary>
/// The most frequent short words of each language's news prose, used to identify an article's
/// language. Words shared by several languages ("la", "e") are fine: the count across the whole
/// list decides. To add a language, add its ISO 639-1 code and about forty of its commonest words.
/// </summary>
internal static class StopWords
{
    /// <summary>Language code → its stop words (lower case).</summary>
    public static readonly IReadOnlyDictionary<string, HashSet<string>> ByLanguage =
        new Dictionary<string, HashSet<string>>
        {
            ["en"] = Set("the of and to in is that for on with was said he it as by at from his have has are were be this will not an they their which who but had been would its after about"),
            ["sq"] = Set("të në dhe për që me se një nga është tha nuk ka si së por më do ishte janë kanë edhe ky kjo ai ajo pas mbi deri sipas thanë dy zoti gjatë prej tij saj ata kur"),
            ["de"] = Set("der die und das ist nicht den mit von sich des auf für dem ein eine zu im auch es wird sagte dass nach wie bei aus noch werden hat sind einer oder um sie"),
            ["fr"] = Set("le les et des est du que une pour dans qui pas sur au il par avec sont ont plus ce aux été mais elle selon cette être son ses leur"),
            ["es"] = Set("el los las y que del en un una por con para es se no al su lo como más fue ha pero según sus este esta entre han"),
            ["it"] = Set("il di che è per un una non del della sono nel alla gli dei le con ha si da al anche ma come secondo più delle questo ai"),
        };

    private static HashSet<string> Set(string words) =>
        new HashSet<string>(words.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
}
