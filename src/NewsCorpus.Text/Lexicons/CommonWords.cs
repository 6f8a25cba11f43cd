using System;
using System.Collections.Generic;

namespace NewsCorpus.Text.Lexicons;

/// <summary>
/// The commonest words of each language's news prose, commonest first, written from knowledge of the
/// language (function words, then the words news repeats most, then more of its everyday vocabulary).
/// Language identification reads a word's rank as its frequency (the n-th commonest word is about n
/// times rarer than the first) and learns the language's spelling from the whole list, so the order
/// of the first few hundred matters and the rest adds spellings. Words shared by several languages
/// ("la", "e", "in") are fine. Write words as <c>LanguageWords</c> reads them: lower case, an
/// apostrophe only on a short elided word or clitic ("l'", "qu'", "'s", "'t"). Names that every
/// language writes alike ("London", "Trump") do not belong here: they say nothing about the language.
/// </summary>
internal static class CommonWords
{
    /// <summary>Language code → its commonest words, commonest first.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> ByLanguage = new Dictionary<string, string[]>
    {
        // English
        ["en"] = Ranked("""
            the of and to a in that is for on was said with he it as at by from his 's be have has are but were not this they an had
            which who will its been their would after about one we also up more out new two there when i you she her all or than
            over first can into last people other some time could government them what if years year so no just 't like three world
            because most only told while our before him back being against made under state president police million should
            officials may do many now such those us week since any both then these between during where well how per did through
            former still make high city country day take way even down much including national called however home minister party
            public support next number four five part own left second group here around very get off end security money again market
            women men children family work company court war health show law game team club season win match film music phone online
            data firm shares prices sales growth economy bank business deal plan report according my me your going want think know
            see go went came come say asked 're 'll 've 'm 'd added ministers election elections campaign candidate candidates
            voters vote votes parties leader leaders labour conservative democrats republicans republican democratic senate congress
            house parliament committee council judge laws case officers officer attack attacks killed death deaths died injured
            hospital service services patients doctors nurses school schools students education university parents families man
            woman companies firms businesses markets investors profits profit economic price rates rate interest inflation banks
            cash budget tax taxes spending jobs workers unemployment industry oil gas energy power plans agreement talks trade
            military forces troops peace countries nation international foreign european american british chinese russian town area
            region states south north east west month months today yesterday monday tuesday wednesday thursday friday saturday
            sunday january february march april june july august september october november december morning night times numbers
            figures reports statement spokesman spokeswoman official expected announced reported believed following without another
            several whether although already almost really always never something nothing everything everyone anyone someone nobody
            little large small great big long young old different important possible private political social general local major
            latest recent early late low hard free full real sure clear likely able right wrong good better best bad worse worst
            need needs needed wanted wants help helped making taken taking give given giving keep kept find found thought known
            shown shows showed call calls become became coming gone got getting put run running set tell telling ask asking saying
            says use used using worked working play played playing won winning lose lost games teams player players coach manager
            cup league title goal goals final films movie band song album star stars award awards television tv radio channel series
            book books internet website users software computer phones mobile technology digital video network within across along
            among behind below beside beyond inside outside near upon toward towards throughout despite unless though yet either
            neither nor whose whom whatever whenever wherever everywhere somewhere anywhere nowhere perhaps maybe quite rather
            enough often sometimes usually recently currently finally actually especially particularly probably certainly clearly
            simply nearly mostly largely widely strongly directly officially publicly quickly slowly easily fully highly deeply
            heavily sharply badly seriously together instead therefore meanwhile otherwise ahead away forward later earlier soon
            once twice chairman chief executive director secretary governor mayor senator lawmakers politicians administration
            authorities agency department ministry office board members member staff employees union unions customers consumers
            residents citizens supporters critics opponents experts analysts researchers scientists journalists reporters lawyers
            prosecutors victims suspects prisoners soldiers refugees immigrants immigration migrants border borders accused
            allegations charges charged arrested arrest trial sentenced prison jail crime crimes violence shooting shot gun guns
            weapons bomb explosion fire crash accident disaster flood floods storm earthquake announcement approved approval
            rejected decision decisions agreed signed proposal proposals policy policies reform reforms legislation bill bills
            measure measures rules regulation regulations investigation inquiry hearing evidence review increase increased increases
            rise rising rose fell falling fall drop dropped cut cuts cutting raised raise growing grew grown higher lower biggest
            largest smallest strongest weakest billion millions billions dollars pounds percent quarter half dozen hundreds
            thousands campaigning endorsed endorsement nomination nominee primary primaries debate debates rally rallies poll polls
            polling ballot turnout victory defeat seat seats majority minority revenue revenues earnings losses debt debts loans
            mortgage housing homes property rent wages salary pensions benefits costs cost costly expensive cheap happened happening
            happens began begun beginning started starting start ended ending finished continue continued continues remained remains
            remain appeared appears seemed seems looked looking looks felt feel feeling believe argued argues claimed claims warned
            warns suggested suggests described describes explained explains insisted admitted denied confirmed refused tried trying
            tries hoped expects planned planning decided managed allowed allowing prevent prevented received receiving returned
            moved moving changed changing opened opening closed closing built bought selling sold paid paying spent spend offered
            offering provided providing produced producing created creating developed developing reached reaching faced facing
            included involved caused causing killing dying helping leaving led leading lead held holding hold beat beaten scored
            scoring signing joined joining question questions answer problem problems issue issues matter reason reasons result
            results effect effects impact chance choice position situation conditions crisis risk risks
            """),
        // Albanian; the line that starts with "eshte" holds common words as they are often typed online, without ë and ç
        ["sq"] = Ranked("""
            të në e dhe për i që me se një nga është u ka nuk do si ne janë tha më por edhe ai ky kjo kanë ishte jo pas deri ajo ata
            ato ose mund sipas kur vetëm tij saj tyre këtë atë cili cila cilët këto shumë gjithë tjetër tjera dy tre vit vitit viti
            vjet sot dje qeveria qeverisë kryeministri ministri presidenti kosovës kosova shqipërisë shqipëria prishtinë tiranë
            vendit vend policia policisë ku kështu mes midis prej rreth mbi nën pa gjatë përmes tek te së sa s' t' 'i duhet thënë
            thotë thanë deklaroi shtoi theksoi bëri bërë mirë ndër pra ndërsa megjithatë sepse nëse atëherë aty këtu tani pasi para
            kundër drejt jashtë brenda ishin kishte kemi keni kam jam jemi qenë pasur po ende asnjë disa çdo gjë njerëzit qytetarët
            qytetit ditë ditën javë muaj muajit orë herë pjesë punë punës ligji ligjit kuvendi kuvendit partia partisë zgjedhjet
            zgjedhjeve opozita opozitës marrëveshja marrëveshjen bashkimit evropian amerikan serbisë serbia fund fundit parë madh
            madhe ri re lekë euro milionë qind
            eshte nje per jane kane kete keto shume gjithe tjeter vetem gjate ndersa keshtu cdo qeverise thene pergjate mire pse
            ta atij asaj tonë juaj im yt shtet shtetit kryetari komunës ndaj lidhje rast rastin qeverinë ministrit ministrja
            kryeministrit presidentit presidentja fushata kandidati kandidatët votuesit votat partitë lideri liderët kreu
            demokratike socialiste deputetët deputetit komisioni gjykata gjykatës gjyqtari rasti zyrtarët zyrtari sulmi vrasja
            vdekja vdiq vdekur plagosur spitali spitalit shëndetësisë pacientët mjekët shkolla shkollat nxënësit studentët arsimi
            universiteti fëmijët prindërit familja familjet gratë burrat kompania kompanitë biznesi bizneset tregu tregut çmimet
            çmimi rritja ekonomia ekonomisë buxheti taksat paratë punëtorët papunësia industria energjia energjisë rryma plani
            planet bisedimet tregtia siguria ushtria luftë lufta paqja vendi vendet shteti shtetet kombëtare ndërkombëtare bota
            evropa evropiane amerika amerikane shqiptare shqiptarët beogradi tirana prishtina qyteti qytetin komuna rajoni jugu
            veriu lindja perëndimi java muaji muajt vitet nesër mëngjes mbrëmje hënë martë mërkurë enjte premte shtunë diel janar
            shkurt mars prill maj qershor korrik gusht shtator tetor nëntor dhjetor koha numri raporti deklarata zëdhënësi pritet
            njoftoi përfshirë ndërmjet megjithëse tashmë pothuajse vërtet gjithmonë kurrë diçka asgjë gjithçka dikush askush vogël
            vjetër ndryshe rëndësishme mundur publik privat politik social përgjithshme lokale kryesor ish hershëm vonë lartë ulët
            lirë plotë vërtetë sigurt qartë nevojë bëjë marrë dhënë mbajtur gjetur menduar ditur treguar quajtur ardhur shkuar vënë
            kërkuar përdorur punuar luajtur fituar humbur ndeshja ndeshjen lojtarët ekipi klubi trajneri sezoni kampionati golat
            goli filmi muzika kënga albumi çmimin televizioni radio libri interneti përdoruesit telefoni teknologjia dhënat rrjeti
            afër larg përpara prapa sipër poshtë gjithashtu sidomos veçanërisht ndoshta sigurisht shpesh ndonjëherë zakonisht
            menjëherë shpejt ngadalë bashkë përsëri akoma madje prandaj ndërkohë përndryshe shpejti ndërkaq drejtori drejtoresha
            sekretari guvernatori ambasadori zëvendëskryeministri deputeti deputetja këshilltari anëtarët stafi punonjësit klientët
            konsumatorët banorët mbështetësit kritikët ekspertët analistët studiuesit shkencëtarët gazetarët avokatët prokurorët
            viktimat dyshuarit burgosurit ushtarët refugjatët emigrantët kufiri kufirin akuzohet akuzuar akuza arrestuar arrestimi
            gjykimi dënuar burg burgu krimi krime dhuna shtëna armë armët shpërthim zjarri aksident aksidenti fatkeqësi tërmet stuhi
            përmbytje miratoi miratuar miratimi refuzoi vendim vendimi vendimet dakord nënshkroi nënshkruar propozim propozimi
            politika politikat reformë reforma reformat legjislacioni projektligji masat rregullat hetim hetimi seancë prova
            rishikim rritje rritur rriten rënie ra ulje ulur shkurtim shkurtime ngritur madhi madhja miliardë përqind çerek gjysmë
            qindra mijëra ardhurat fitimet humbjet borxhi kreditë banesat pronat qiraja pagat pagave pensionet kostoja kostot
            shtrenjtë ndodhi ndodh filloi filluar fillon përfundoi përfunduar vazhdoi vazhduar vazhdon mbeti mbetur duket dukej
            ndjen beson besojnë argumentoi pretendoi paralajmëroi sugjeroi përshkroi shpjegoi insistoi pranoi mohoi konfirmoi provoi
            donte shpresonte priste planifikoi vendosi lejoi parandaloi mori morën ktheu kthye lëvizi ndryshoi hapi mbylli ndërtoi
            bleu shiti pagoi shpenzoi ofroi siguroi prodhoi krijoi zhvilloi arriti përball përfshiu shkaktoi vrau ndihmoi la
            udhëhoqi mbajti mundi shënoi bashkua pyetja pyetjet përgjigja problemi problemet çështja çështjet arsyeja rezultati
            rezultatet efekti ndikimi zgjedhja
            """),
        // German
        ["de"] = Ranked("""
            der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie
            nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor zur bis mehr durch man sein
            wurde sei kann gegen vom schon wenn habe seine ihre dann unter wir soll ich eines jahr jahren zwei drei ihr seiner alle
            wieder zeit uns diese dieser diesem diesen nun sagte sagt hatte hätte keine kein neue neuen ersten deutschland deutschen
            bundesregierung regierung polizei prozent millionen milliarden euro menschen stadt land landes laut seit etwa rund beim
            damit jedoch sowie bereits heute gestern morgen während zwischen weil ob wo denn doch sehr viele vielen immer ganz gibt
            geht gut dort hier wurden worden waren sollen müssen können will wollen ihm ihn ihnen ihrer dabei dazu darauf dafür
            davon daher also ab ohne weiter mann frau kinder partei präsident minister bundeskanzler wahl krieg unternehmen
            mitarbeiter sprecher angaben zufolge erklärte teilte betonte hinzu sowohl dessen deren denen dieses jetzt mal nichts
            etwas selbst anderen andere großen weitere ministerin präsidentin wahlen wahlkampf kandidat kandidaten wähler stimmen
            parteien vorsitzende opposition bundestag bundesrat landtag ausschuss gericht richter gesetz fall beamte angriff
            anschlag getötet tod tote starb verletzt verletzte krankenhaus gesundheit patienten ärzte schule schulen schüler
            studenten universität eltern familie familien frauen männer leute konzern firma wirtschaft markt aktien anleger gewinn
            gewinne umsatz wachstum preise zinsen inflation bank banken geld haushalt steuern ausgaben arbeitsplätze arbeitnehmer
            arbeitslosigkeit industrie öl gas energie strom pläne plan abkommen verhandlungen gespräche handel sicherheit militär
            soldaten truppen frieden staat staaten länder nation international ausland welt europa europäische europäischen amerika
            amerikanische usa russland china dorf region gemeinde süden norden osten westen woche monat monate jahre montag dienstag
            mittwoch donnerstag freitag samstag sonntag januar februar märz april mai juni juli august september oktober november
            dezember abend nacht zahl bericht erklärung sprecherin mitteilung kündigte hatten hätten könnte könnten sollte sollten
            müsse wolle werde würde würden gegeben gemacht genommen gesagt gefunden gezeigt gekommen gegangen gestellt gefordert
            gespielt gewonnen verloren spiel spiele spieler mannschaft verein trainer saison liga tor tore titel film musik lied
            preis fernsehen sender buch internet nutzer computer handy telefon technologie daten netz größte kleine neuer neues
            alten wichtig wichtige möglich öffentlichen politischen sozialen lokale ehemalige letzten frühen späten hohen niedrigen
            freien vollen klar wahrscheinlich richtig falsch besser schlecht innerhalb außerhalb neben hinter oberhalb unterhalb
            trotz wegen statt gegenüber entlang außerdem besonders vielleicht sicherlich oft manchmal meistens sofort schnell
            langsam zusammen wiederum trotzdem deshalb deswegen inzwischen ansonsten zuvor später früher bald einmal zweimal
            vorsitzender geschäftsführer direktor sekretär gouverneur bürgermeister abgeordnete abgeordneten politiker verwaltung
            behörden behörde ministerium amt vorstand mitglieder mitglied personal beschäftigte kunden verbraucher einwohner bürger
            anhänger kritiker experten analysten forscher wissenschaftler journalisten reporter anwälte staatsanwaltschaft opfer
            verdächtige häftlinge flüchtlinge einwanderung migranten grenzen vorwürfe anklage angeklagt festgenommen festnahme
            prozess verurteilt gefängnis haft verbrechen gewalt schüsse waffe waffen bombe explosion brand feuer absturz katastrophe
            hochwasser sturm erdbeben angekündigt genehmigt abgelehnt entscheidung entscheidungen vereinbart vereinbarung
            unterzeichnet vorschlag vorschläge politik reform reformen gesetzentwurf maßnahmen regeln vorschriften ermittlungen
            untersuchung anhörung beweise überprüfung erhöht erhöhung anstieg gestiegen stieg gesunken sank fiel rückgang kürzungen
            gekürzt wachsend wuchs höher niedriger größten kleinsten stärksten schwächsten milliarde million dollar prozentpunkte
            viertel hälfte dutzend hunderte tausende geschah passiert begann begonnen angefangen endete beendet fortgesetzt blieb
            bleibt schien scheint fühlte glaubt glauben argumentierte behauptete warnte schlug beschrieb erklärt bestand gab
            bestritt bestätigte weigerte versuchte wollte hoffte erwartet erwartete plante beschloss erlaubte verhinderte erhielt
            erhalten kehrte zog änderte öffnete schloss baute kaufte verkaufte zahlte bezahlt verbrachte bot stellte produzierte
            schuf entwickelte erreichte stand umfasste verursachte tötete half verließ führte hielt gewann erzielte trat frage
            fragen antwort problem probleme thema themen
            """),
        // French
        ["fr"] = Ranked("""
            de la le et les l' d' des à en un une du que est pour qui dans a par sur au il pas plus ne se ce avec sont été son elle
            ont qu' n' s' c' mais aux ou sa ses leur leurs nous vous ils elles on cette comme tout tous être fait faire y après
            avant selon lors entre contre sans sous depuis dont où si aussi bien très encore déjà même autre autres deux trois
            premier première ans année années jour jours fois mois monde pays français française gouvernement président ministre
            police millions milliards euros ville état politique parti élection élections guerre entreprise société déclaré affirmé
            indiqué expliqué estimé ajouté souligné était avait avaient sera seront serait peut doit eu dit lui moins j' 'il 'un
            'une 'a 'y 'en 'elle fin nouveau nouvelle nouveaux grand grande cas partie notamment ainsi alors donc cependant
            toutefois car parce quand tandis lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd hui ces cet celui
            celle ceux chez vers plusieurs personnes an avoir peu beaucoup dire ministres présidente campagne candidat candidats
            électeurs vote votes partis dirigeant dirigeants opposition assemblée sénat députés commission tribunal juge justice loi
            lois affaire policiers attaque attentat tué tués mort morts décès blessé blessés hôpital santé patients médecins école
            écoles élèves étudiants université enfants parents famille familles femmes hommes gens entreprises marché bourse actions
            investisseurs bénéfices chiffre affaires croissance économie économique prix taux intérêt inflation banque banques
            argent budget impôts dépenses emplois salariés chômage industrie pétrole gaz énergie électricité projet projets accord
            négociations discussions commerce sécurité armée soldats troupes paix états nation nationale internationale étranger
            europe européenne européens amérique américain américaine unis russie chine village région commune sud nord ouest
            semaine janvier février mars avril mai juin juillet août septembre octobre novembre décembre matin soir nuit temps
            nombre rapport déclaration porte parole communiqué annoncé seraient pourrait pourraient devrait doivent faite faits pris
            donné trouvé montré venu allé mis demandé joué gagné perdu match matchs joueur joueurs équipe club entraîneur saison
            championnat but buts titre film musique chanson album télévision chaîne livre internet utilisateurs ordinateur téléphone
            technologie données réseau petit petite nouvelles importante possible publique sociale locale ancien dernier dernière
            premiers haute basse libre pleine clair probable vrai faux bon meilleur mauvais parmi derrière devant dessus dessous
            près loin malgré pendant envers également surtout doute souvent parfois généralement aussitôt vite lentement ensemble
            pourtant néanmoins désormais ensuite auparavant bientôt directeur directrice secrétaire gouverneur maire sénateur élus
            politiciens administration autorités agence ministère bureau conseil membres membre personnel employés syndicat clients
            consommateurs habitants citoyens partisans critiques experts analystes chercheurs scientifiques journalistes avocats
            procureur victimes suspects détenus réfugiés immigration migrants frontière accusé accusés accusations inculpé arrêté
            arrestation procès condamné prison crime crimes violences fusillade tirs arme armes bombe explosion incendie feu
            collision catastrophe tempête séisme adopté approuvé rejeté décision décisions convenu signé proposition propositions
            réforme réformes législation mesures règles réglementation enquête audition preuves examen hausse augmentation augmenté
            progressé baisse baissé chuté recul réduit réduction coupes croissante élevé bas milliard million dollars cent quart
            moitié douzaine centaines milliers arrivé passé commencé débuté terminé fini continué poursuivi resté reste semblait
            semble pense croit estime affirmait prétend averti suggéré décrit insisté admis reconnu nié confirmé refusé essayé voulu
            espéré attendu prévu décidé permis empêché reçu revenu retourné changé ouvert fermé construit acheté vendu payé dépensé
            offert fourni produit créé développé atteint face inclus provoqué aidé quitté mené tenu battu marqué rejoint question
            questions réponse problème problèmes sujet raison raisons résultat effet effets impact chance choix position situation
            conditions crise risque risques menace peur inquiétude espoir pression soutien intérêts droits liberté pouvoir contrôle
            """),
        // Spanish
        ["es"] = Ranked("""
            de la que el en y a los del se las por un para con no una su al lo es como más pero sus le ya o fue este ha sí porque
            esta son entre cuando muy sin sobre también me hasta hay donde quien desde todo nos durante todos uno les ni contra
            otros ese eso ante ellos e esto mí antes algunos qué unos yo otro otras otra él tanto esa estos mucho quienes nada
            muchos cual poco ella estar estas algunas algo nosotros según tras además así después año años día días vez veces
            gobierno presidente ministro policía país españa millones euros ciudad estado partido elecciones guerra empresa dijo
            afirmó aseguró explicó señaló indicó añadió había han sido será sería puede pueden debe tiene tienen hace hizo fueron
            está están era eran nuevo nueva nuevos primer primera parte caso sólo solo mientras aunque sino pues lunes martes
            miércoles jueves viernes sábado domingo ayer hoy cuyo dos tres personas mayor menos cada hacer ministra presidenta
            campaña candidato candidatos votantes voto votos partidos líder líderes oposición congreso senado diputados comisión
            tribunal juez justicia ley leyes agentes ataque atentado muerto muertos muerte murió herido heridos hospital salud
            pacientes médicos escuela escuelas alumnos estudiantes universidad niños padres familia familias mujeres hombres gente
            empresas compañía mercado bolsa acciones inversores beneficios ventas crecimiento economía económica precios tipos
            interés inflación banco bancos dinero presupuesto impuestos gasto empleo trabajadores paro industria petróleo gas
            energía electricidad plan planes acuerdo negociaciones conversaciones comercio seguridad ejército soldados tropas paz
            estados países nación nacional internacional extranjero mundo europa europea europeos américa estadounidense unidos
            rusia china pueblo región municipio sur norte oeste semana mes meses enero febrero marzo abril mayo junio julio agosto
            septiembre octubre noviembre diciembre mañana tarde noche tiempo número informe declaración portavoz comunicado anunció
            declaró consideró subrayó habían serían podría podrían debería deben hecho tomado dado dicho encontrado mostrado llegado
            ido puesto pedido jugado ganado perdido jugador jugadores equipo club entrenador temporada liga gol goles título
            película música canción disco premio televisión cadena libro internet usuarios ordenador teléfono tecnología datos red
            pequeño grande pequeña nuevas importante posible pública política social local antiguo último última primeros alta baja
            libre plena claro probable verdad falso bueno mejor malo peor dentro fuera cerca lejos detrás delante encima debajo pese
            mediante hacia incluso especialmente quizá quizás seguramente frecuentemente menudo normalmente enseguida rápidamente
            lentamente juntos embargo luego pronto todavía director directora secretario gobernador alcalde alcaldesa senador
            diputado políticos administración autoridades agencia ministerio oficina consejo miembros miembro personal empleados
            sindicato clientes consumidores vecinos ciudadanos seguidores críticos expertos analistas investigadores científicos
            periodistas abogados fiscal fiscalía víctimas sospechosos presos refugiados inmigración migrantes frontera acusado
            acusados acusaciones imputado detenido detención juicio condenado cárcel prisión delito delitos violencia tiroteo
            disparos arma armas bomba explosión incendio fuego choque catástrofe tormenta terremoto aprobó aprobado rechazó
            rechazado decisión decisiones acordó firmado propuesta propuestas políticas reforma reformas legislación proyecto
            medidas normas reglamento investigación audiencia pruebas revisión subida aumento aumentó creció bajada bajó cayó caída
            descenso recorte recortes creciente alto bajo dólares ciento cuarto mitad docena cientos miles ocurrió pasó comenzó
            empezó terminó acabó continuó siguió quedó queda parecía parece cree creen argumentó sostuvo advirtió sugirió describió
            insistió admitió negó confirmó intentó quería esperaba planeaba decidió permitió impidió recibió volvió regresó cambió
            abrió cerró construyó compró vendió pagó gastó ofreció proporcionó produjo creó desarrolló alcanzó enfrentó incluyó
            causó provocó mató ayudó dejó lideró mantuvo venció marcó unió pregunta preguntas respuesta problema problemas cuestión
            cuestiones razón razones resultado efecto efectos impacto oportunidad elección posición situación condiciones crisis
            riesgo riesgos amenaza miedo preocupación esperanza presión apoyo intereses derechos libertad poder control papel
            historia
            """),
        // Italian
        ["it"] = Ranked("""
            di e il la che a in per un è non una del della i le l' si da con al lo sono dei gli come ha ma più anche nel alla questo
            delle se ad o tra dal nella sua suo ci ne mi loro essere stato stata stati state fatto fare era erano sarà sarebbe può
            possono deve hanno abbiamo ho hai cui quando dove perché però quindi ancora già molto poi prima dopo un' d' c' po'
            secondo oltre contro senza sul sulla sui degli nei agli alle dalla dalle negli ogni tutto tutti tutte altro altri altra
            altre due tre anno anni giorno giorni volta governo presidente ministro polizia paese italia italiano italiana milioni
            miliardi euro città partito elezioni guerra azienda detto spiegato dichiarato aggiunto sottolineato nuovo nuova nuovi
            primo parte caso solo mentre lunedì martedì mercoledì giovedì venerdì sabato domenica ieri oggi questa questi quello
            quella quelli dell dall nell sull all persone meno fa ministra premier campagna candidato candidati elettori voto voti
            partiti leader opposizione parlamento senato camera deputati commissione tribunale giudice giustizia legge leggi agenti
            carabinieri attacco attentato ucciso uccisi morto morti morte ferito feriti ospedale salute pazienti medici scuola
            scuole studenti università bambini genitori famiglia famiglie donne uomini gente aziende società mercato borsa azioni
            investitori utili vendite crescita economia economica prezzi tassi interessi inflazione banca banche soldi bilancio
            tasse spesa lavoro lavoratori disoccupazione industria petrolio gas energia elettricità piano progetti accordo
            trattative colloqui commercio sicurezza esercito soldati truppe pace paesi nazione nazionale internazionale estero mondo
            europa europea europei america americano uniti russia cina comune regione provincia sud nord est ovest settimana mese
            mesi domani gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre mattina sera
            notte tempo numero rapporto dichiarazione portavoce comunicato annunciato affermato sarebbero potrebbe potrebbero
            dovrebbe devono preso dato trovato mostrato arrivato andato messo chiesto giocato vinto perso partita partite giocatore
            giocatori squadra club allenatore stagione campionato gol titolo film musica canzone disco premio televisione canale
            libro internet utenti computer telefono tecnologia dati rete grande piccolo piccola nuove importante possibile pubblica
            politica sociale locale ex ultimo ultima primi alta bassa libero piena chiaro probabile vero falso buono migliore
            cattivo peggiore dentro fuori vicino lontano dietro davanti sopra sotto nonostante durante verso inoltre soprattutto
            forse certamente spesso talvolta solitamente subito rapidamente lentamente insieme tuttavia pertanto intanto frattanto
            presto comunque direttore direttrice segretario governatore sindaco senatore deputato politici amministrazione autorità
            agenzia ministero ufficio consiglio membri membro personale dipendenti sindacato clienti consumatori residenti
            sostenitori critici esperti analisti scienziati giornalisti avvocati procura vittime sospettati detenuti rifugiati
            immigrazione migranti confine accusato accusati accuse indagato arrestato arresto processo condannato carcere prigione
            reato reati violenza sparatoria spari arma armi bomba esplosione incendio fuoco scontro catastrofe tempesta terremoto
            approvato approvò respinto decisione decisioni concordato firmato proposta proposte politiche riforma riforme
            legislazione disegno misure norme regolamento indagine inchiesta udienza prove revisione aumento aumentato cresciuto
            calo calato sceso scesi diminuito taglio tagli crescente alto basso miliardo milione dollari cento quarto metà dozzina
            centinaia migliaia accaduto successo cominciato iniziato finito terminato continuato proseguito rimasto rimane sembrava
            sembra crede credono sostenuto avvertito suggerito descritto insistito ammesso negato confermato rifiutato provato
            voleva sperava previsto deciso permesso impedito ricevuto tornato cambiato aperto chiuso costruito comprato venduto
            pagato speso offerto fornito prodotto creato sviluppato raggiunto affrontato incluso causato provocato aiutato lasciato
            guidato tenuto battuto segnato domanda domande risposta problema problemi questione questioni ragione ragioni risultato
            effetto effetti impatto occasione scelta posizione situazione condizioni crisi rischio rischi minaccia paura
            preoccupazione speranza pressione sostegno interesse diritti libertà potere controllo ruolo storia futuro passato
            livello periodo sistema servizio programma sviluppo ricerca studio informazione notizie parole
            """),
    };

    /// <summary>Languages that write every noun with a capital, so that a capital inside a sentence is no sign of a name.</summary>
    public static readonly string[] CapitalizeNouns = { "de" };

    private static string[] Ranked(string words) => words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
