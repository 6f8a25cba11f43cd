using System;
using System.IO;
using Xunit;

namespace NewsCorpus.Generator.Tests.TestHelpers;

/// <summary>
/// Verify-style snapshots: the accepted output lives in <c>Snapshots/NAME.verified.cs</c> beside the
/// tests; a mismatch writes <c>NAME.received.cs</c> next to it and fails. Set
/// <c>NEWSCORPUS_ACCEPT_SNAPSHOTS=1</c> to accept what was received (then review the diff in git).
/// </summary>
public static class Snapshot
{
    public const string AcceptVariable = "NEWSCORPUS_ACCEPT_SNAPSHOTS";

    /// <param name="extension">The baseline's extension: <c>.cs</c> for generated sources, <c>.txt</c> for a readable side baseline.</param>
    public static void Verify(string name, string actual, string extension = ".cs")
    {
        // The package version changes with every release; the baseline is about everything else.
        actual = System.Text.RegularExpressions.Regex.Replace(actual, "GeneratedCode\\(\"NewsCorpus.Generator\", \"[^\"]*\"\\)", "GeneratedCode(\"NewsCorpus.Generator\", \"{version}\")");
        string folder = Path.Combine(TestPaths.ProjectDirectory, "Snapshots");
        string verified = Path.Combine(folder, name + ".verified" + extension);
        string received = Path.Combine(folder, name + ".received" + extension);

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(verified, actual);
            File.Delete(received);
            return;
        }

        string? expected = File.Exists(verified) ? File.ReadAllText(verified) : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"No snapshot {verified} yet; the output is in {received}. Review it and run with {AcceptVariable}=1 to accept."
            : $"Generated source differs from {verified}; see {received}. Run with {AcceptVariable}=1 to accept the change.");
    }
}
