namespace NewsCorpus.PackageTests;

/// <summary>The two articles a new user drops into corpus/: written for these tests, one English, one Albanian.</summary>
internal static class Articles
{
    public const string HarbourStrikePath = "corpus/2024-05-14-harbour-strike.txt";

    public const string HarbourStrike = """
        Harbour workers end strike after pay deal

        Dock workers at the port of Eastmouth returned to work on Tuesday after a nine-day strike over pay.

        “We did not get everything we asked for, but we got a fair deal,” union organiser Dana Reyes told reporters.

        """;

    public const string AlbanianPath = "corpus/sq/2023-01-05-takimi.txt";

    public const string Albanian = """
        Ministri i Jashtëm tha se takimi me homologun grek ishte i suksesshëm dhe se do të ketë një takim tjetër në pranverë.

        Zyrtarët thanë se bisedimet do të vazhdojnë javën e ardhshme në Tiranë. /VOA

        """;

    public static void WriteInto(string project)
    {
        DotnetCli.WriteFile(project, HarbourStrikePath, HarbourStrike);
        DotnetCli.WriteFile(project, AlbanianPath, Albanian);
    }
}
