using System.Collections.Generic;

namespace NewsCorpus.Text.Lexicons;

/// <summary>
/// A few paragraphs of news prose per language, written for this project (no text is taken from any
/// corpus), from which <see cref="Language.LanguageIdentifier"/> learns how often each language uses its
/// words and how it spells them (with <see cref="CommonWords"/>). The paragraphs tell the same kinds of
/// stories in every language (a budget, a company, a match, a vote, the weather) so that no language wins
/// merely by its topics. To add a language, add its ISO 639-1 code here and in <see cref="CommonWords"/>.
/// </summary>
internal static class LanguageSamples
{
    /// <summary>Language code → sample prose.</summary>
    public static readonly IReadOnlyDictionary<string, string> ByLanguage = new Dictionary<string, string>
    {
        // English: British and American news, politics, business, sport, technology, entertainment
        ["en"] = """
            The government said on Tuesday that it would spend an extra two billion pounds on hospitals and schools over the next three years. The chancellor told MPs that the money would come from savings in other departments and from higher taxes on the largest companies. Opposition leaders said the plan was too little, too late, and accused ministers of ignoring the warnings of doctors and teachers for years. “We have been asking for this since the last election,” one union official said. “People want to see results, not more promises.”

            Shares in the country’s biggest supermarket chain fell sharply after the firm reported weaker sales over Christmas. The company blamed the cold weather and strong competition from discount stores, but analysts said its prices were simply too high. Profits for the year are now expected to be about a quarter lower than last year. The chief executive, who took over in the summer, said he was confident that the business would recover once new stores opened in the spring.

            In football, the home side came from behind to win three goals to two in a match that was watched by more than forty thousand fans. The manager praised his young players for their spirit and said the team had shown what it could do when it kept the ball and played with confidence. His opponent admitted that his defenders had made too many mistakes in the second half and that they had been punished for it. The club will now face the league leaders next weekend.

            The Republican candidate told supporters at a rally in Ohio that he would bring back jobs and fix a broken system in Washington. His Democratic rival, speaking hours later in Pennsylvania, accused him of dividing the country and said that he was not fit to be president. A poll released on Thursday showed the two were almost level among likely voters, although more than a tenth of those asked said they had not yet made up their minds. Both campaigns are spending millions of dollars on television advertising in the states that will decide the election.

            Heavy rain caused flooding in several towns in the north of the country, where hundreds of homes were left without power. Emergency services rescued people from cars that had been trapped by rising water, and a number of roads and railway lines were closed. Forecasters said that more rain was expected later in the week and urged people not to travel unless it was necessary. The prime minister, who visited the area on Friday, promised that help would be given to families whose houses had been damaged.
            """,
        // Albanian (standard, as written in Albania and Kosovo)
        ["sq"] = """
            Kryeministri tha të martën se qeveria do të ndajë dy miliardë lekë shtesë për spitalet dhe shkollat gjatë tre viteve të ardhshme. Ai u tha deputetëve në Kuvend se paratë do të vijnë nga kursimet në ministritë e tjera dhe nga taksat më të larta për kompanitë e mëdha. Liderët e opozitës deklaruan se plani është i vonuar dhe i pamjaftueshëm, dhe i akuzuan ministrat se kanë injoruar për vite me radhë paralajmërimet e mjekëve dhe të mësuesve. “Këtë e kemi kërkuar që nga zgjedhjet e fundit”, tha një zyrtar i sindikatës. “Qytetarët duan të shohin rezultate, jo premtime të reja.”

            Ekonomia e vendit u rrit me rreth katër për qind vitin e kaluar, por çmimet e ushqimeve dhe të energjisë vazhdojnë të jenë të larta. Ekspertët thonë se inflacioni i godet më shumë familjet me të ardhura të ulëta dhe pensionistët. Banka Qendrore ka paralajmëruar se mund të rrisë normat e interesit nëse çmimet nuk ulen. Shumë të rinj largohen çdo vit drejt Gjermanisë dhe vendeve të tjera të Bashkimit Evropian në kërkim të punës.

            Kombëtarja e futbollit fitoi ndeshjen e mbrëmshme me dy gola kundër një, para mijëra tifozëve që mbushën stadiumin. Trajneri tha pas ndeshjes se është krenar për lojtarët, të cilët luajtën me guxim deri në minutën e fundit. Ekipi do të luajë ndeshjen e radhës në fund të muajit dhe shpreson të kualifikohet për kampionatin evropian.

            Partia Demokratike akuzoi qeverinë se ka manipuluar procesin zgjedhor dhe paralajmëroi protesta në të gjitha qytetet e vendit. Kreu i partisë tha në një konferencë për shtyp se opozita nuk do ta njohë rezultatin nëse nuk hetohen parregullsitë. Nga ana tjetër, zëdhënësi i qeverisë i quajti këto akuza të pabaza dhe tha se zgjedhjet ishin të lira dhe të ndershme, siç kanë konfirmuar edhe vëzhguesit ndërkombëtarë.

            Reshjet e shiut kanë shkaktuar përmbytje në disa fshatra në jug të vendit, ku dhjetëra shtëpi kanë mbetur pa energji elektrike. Ekipet e emergjencës kanë evakuuar familjet nga zonat më të rrezikuara. Kryetari i komunës kërkoi ndihmë nga qeveria qendrore dhe tha se dëmet janë shumë të mëdha. Sipas parashikimit të motit, reshjet do të vazhdojnë edhe në fundjavë.
            """,
        // German
        ["de"] = """
            Die Bundesregierung hat am Dienstag beschlossen, in den kommenden drei Jahren zusätzlich zwei Milliarden Euro für Krankenhäuser und Schulen auszugeben. Der Finanzminister sagte im Bundestag, das Geld solle durch Einsparungen in anderen Ministerien und durch höhere Steuern für große Unternehmen aufgebracht werden. Die Opposition kritisierte den Plan als zu spät und zu wenig. „Wir fordern das seit der letzten Wahl“, sagte ein Sprecher der Gewerkschaft. Die Menschen wollten endlich Ergebnisse sehen und keine neuen Versprechen.

            Gestern wurde bekannt, dass der größte Autohersteller des Landes im vergangenen Jahr deutlich weniger Fahrzeuge verkauft hat als erwartet. Das Unternehmen begründete den Rückgang mit der schwachen Nachfrage in Europa und mit Problemen bei der Lieferung von Bauteilen aus Asien. Rund tausend Stellen sollen bis zum Ende des Jahres abgebaut werden. Die Gewerkschaft kündigte Widerstand an und drohte mit Streiks.

            Der Fußballverein gewann sein Heimspiel vor mehr als vierzigtausend Zuschauern mit drei zu zwei Toren. Der Trainer lobte nach dem Spiel die Moral seiner jungen Mannschaft, die nach einem Rückstand zur Pause nicht aufgegeben habe. Am kommenden Wochenende trifft das Team auf den Tabellenführer.

            Bei der Wahl zum Landtag erreichte die Partei des Ministerpräsidenten nach dem vorläufigen Ergebnis etwa ein Drittel der Stimmen. Damit bleibt sie zwar stärkste Kraft, verliert aber ihre Mehrheit. Für die Bildung einer neuen Regierung braucht sie nun einen Partner. Die Wahlbeteiligung lag bei knapp sechzig Prozent und damit niedriger als vor fünf Jahren.

            Heftige Regenfälle haben im Süden des Landes zu Überschwemmungen geführt. Hunderte Häuser waren zeitweise ohne Strom, mehrere Straßen und Bahnstrecken mussten gesperrt werden. Die Feuerwehr rettete Menschen aus ihren Autos, die im Wasser stecken geblieben waren. Der Wetterdienst warnt vor weiteren Unwettern und rät, nur in dringenden Fällen zu reisen.
            """,
        // French
        ["fr"] = """
            Le gouvernement a annoncé mardi qu’il consacrerait deux milliards d’euros supplémentaires aux hôpitaux et aux écoles au cours des trois prochaines années. Le ministre des Finances a expliqué devant les députés que cet argent proviendrait d’économies réalisées dans d’autres ministères et d’une hausse des impôts pour les grandes entreprises. L’opposition a jugé le plan insuffisant et tardif. « Nous le demandons depuis les dernières élections », a déclaré un responsable syndical. Selon lui, les Français veulent des résultats et non de nouvelles promesses.

            Le premier constructeur automobile du pays a vendu beaucoup moins de voitures que prévu l’année dernière. L’entreprise explique ce recul par la faiblesse de la demande en Europe et par des difficultés d’approvisionnement en pièces venues d’Asie. Environ mille emplois devraient être supprimés d’ici la fin de l’année, ce que les syndicats ont aussitôt dénoncé.

            Devant plus de quarante mille spectateurs, le club a remporté son match à domicile par trois buts à deux. L’entraîneur a salué le caractère de ses jeunes joueurs, qui n’ont jamais abandonné malgré le retard à la mi-temps. L’équipe affrontera le leader du championnat le week-end prochain.

            Lors des élections régionales, le parti du président a obtenu environ un tiers des voix, selon les premiers résultats. Il reste la première force politique mais perd sa majorité et devra trouver un partenaire pour gouverner. La participation a été d’à peine soixante pour cent, un chiffre plus faible qu’il y a cinq ans.

            De fortes pluies ont provoqué des inondations dans le sud du pays. Des centaines de maisons ont été privées d’électricité et plusieurs routes ainsi que des lignes de chemin de fer ont dû être fermées. Les pompiers ont secouru des automobilistes bloqués par la montée des eaux. Les services météorologiques appellent à la prudence et déconseillent les déplacements.
            """,
        // Spanish
        ["es"] = """
            El Gobierno anunció el martes que destinará dos mil millones de euros adicionales a hospitales y escuelas durante los próximos tres años. El ministro de Hacienda explicó ante el Congreso que el dinero procederá de ahorros en otros ministerios y de una subida de impuestos a las grandes empresas. La oposición calificó el plan de insuficiente y tardío. «Lo venimos pidiendo desde las últimas elecciones», afirmó un portavoz sindical. Según él, los ciudadanos quieren ver resultados y no nuevas promesas.

            El mayor fabricante de automóviles del país vendió el año pasado muchos menos coches de lo previsto. La empresa atribuye la caída a la débil demanda en Europa y a los problemas de suministro de piezas procedentes de Asia. Alrededor de mil puestos de trabajo serán eliminados antes de fin de año, algo que los sindicatos ya han rechazado.

            Ante más de cuarenta mil espectadores, el equipo local ganó su partido por tres goles a dos. El entrenador elogió el carácter de sus jóvenes jugadores, que nunca se rindieron pese a llegar perdiendo al descanso. ¿Podrá el club mantener este nivel? El próximo fin de semana se enfrentará al líder de la liga.

            En las elecciones autonómicas, el partido del presidente obtuvo cerca de un tercio de los votos, según los primeros resultados. Sigue siendo la fuerza más votada, pero pierde la mayoría absoluta y necesitará un socio para gobernar. La participación apenas llegó al sesenta por ciento, menos que hace cinco años.

            Las fuertes lluvias han provocado inundaciones en el sur del país. Cientos de viviendas se quedaron sin luz y varias carreteras y líneas de ferrocarril tuvieron que cerrarse. Los bomberos rescataron a conductores atrapados por la crecida del agua. La agencia de meteorología pide precaución y recomienda no viajar salvo en caso de necesidad.
            """,
        // Italian
        ["it"] = """
            Il governo ha annunciato martedì che destinerà due miliardi di euro in più a ospedali e scuole nei prossimi tre anni. Il ministro dell’Economia ha spiegato in Parlamento che i fondi arriveranno da risparmi in altri ministeri e da un aumento delle tasse per le grandi imprese. L’opposizione ha definito il piano insufficiente e tardivo. «Lo chiediamo dalle ultime elezioni», ha dichiarato un rappresentante sindacale. Secondo lui, i cittadini vogliono vedere risultati e non nuove promesse.

            Il principale produttore di automobili del Paese ha venduto l’anno scorso molte meno vetture del previsto. L’azienda attribuisce il calo alla debole domanda in Europa e ai problemi nelle forniture di componenti provenienti dall’Asia. Circa mille posti di lavoro saranno tagliati entro la fine dell’anno, una decisione che i sindacati hanno subito contestato.

            Davanti a oltre quarantamila spettatori, la squadra di casa ha vinto per tre a due. L’allenatore ha elogiato il carattere dei suoi giovani giocatori, che non si sono mai arresi nonostante lo svantaggio all’intervallo. Domenica prossima la squadra affronterà la capolista del campionato.

            Alle elezioni regionali il partito del presidente ha ottenuto circa un terzo dei voti, secondo i primi risultati. Resta il primo partito ma perde la maggioranza e dovrà cercare un alleato per governare. L’affluenza si è fermata a poco meno del sessanta per cento, più bassa rispetto a cinque anni fa.

            Le forti piogge hanno provocato allagamenti nel sud del Paese. Centinaia di case sono rimaste senza corrente e diverse strade e linee ferroviarie sono state chiuse. I vigili del fuoco hanno soccorso automobilisti bloccati dall’acqua. La protezione civile invita alla prudenza e sconsiglia gli spostamenti non necessari.
            """,
    };
}
