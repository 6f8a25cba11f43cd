using NewsCorpus.Text.Quotes;
using Xunit;
using static NewsCorpus.Text.Tests.QuoteExtraction.QuoteChecks;
using static NewsCorpus.Text.Tests.TestText;

namespace NewsCorpus.Text.Tests.QuoteExtraction;

/// <summary>The Albanian attribution conventions (docs/annotation.md), on sentences written for the tests.</summary>
public class AlbanianReportedSpeechTests
{
    [Theory]
    [InlineData("Kryetari i komunës tha se rruga do të hapet në pranverë.", "rruga do të hapet në pranverë")]
    [InlineData("Drejtoresha e shkollës deklaroi që mësimi fillon të hënën.", "mësimi fillon të hënën")]
    public void The_complementizer_is_no_part_of_the_content(string paragraph, string content)
    {
        var article = Parse(paragraph);

        var quote = Assert.Single(article.Quotes);
        Assert.Equal(ParsedQuoteKind.Indirect, quote.Kind);
        Assert.Equal(content, Clause(quote, article));
    }

    [Theory]
    [InlineData("Kryetari i komunës ka thënë se rruga do të hapet në pranverë.", "Kryetari i komunës", "ka thënë", "rruga do të hapet në pranverë")]
    [InlineData("Ministrja i tha gazetarit se buxheti është gati.", "Ministrja", "i tha", "buxheti është gati")]
    [InlineData("Drejtori e ka konfirmuar se shkolla mbetet e mbyllur.", "Drejtori", "e ka konfirmuar", "shkolla mbetet e mbyllur")]
    [InlineData("Deputeti u shpreh se votimi ishte i drejtë.", "Deputeti", "u shpreh", "votimi ishte i drejtë")]
    [InlineData("Qeveria bëri të ditur se masat do të lehtësohen.", "Qeveria", "bëri të ditur", "masat do të lehtësohen")]
    [InlineData("Kryeministri bëri thirrje që qytetarët të votojnë të dielën.", "Kryeministri", "bëri thirrje", "qytetarët të votojnë të dielën")]
    [InlineData("Opozita kërkoi që ministri të japë dorëheqje.", "Opozita", "kërkoi", "ministri të japë dorëheqje")]
    public void Albanian_cues_take_their_auxiliaries_and_clitics(string paragraph, string speaker, string cue, string content)
    {
        var article = Parse(paragraph);

        var quote = Assert.Single(article.Quotes);
        Assert.Equal(speaker, quote.Speaker.Of(article));
        Assert.Equal(cue, quote.Cue.Of(article));
        Assert.Equal(content, Clause(quote, article));
    }

    [Theory]
    [InlineData("Ajo tha se spitali ka mjekë të mjaftueshëm, derisa shtoi se mungojnë infermierët.", "Ajo", "spitali ka mjekë të mjaftueshëm", "mungojnë infermierët")]
    [InlineData("Ministri deklaroi se tenderi ishte i rregullt, duke theksuar se ofertat u shqyrtuan dy herë.", "Ministri", "tenderi ishte i rregullt", "ofertat u shqyrtuan dy herë")]
    [InlineData("Kryetari tha se ujësjellësi do të riparohet, dhe bëri thirrje që qytetarët të kursejnë ujin.", "Kryetari", "ujësjellësi do të riparohet", "qytetarët të kursejnë ujin")]
    public void A_second_cue_joined_by_a_conjunction_is_a_statement_of_its_own_with_the_same_speaker(string paragraph, string speaker, string first, string second)
    {
        var article = Parse(paragraph);

        Assert.Equal(2, article.Quotes.Count);
        Assert.Equal(first, Clause(article.Quotes[0], article));
        Assert.Equal(second, Clause(article.Quotes[1], article));
        Assert.All(article.Quotes, q => Assert.Equal(speaker, q.Speaker.Of(article)));
    }

    [Fact]
    public void A_report_inside_a_report_gives_both_and_the_inner_speaker_keeps_its_coordinated_call()
    {
        var article = Parse("Një diplomat tha se ministri i tha homologut se vendi do ta ndihmojë fqinjin, dhe bëri thirrje që kufiri të hapet.");

        Assert.Equal(3, article.Quotes.Count);
        Assert.Contains(article.Quotes, q => q.Speaker.Of(article) == "Një diplomat"
            && Clause(q, article) == "ministri i tha homologut se vendi do ta ndihmojë fqinjin, dhe bëri thirrje që kufiri të hapet");
        Assert.Contains(article.Quotes, q => q.Speaker.Of(article) == "ministri" && Clause(q, article) == "vendi do ta ndihmojë fqinjin");
        Assert.Contains(article.Quotes, q => q.Speaker.Of(article) == "ministri" && q.Cue.Of(article) == "bëri thirrje" && Clause(q, article) == "kufiri të hapet");
    }

    [Fact]
    public void A_clitic_that_is_also_a_conjunction_does_not_cut_a_nested_report()
    {
        var article = Parse("Zyrtari tha se drejtori e kishte bërë të qartë se afati nuk do të zgjatet.");

        Assert.Contains(article.Quotes, q => q.Speaker.Of(article) == "Zyrtari" && Clause(q, article) == "drejtori e kishte bërë të qartë se afati nuk do të zgjatet");
        Assert.Contains(article.Quotes, q => q.Speaker.Of(article) == "drejtori" && Clause(q, article) == "afati nuk do të zgjatet");
    }

    [Fact]
    public void A_name_before_a_colon_in_the_headline_is_the_speaker_of_what_follows()
    {
        var article = Parse("Drejtori i spitalit: Pacientët do të trajtohen pa pagesë\nDrejtori foli për gazetën mbrëmë.");

        var quote = Assert.Single(article.Quotes);
        Assert.Equal("Drejtori i spitalit", quote.Speaker.Of(article));
        Assert.Equal(":", quote.Cue.Of(article));
        Assert.Equal("Pacientët do të trajtohen pa pagesë", Clause(quote, article));
    }

    [Theory]
    [InlineData("LAJMI I FUNDIT: Rruga nacionale mbyllet për qarkullim\nPolicia mbylli rrugën.")]
    [InlineData("Nga ora 22:30 deri në mëngjes ndalohet qarkullimi\nKomunat u njoftuan.")]
    public void A_headline_colon_gives_no_speaker_after_capitals_or_inside_a_number(string text)
    {
        var article = Parse(text);

        Assert.DoesNotContain(article.Quotes, q => q.Cue.Of(article) == ":" && q.Speaker.Of(article) is "LAJMI I FUNDIT" or "ora 22");
    }

    [Theory]
    [InlineData("Kryetari tha se projekti vazhdon.“Ne do ta përfundojmë urën këtë vit.”", "Kryetari", "Ne do ta përfundojmë urën këtë vit.")]
    [InlineData("Kryetari tha se projekti vazhdon. “Ne do ta përfundojmë urën këtë vit.”“Punëtorët janë në terren çdo ditë.”", "Kryetari", "Punëtorët janë në terren çdo ditë.")]
    [InlineData("The mayor said the bridge would reopen soon. “We are working day and night.”", "The mayor", "We are working day and night.")]
    public void A_quotation_with_no_cue_right_after_a_statement_goes_on_with_its_speaker(string paragraph, string speaker, string quoted)
    {
        var article = Parse(paragraph);

        var quote = Assert.Single(article.Quotes, q => q.Kind == ParsedQuoteKind.Direct && q.Content.Of(article.Text) == quoted);
        Assert.Equal(speaker, quote.Speaker.Of(article));
        Assert.Null(quote.Cue);
    }

    [Fact]
    public void A_quotation_glued_to_a_subheading_without_a_sentence_end_still_opens()
    {
        var article = Parse("Debati në Kuvend për buxhetin“Ne do t’i ulim taksat për bizneset e vogla”, tha ai.");

        var quote = Assert.Single(article.Quotes);
        Assert.Equal(ParsedQuoteKind.Direct, quote.Kind);
        Assert.Equal("Ne do t’i ulim taksat për bizneset e vogla", quote.Content.Of(article.Text));
        Assert.Equal("ai", quote.Speaker.Of(article));
    }

    [Theory]
    [InlineData("Me rritjen e çmimeve, Ministria e Ekonomisë, ka paralajmëruar se subvencionet do të vazhdojnë.", "Ministria e Ekonomisë", "subvencionet do të vazhdojnë")]
    [InlineData("Më pas dëshmitari Agron Krasniqi, tregoi se e kishte parë veturën.", "dëshmitari Agron Krasniqi", "e kishte parë veturën")]
    public void A_subject_set_off_by_a_comma_before_its_cue_is_the_speaker(string paragraph, string speaker, string content)
    {
        var article = Parse(paragraph);

        var quote = Assert.Single(article.Quotes);
        Assert.Equal(speaker, quote.Speaker.Of(article));
        Assert.Equal(content, Clause(quote, article));
    }

    [Fact]
    public void A_quoted_publication_after_an_inverted_cue_is_no_quote()
    {
        var article = Parse("Ministri ka thënë se reforma do të vazhdojë, shkruan “Zëri Ditor”.");

        Assert.DoesNotContain(article.Quotes, q => q.Kind == ParsedQuoteKind.Direct);
        Assert.Contains(article.Quotes, q => Clause(q, article) == "reforma do të vazhdojë");
    }

    [Fact]
    public void A_pronoun_after_sipas_is_the_source_alone()
    {
        var article = Parse("Puna e gazetares sipas saj konsiderohet e rrezikshme.");

        var quote = Assert.Single(article.Quotes);
        Assert.Equal("saj", quote.Speaker.Of(article));
    }

    [Theory]
    [InlineData("Ai për gazetën tha se mbledhja u shty.", "Ai")]
    [InlineData("Komisioni Evropian në një përgjigje ka thënë se takimi mbahet nesër.", "Komisioni Evropian")]
    [InlineData("Smith on Monday said that the vote would be delayed.", "Smith")]
    public void A_prepositional_phrase_between_subject_and_cue_is_not_the_speaker(string paragraph, string speaker)
    {
        var article = Parse(paragraph);

        Assert.Equal(speaker, Assert.Single(article.Quotes).Speaker.Of(article));
    }

    [Theory]
    [InlineData("The mayor said that the road would open in spring.", "the road would open in spring")]
    [InlineData("Der Bürgermeister sagte, dass die Straße im Frühjahr öffne.", "die Straße im Frühjahr öffne")]
    [InlineData("Kryetari tha se rruga do të hapet në pranverë.", "rruga do të hapet në pranverë")]
    public void Every_language_leaves_the_complementizer_out_of_the_content(string paragraph, string clause)
    {
        var article = Parse(paragraph);

        Assert.Equal(clause, Clause(Assert.Single(article.Quotes), article));
    }

    [Theory]
    [InlineData("Trajneri është i bindur se skuadra do të fitojë kampionatin.", "Trajneri", "është i bindur", "skuadra do të fitojë kampionatin")]
    [InlineData("Unë jam shumë e sigurt se çmimet do të bien.", "Unë", "jam shumë e sigurt", "çmimet do të bien")]
    [InlineData("Ekonomisti mendon se inflacioni do të ulet.", "Ekonomisti", "mendon", "inflacioni do të ulet")]
    public void A_belief_with_its_complementizer_is_an_attribution(string paragraph, string speaker, string cue, string content)
    {
        var article = Parse(paragraph);

        var quote = Assert.Single(article.Quotes);
        Assert.Equal(speaker, quote.Speaker.Of(article));
        Assert.Equal(cue, quote.Cue.Of(article));
        Assert.Equal(content, Clause(quote, article));
    }

    [Theory]
    [InlineData("Qyteti është i sigurt për turistët gjatë verës.")]
    [InlineData("Fermeri mendon të shesë tokën e tij në vjeshtë.")]
    public void A_belief_word_without_its_complementizer_reports_nothing(string paragraph) =>
        Assert.Empty(Parse(paragraph).Quotes);

    [Theory]
    [InlineData("Bëhet e ditur se ura do të mbyllet për dy javë.", "Bëhet e ditur", "ura do të mbyllet për dy javë")]
    [InlineData("Lojtari nuk u paraqit, sepse thuhet se ai është i lënduar.", "thuhet", "ai është i lënduar")]
    [InlineData("Gjithmonë na është thënë se dosja po shqyrtohet.", "na është thënë", "dosja po shqyrtohet")]
    public void An_impersonal_cue_gives_a_statement_with_no_speaker(string paragraph, string cue, string content)
    {
        var article = Parse(paragraph);

        var quote = Assert.Single(article.Quotes);
        Assert.Null(quote.Speaker);
        Assert.Equal(cue, quote.Cue.Of(article));
        Assert.Equal(content, Clause(quote, article));
    }

    [Fact]
    public void A_cue_joined_by_si_dhe_shares_the_subject_past_its_prepositional_phrase()
    {
        var article = Parse("Ai për radion tha se projekti u vonua, si dhe tha që fondet do të vijnë vitin tjetër.");

        Assert.Equal(2, article.Quotes.Count);
        Assert.Equal("projekti u vonua", Clause(article.Quotes[0], article));
        Assert.Equal("fondet do të vijnë vitin tjetër", Clause(article.Quotes[1], article));
        Assert.All(article.Quotes, q => Assert.Equal("Ai", q.Speaker.Of(article)));
    }

    [Fact]
    public void Po_ashtu_belongs_to_the_cue_not_the_speaker()
    {
        var article = Parse("Drejtori po ashtu ka thënë se shkolla ka nevojë për mësues.");

        var quote = Assert.Single(article.Quotes);
        Assert.Equal("Drejtori", quote.Speaker.Of(article));
    }

    [Fact]
    public void A_publication_named_in_quotation_marks_after_an_inverted_cue_is_the_source()
    {
        var article = Parse("Kryetari ka thënë se sheshi do të rregullohet, shkruan “Koha Ditore”.");

        Assert.Equal(2, article.Quotes.Count);
        var outer = Assert.Single(article.Quotes, q => q.Cue.Of(article) == "shkruan");
        Assert.Equal("“Koha Ditore”", outer.Speaker.Of(article));
        Assert.Equal("Kryetari ka thënë se sheshi do të rregullohet", Clause(outer, article));
        var inner = Assert.Single(article.Quotes, q => q.Cue.Of(article) == "ka thënë");
        Assert.Equal("sheshi do të rregullohet", Clause(inner, article));
    }

    [Fact]
    public void A_name_and_colon_glued_after_a_sentence_end_is_a_subheading_statement()
    {
        var article = Parse("Debati vazhdoi deri në mbrëmje.Gashi: Ju nuk keni bërë asgjë për fshatin“Kemi pritur shumë vite”, tha ai.");

        var heading = Assert.Single(article.Quotes, q => q.Cue.Of(article) == ":");
        Assert.Equal("Gashi", heading.Speaker.Of(article));
        Assert.Equal("Ju nuk keni bërë asgjë për fshatin", Clause(heading, article));
    }

    [Theory]
    [InlineData("Koha e ngjarjes: Ora tetë e mbrëmjes.")]
    [InlineData("Ai u kthye në shtëpi. NJOFTIM: Rruga mbyllet nesër.")]
    public void A_colon_after_words_that_are_no_name_gives_no_statement(string paragraph) =>
        Assert.Empty(Parse(paragraph).Quotes);

    [Fact]
    public void A_belief_right_after_a_complementizer_is_the_same_speakers()
    {
        var article = Parse("Ministri thekson se është i bindur që tregu do të rritet.");

        var inner = Assert.Single(article.Quotes, q => q.Cue.Of(article) == "është i bindur");
        Assert.Equal("Ministri", inner.Speaker.Of(article));
        Assert.Equal("tregu do të rritet", Clause(inner, article));
    }

    [Fact]
    public void A_cue_after_ku_shares_the_subject_and_keeps_its_own_complementizer()
    {
        var article = Parse("Drejtori ka shpjeguar arsyet e vonesës, ku ka thënë se furnizimi mungon.");

        var quote = Assert.Single(article.Quotes);
        Assert.Equal("Drejtori", quote.Speaker.Of(article));
        Assert.Equal("ka thënë", quote.Cue.Of(article));
        Assert.Equal("furnizimi mungon", Clause(quote, article));
    }

    [Fact]
    public void One_word_before_sipas_is_no_clause_the_words_after_it_are()
    {
        var article = Parse("Megjithatë, sipas të dhënave të institutit, numri i vizitorëve është rritur.");

        var quote = Assert.Single(article.Quotes);
        Assert.Equal("numri i vizitorëve është rritur", Clause(quote, article));
    }

    [Theory]
    [InlineData("Kryetarja e bashkisë, Ana Deda, ka thënë se sheshi hapet nesër. Ka thënë se punimet kushtuan shumë.", "Kryetarja e bashkisë, Ana Deda")]
    [InlineData("Ministri Leka i është përgjigjur deputetit. Ndërsa, tha se buxheti nuk ndryshon.", "Ministri Leka")]
    public void A_cue_that_opens_its_sentence_with_no_subject_goes_on_with_the_subject_before(string paragraph, string speaker)
    {
        var article = Parse(paragraph);

        var last = article.Quotes[article.Quotes.Count - 1];
        Assert.Equal(speaker, last.Speaker.Of(article));
    }

    [Fact]
    public void A_name_set_off_before_a_cue_with_a_hearer_and_a_complementizer_is_the_speaker_not_the_content()
    {
        var article = Parse("Deputetja e opozitës, Mira Hoxha, ka pyetur ministrin e financave, Arben Kola se sa para janë shpenzuar.");

        var quote = Assert.Single(article.Quotes);
        Assert.Contains("Mira Hoxha", quote.Speaker.Of(article));
        Assert.Equal("sa para janë shpenzuar", Clause(quote, article));
    }

    [Fact]
    public void A_clause_ends_before_a_connective_and_a_pronoun_that_lead_to_the_next_source()
    {
        var article = Parse("Profesori ka thënë se çmimet janë rritur, dhe kjo sipas tij, qeveria duhet të ndërhyjë.");

        Assert.Equal(2, article.Quotes.Count);
        Assert.Equal("çmimet janë rritur", Clause(article.Quotes[0], article));
        Assert.Equal("qeveria duhet të ndërhyjë", Clause(article.Quotes[1], article));
    }

    [Fact]
    public void A_connective_before_sipas_is_no_part_of_the_clause()
    {
        var article = Parse("Ata folën për dëshmitarin, ku sipas tyre, ai punonte në port.");

        var quote = Assert.Single(article.Quotes);
        Assert.Equal("ai punonte në port", Clause(quote, article));
    }

    [Fact]
    public void Sic_and_an_inverted_cue_attribute_the_words_after_the_comma()
    {
        var article = Parse("Siç thotë drejtori, shkolla do të rihapet në shtator.");

        var quote = Assert.Single(article.Quotes);
        Assert.Equal("drejtori", quote.Speaker.Of(article));
        Assert.Equal("thotë", quote.Cue.Of(article));
        Assert.Equal("shkolla do të rihapet në shtator", Clause(quote, article));
    }

    [Fact]
    public void Keshtu_and_an_inverted_cue_attribute_the_sentence_before()
    {
        var article = Parse("Tregu i ri do të hapet në pranverë. Kështu ka deklaruar kryetari i komunës.");

        var quote = Assert.Single(article.Quotes);
        Assert.Equal("kryetari i komunës", quote.Speaker.Of(article));
        Assert.Equal("ka deklaruar", quote.Cue.Of(article));
        Assert.Equal("Tregu i ri do të hapet në pranverë", Clause(quote, article));
    }

    [Fact]
    public void Raportohet_te_kete_belongs_to_the_cue_and_the_subject_before_it_is_the_speaker()
    {
        var article = Parse("Trajneri ka dhënë dorëheqje pasi raportohet të ketë thënë se lojtarët nuk e respektojnë.");

        var quote = Assert.Single(article.Quotes);
        Assert.Equal("Trajneri", quote.Speaker.Of(article));
        Assert.Equal("raportohet të ketë thënë", quote.Cue.Of(article));
        Assert.Equal("lojtarët nuk e respektojnë", Clause(quote, article));
    }

    [Fact]
    public void Raportohet_te_kete_after_a_quotation_belongs_to_the_cue()
    {
        var article = Parse("“Stadiumi do të jetë gati në maj”, raportohet të ketë thënë kjo zyrtare.");

        var quote = Assert.Single(article.Quotes);
        Assert.Equal("kjo zyrtare", quote.Speaker.Of(article));
    }
}
