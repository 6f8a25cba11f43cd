using System.Collections.Generic;

namespace NewsCorpus.Text.Lexicons;

/// <summary>
/// The attribution words of each language, written as plain lists a reader can extend. In
/// <c>Words</c> entries are separated by spaces and "|" joins the words of one entry ("teilte|mit");
/// in <c>Phrases</c> "|" separates entries, which may hold spaces ("according to|citing").
/// </summary>
internal static class AttributionLexicons
{
    public static readonly Dictionary<string, AttributionLexicon> All = new()
    {
        // "Officials said that …", "“…,” she told reporters", "according to the ministry, …"
        ["en"] = new AttributionLexicon
        {
            // News attributes positions as well as words ("Trump has called for …", "a poll shows …"),
            // so the list holds verbs of saying, asking, believing and proposing.
            CueVerbs = Words(Inflect("say:said:says:saying tell:told:tells:telling add:added:adds:adding stated:stating "
                + "announce argue claim warn note explain insist write:wrote:writes:writing reported:reports:reporting assert suggest acknowledge admit:admitted:admits:admitting "
                + "confirm deny:denied:denies:denying declare testify:testified:testifies:testifying tweet recall respond reply:replied:replies:replying "
                + "urge agree:agreed:agrees:agreeing complain contend maintain concede estimate allege predict promise vow pledge emphasize stress caution "
                + "observe remark conclude reveal indicate counter answer believe think:thought:thinks:thinking "
                + "propose demand criticize praise blame accuse condemn reject oppose endorse want hope expect fear "
                + "worry:worried:worries:worrying ask questioned recommend describe characterize dismiss defend invoke cite mention "
                + "highlight disagree doubt forecast find:found:finds:finding show:showed:shows:showing:shown "
                + "called:calls:calling blast slam:slammed:slams:slamming hail laud scold label brand dub:dubbed:dubs:dubbing term mock ridicule "
                + "decry:decried:decries:decrying lament tout liken "
                + "") + " " + "pointed|out points|out point|out"),
            NamingCues = Words(Inflect("called:calls:calling describe characterize label brand dub:dubbed:dubs:dubbing term liken "
                + "blast slam:slammed:slams:slamming")),
            NamingMarkers = Words("as"),
            TrailingCues = Words(Inflect("continue read:reads joke quip:quipped:quips:quipping")),
            NarrationOpeners = Words("after before during while when since on at in yesterday today monday tuesday wednesday thursday friday saturday sunday"),
            ObjectCues = Words(Inflect("tell:told:tells:telling ask urge remind:reminded:reminds:reminding warn assure:assured:assures:assuring inform")),
            BareClauseCues = Words("*"),
            Complementizers = Words("that"),
            Conjunctions = Words("and but or"),
            AccordingTo = Phrases("according to|citing"),
            CuePrefixes = Words("has have had will would also later then further previously again recently repeatedly once publicly privately "
                + "formally directly reportedly allegedly openly quickly explicitly immediately strongly specifically initially ultimately "
                + "finally apparently frequently consistently even just still now"),
            Pronouns = Words("he she they it we i you"),
            RelativePronouns = Words("who which that"),
            PhraseInternal = Words("of the a an for"),
            PhraseBoundaries = Words("and but or nor so because while when if as than then that this these those is was were are be been being "
                + "not never did does do can could may might must should shall on in at with from by during after before since into about over under between against without "
                + "what how why whether to didn’t doesn’t don’t wasn’t isn’t won’t wouldn’t can’t couldn’t didn't doesn't don't wasn't isn't won't wouldn't can't couldn't"),
            PhraseEnds = Words("a an the his her their its our my your this these those"),
        },

        // "Zyrtarët amerikanë thanë se …", "«…», deklaroi kryetari", "sipas policisë, …"
        ["sq"] = new AttributionLexicon
        {
            // Past, present and participle ("ka thënë", "kishte shtuar") of each verb; calls and requests
            // ("bëri thirrje që", "kërkoi që") are attributions of their own.
            CueVerbs = Words("tha thanë thotë thonë thënë deklaroi deklaruan deklaron deklarojnë deklaruar shtoi shtuan shton shtuar "
                + "theksoi theksuan thekson theksuar pohoi pohuan pohon pohuar njoftoi njoftuan njofton njoftuar "
                + "paralajmëroi paralajmëruan paralajmëron paralajmëruar shkruan shkroi shkruar raportoi raporton raportuar "
                + "pranoi pranuan mohoi mohuan mohon mohuar konfirmoi konfirmuan konfirmon konfirmuar "
                + "nënvizoi nënvizon nënvizuar sqaroi sqaron sqaruar deklaronte tregoi tregon tregojnë treguar besojnë beson "
                + "vlerësoi pretendon pretendoi pretendojnë pretenduar transmeton akuzon akuzoi sugjeroi sugjeron sugjeruar "
                + "këshilloi këshilluar pyeti pyetën pyetur kërkoi kërkuan kërkon kërkojnë kërkuar u|shpreh u|shprehën shprehet shprehen shprehur "
                + "bëri|thirrje bënë|thirrje bën|thirrje bërë|thirrje bëri|të|ditur bënë|të|ditur bërë|të|ditur "
                + "bëri|të|qartë bënë|të|qartë bërë|të|qartë kërku"),
            // Beliefs and views, given with their complementizer: "është i bindur se", "mendoj se".
            ComplementCues = Words(Copula("jam jemi është janë ishte ishin", "bindur sigurt") + " mendoj mendova mendon mendojnë mendoi menduan menduar mendonte "
                + "besoj besova besoi besuar"),
            // "thuhet se", "bëhet e ditur se", "na është thënë se": said, by nobody named.
            ImpersonalCues = Words("thuhet thuhej raportohet raportohej pretendohet pretendohej mësohet besohet "
                + "bëhet|e|ditur u|bë|e|ditur është|bërë|e|ditur është|thënë ishte|thënë"),
            Complementizers = Words("se që"),
            AsMarkers = Words("siç sikurse"),
            BackPointers = Words("kështu"),
            // "duke" joins a second cue to the sentence's subject as a conjunction does ("…, duke shtuar se …").
            Conjunctions = Words("dhe por ose e edhe derisa teksa ndërsa kurse duke si|dhe ku pasi"),
            AccordingTo = Phrases("sipas"),
            // Auxiliaries and the clitic pronouns that stand before the verb ("i tha", "e ka konfirmuar", "na ka thënë").
            CuePrefixes = Words("ka kanë kishte kishin gjithashtu ashtu poashtu i e na më ia ja po raportohet|të|ketë"),
            // With the genitive forms that follow "sipas" ("sipas tij, …").
            Pronouns = Words("ai ajo ata ato ne unë ju tij saj tyre"),
            RelativePronouns = Phrases("i cili|e cila|të cilët|të cilat"),
            PhraseInternal = Words("i e të së një"),
            PhraseBoundaries = Words("dhe por ose edhe sepse kur nëse nuk s'ka ishte është janë u do mund me në nga për pas para mbi gjatë "
                + "derisa teksa ndërsa kurse duke ku pasi"),
        },

        // "„…“, sagte sie", "laut Polizei …", "der Sprecher zufolge …"
        ["de"] = new AttributionLexicon
        {
            CueVerbs = Words("sagte sagten sagt sagen erklärte erklärten erklärt betonte betonten betont berichtete berichteten berichtet "
                + "meinte meinten meint warnte warnten warnt bestätigte bestätigten bestätigt behauptete behaupteten behauptet "
                + "forderte forderten fordert kritisierte kritisierten schrieb schreibt verkündete verkündeten versicherte erläuterte "
                + "ergänzte ergänzten räumte gestand äußerte unterstrich teilte|mit teilten|mit gab|an gaben|an fügte|hinzu kündigte|an "
                + "gesagt erklärt betont berichtet geschrieben mitgeteilt angekündigt bestätigt gefordert kritisiert "
                + "sprach|von sprachen|von spricht|von nannte nannten bezeichnete bezeichneten urteilte hieß|es heißt|es zitiert "
                + "mitteilte mitteilten angab hinzufügte ankündigte bekanntgab verlautete glaubt glaubte glaubten vermutet vermutete "
                + "begründete begründeten wirft|vor warf|vor warfen|vor vorwarf vorwirft rief|auf riefen|auf ruft|auf aufrief "
                + "bekräftigte beklagte bemängelte bemängelt mahnte versprach zitierte entschied beschloss "
                + "wies|darauf|hin wiesen|darauf|hin wies|daraufhin wiesen|daraufhin verwies|darauf verwiesen|darauf "
                + "argumentierte argumentierten spekuliert spekulierte kommentierte kommentierten verlangen verlangt verlangte appellierte"),
            NamingCues = Words("nannte nannten bezeichnete bezeichneten sprach|von sprachen|von spricht|von"),
            NamingMarkers = Words("als"),
            TrailingCues = Words("fuhr|fort fährt|fort ergänzt"),
            NarrationOpeners = Words("nachdem bevor während als am gestern heute montag dienstag mittwoch donnerstag freitag samstag sonntag"),
            Complementizers = Words("dass ob"),
            Conjunctions = Words("und aber oder sondern"),
            AccordingTo = Phrases("laut|nach angaben von|nach angaben der|nach angaben des|nach ansicht von|nach auffassung von|nach ansicht der|nach ansicht des"
                + "|nach auffassung der|nach auffassung des|nach einschätzung von|nach einschätzung der|nach einschätzung des|nach meinung von|nach meinung der"
                + "|nach meinung des|nach aussage von|nach aussage der|nach aussage des|nach aussagen von|nach aussagen der|nach aussagen des|nach informationen von"
                + "|nach informationen der|nach informationen des|nach darstellung von|nach darstellung der|nach darstellung des|nach worten von|nach worten der|nach worten des"
                + "|nach angaben|nach ansicht|nach auffassung|nach einschätzung|nach meinung|nach aussage|nach aussagen|nach informationen|nach darstellung"),
            AccordingToAfter = Words("zufolge"),
            SourcePrepositions = Words("nach gemäß"),
            SourceNouns = Words("angaben bericht berichten berichts berichtes aussage aussagen meldung meldungen informationen untersuchung untersuchungen "
                + "studie hochrechnung schätzung schätzungen einschätzung ansicht auffassung meinung darstellung worten erkenntnissen recherchen "
                + "umfrage prognose mitteilung erklärung vorstellungen zeugenaussagen ermittlungen messungen"),
            SourceAfterComma = Words("so"),
            QuotingPhrases = Phrases("mit den worten|mit dem satz|mit der aussage|mit der bemerkung"),
            // Positions, plans and demands reported in a sentence of their own; the cue verbs count as well.
            SentenceCues = Words("will wollen wollte wollten spricht|von sprach|von sprachen|von berichtete|von berichteten|von berichtet|von "
                + "berichtete|über berichteten|über bezeichnet bezeichnete bezeichneten nennt nannte fordert forderte forderten verlangt verlangte verlangten "
                + "angekündigt bekanntgegeben bekannt|gegeben warnte warnten warnt befürchtet befürchtete befürchten erwartet erwartete erwarten "
                + "drohte drohten droht bemängelt bemängelte beklagt beklagte beklagten protestierte protestierten kritisiert kritisierte "
                + "sagte|zu sagte|voraus wies|zurück wiesen|zurück lehnte|ab lehnten|ab hält|für hielt|für halten|für sieht|als sah|als sehen|als "
                + "begründete|mit begründet|mit begrüßte begrüßt rechnet|mit rechnete|mit appellierte appellierten"),
            CuePrefixes = Words("hat haben hatte hatten habe auch zudem außerdem bereits"),
            CueSuffixes = Words("dazu darauf weiter außerdem zudem später jedoch nun auch ferner noch bereits"),
            Pronouns = Words("er sie es wir ich"),
            RelativePronouns = Words("der die das welcher welche"),
            PhraseInternal = Words("der die das des dem den ein eine einer eines einem von vom zur zum für"),
            PhraseBoundaries = Words("und aber oder denn weil als wenn ob wie nicht ist sind war waren wird werden hat haben in im an am auf mit bei nach vor seit "
                + "über unter durch gegen gegenüber ohne um zu bis"),
            CapitalisedNouns = true,
            OrdinalStops = true,
            QuotationPiecesApart = true,
            ReportiveMood = Words("sei seien habe werde könne müsse solle wolle dürfe gebe gehe komme stehe liege halte bleibe wisse "
                + "brauche fehle befinde handle handele diene zeige reiche lasse trage sehe führe befänden lägen stelle soll sollen "
                + "nehme bestehe ändere gelte werfe entstehe drohe plane bliebe ständen stünden müssten dürften würden"),
        },

        // "« … », a déclaré le ministre", "selon l'AFP, …"
        ["fr"] = new AttributionLexicon
        {
            NamingMarkers = Words("comme"),
            CueVerbs = Words("déclaré dit affirmé expliqué ajouté indiqué estimé souligné assuré annoncé précisé confié rappelé jugé "
                + "déclare dit affirme explique ajoute indique estime souligne assure annonce précise"),
            Complementizers = Words("que qu'"),
            Conjunctions = Words("et mais ou"),
            AccordingTo = Phrases("selon|d'après"),
            CuePrefixes = Words("a ont avait avaient aussi également"),
            Pronouns = Words("il elle ils elles nous je on"),
            RelativePronouns = Words("qui"),
            PhraseInternal = Words("le la les l' de du des d' un une"),
            PhraseBoundaries = Words("et mais ou car quand si ne pas est sont était dans sur avec pour par en"),
        },

        // "«…», dijo el ministro", "según la policía, …"
        ["es"] = new AttributionLexicon
        {
            NamingMarkers = Words("como"),
            CueVerbs = Words("dijo dijeron afirmó afirmaron declaró declararon explicó explicaron añadió agregó aseguró señaló indicó "
                + "manifestó sostuvo advirtió subrayó dice dicen afirma asegura señala explica"),
            Complementizers = Words("que"),
            Conjunctions = Words("y pero o e"),
            AccordingTo = Phrases("según"),
            CuePrefixes = Words("ha han había habían también además"),
            Pronouns = Words("él ella ellos ellas nosotros yo"),
            RelativePronouns = Words("quien quienes que"),
            PhraseInternal = Words("el la los las de del un una"),
            PhraseBoundaries = Words("y pero o porque cuando si no es son era en con por para sobre"),
        },

        // "«…», ha detto il ministro", "secondo la polizia, …"
        ["it"] = new AttributionLexicon
        {
            NamingMarkers = Words("come"),
            CueVerbs = Words("detto dichiarato affermato spiegato aggiunto sottolineato precisato annunciato assicurato ribadito "
                + "dice afferma dichiara spiega aggiunge sottolinea disse affermò dichiarò"),
            Complementizers = Words("che"),
            Conjunctions = Words("e ma o"),
            AccordingTo = Phrases("secondo"),
            CuePrefixes = Words("ha hanno aveva avevano anche inoltre"),
            Pronouns = Words("lui lei loro noi io"),
            RelativePronouns = Phrases("che|il quale|la quale"),
            PhraseInternal = Words("il lo la i gli le di del della dei degli delle un una"),
            PhraseBoundaries = Words("e ma o perché quando se non è sono era in con per su da"),
        },
    };

    /// <summary>
    /// Expands regular verbs to the forms news prints: "urge" → urge urged urges urging; verbs with
    /// other forms (irregular, doubled consonants, -y) list them all, separated by colons
    /// ("say:said:says:saying", "admit:admitted:admits:admitting").
    /// </summary>
    private static string Inflect(string verbs)
    {
        var forms = new List<string>();
        foreach (var verb in verbs.Split(new[] { ' ' }, System.StringSplitOptions.RemoveEmptyEntries))
        {
            if (verb.IndexOf(':') >= 0)
            {
                forms.AddRange(verb.Split(':'));
                continue;
            }

            string stem = verb.EndsWith("e", System.StringComparison.Ordinal) ? verb.Substring(0, verb.Length - 1) : verb;
            forms.Add(verb);
            forms.Add(stem + "ed");
            forms.Add(verb.EndsWith("s", System.StringComparison.Ordinal) || verb.EndsWith("sh", System.StringComparison.Ordinal) ? verb + "es" : verb + "s");
            forms.Add(stem + "ing");
        }

        return string.Join(" ", forms);
    }

    /// <summary>
    /// An adjective of belief after each form of "to be", in each gender, with or without "shumë" ("very"):
    /// "jam i bindur", "është shumë e sigurt", "janë të bindur".
    /// </summary>
    private static string Copula(string copulas, string adjectives)
    {
        var forms = new List<string>();
        foreach (string copula in copulas.Split(' '))
        {
            foreach (string adjective in adjectives.Split(' '))
            {
                foreach (string article in new[] { "i", "e", "të" })
                {
                    forms.Add(copula + "|" + article + "|" + adjective);
                    forms.Add(copula + "|shumë|" + article + "|" + adjective);
                }
            }
        }

        return string.Join(" ", forms);
    }

    private static string[] Words(string list) => Phrases(list.Replace(' ', '\n').Replace('|', ' ').Replace('\n', '|'));

    private static string[] Phrases(string list)
    {
        var entries = new List<string>();
        foreach (var entry in list.Split('|'))
        {
            string trimmed = entry.Trim();
            if (trimmed.Length > 0) entries.Add(trimmed.ToLowerInvariant());
        }

        return entries.ToArray();
    }
}
