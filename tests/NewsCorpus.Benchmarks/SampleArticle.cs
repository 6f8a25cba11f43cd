namespace NewsCorpus.Benchmarks;

/// <summary>
/// A made-up English news article (written for these benchmarks, about 5,000 characters) in the shape
/// real wire copy takes: a title, paragraphs separated by blank lines, direct quotes in several
/// conventions around cues, a nested quote, a quote running over two paragraphs, reported speech
/// ("said that", "told reporters", "according to"), apostrophes, abbreviations and a sign-off.
/// </summary>
internal static class SampleArticle
{
    public const string Text =
        "Harbour city approves flood barrier after decade of debate\n" +
        "\n" +
        "The city council of Port Averly voted on Tuesday night to build a movable flood barrier across the mouth of the Tarn estuary, ending more than ten years of argument over how to protect the low-lying harbour district from rising seas and winter storms.\n" +
        "\n" +
        "The plan, which is expected to cost about 410 million euros, passed by 27 votes to 14 after a session that ran past midnight. Mayor Helen Okafor said the decision was \u201cthe most important thing this council will do in a generation\u201d and thanked residents who had waited \u201cfar too long for an answer.\u201d\n" +
        "\n" +
        "\u201cWe have spent years studying this, commissioning reports and arguing about them,\u201d Okafor told reporters outside the town hall. \u201cTonight we stopped studying and started building. The water isn\u2019t going to wait for us.\u201d\n" +
        "\n" +
        "Opponents said that the barrier would harm fishing in the estuary and that the council had underestimated its running costs. Councillor Mark Dellow, who led the campaign against the scheme, told the chamber that the city was \u201cbetting the harbour on a machine nobody here knows how to maintain.\u201d\n" +
        "\n" +
        "According to the council\u2019s own engineering review, the barrier\u2019s gates would close on average six times a year today, but as often as forty times a year by 2070 if sea levels rise at the pace the national weather service expects. The review warned that each closure costs roughly 200,000 euros in staff, fuel and inspections.\n" +
        "\n" +
        "Dr. Ana Ruiz, a coastal engineer at the University of Westmarch who advised the council, said the figures were cautious. \u201cThe honest answer is that nobody knows exactly how fast the sea will rise here,\u201d she said. \u201cBut every serious projection points the same way, and a barrier can be raised higher later. A flooded hospital can\u2019t be un-flooded.\u201d\n" +
        "\n" +
        "Fishermen who gathered in the public gallery were less convinced. Tom Briggs, whose family has fished from the harbour for four generations, said he feared the gates would change the tides that bring fish into the estuary. \u201cThey keep telling us it\u2019s \u2018a temporary disruption\u2019,\u201d he said. \u201cMy grandfather heard the same words about the old sea wall, and half the boats were gone within five years.\u201d\n" +
        "\n" +
        "The harbour master, Priya Nandakumar, told the meeting that boats would be able to pass through the barrier except during closures, which are expected to last between six and twelve hours. She said the port authority would publish a closure timetable \u201cas soon as the tide models are finished\u201d and that no closure would be scheduled without two days\u2019 notice.\n" +
        "\n" +
        "\u201cI understand the fear,\u201d Nandakumar said. \u201cPeople here remember promises that weren\u2019t kept.\n" +
        "\n" +
        "\u201cThis time the conditions are written into the contract, and the port authority can stop the works if they aren\u2019t met.\u201d\n" +
        "\n" +
        "The national environment ministry welcomed the vote. A ministry spokesman said in a statement that the government would cover up to 60 percent of the cost, as it had promised in 2019, provided that construction starts before the end of next year. The spokesman declined to say whether the offer would survive a change of government.\n" +
        "\n" +
        "Local business groups were divided. The chamber of commerce said that insurance premiums in the harbour district had tripled since the storm of 2016 and that several firms had already moved inland. \u201cFor a shop owner on the quay, this isn\u2019t an abstract debate about climate,\u201d said its president, Louis Fabre. \u201cIt\u2019s whether you can get insurance next year.\u201d\n" +
        "\n" +
        "But the association of harbour restaurants warned that years of construction could drive visitors away. Its chairwoman, Greta Lind, said members were \u201cnot against the barrier, but against being forgotten while it\u2019s built\u201d and asked the council for a fund to compensate businesses that lose trade during the works.\n" +
        "\n" +
        "Mayor Okafor said the council would consider such a fund at its next meeting. Asked whether the city could afford it, she replied: \u201cWe can\u2019t afford the alternative. Ask anyone who was here in 2016.\u201d\n" +
        "\n" +
        "Not every resident followed the debate so closely. Outside a supermarket near the station, several shoppers said they had not known a vote was due. \"I thought they decided that years ago,\" said Irene Walsh, a retired teacher. \"Every winter somebody says it's the last winter without a barrier.\"\n" +
        "\n" +
        "According to Dellow, opponents will now ask the regional court to review the decision, arguing that the council\u2019s consultation ignored the fishing industry. He told reporters he was \u201cdisappointed but not finished.\u201d\n" +
        "\n" +
        "Construction is expected to begin next spring and take about five years. Until then, the city will keep its temporary defences, a line of steel panels that crews bolt onto the quay walls whenever a storm surge is forecast. Residents said the panels had held during the last two winters, but only just.\n" +
        "\n" +
        "\u201cLast January the water came within a hand\u2019s width of the top,\u201d said Samir Haddad, who runs a bakery two streets from the quay. \u201cMy kids asked me what we would do if it came over. I didn\u2019t have a good answer. Now, maybe, I do.\u201d\n" +
        "\n" +
        "The council will meet again on March 14 to approve the first contracts. /HCN\n";
}
