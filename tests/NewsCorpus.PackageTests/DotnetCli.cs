using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;

namespace NewsCorpus.PackageTests;

/// <summary>Runs the .NET SDK as a user at a terminal would, and fails with everything it printed when it fails.</summary>
internal static class DotnetCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(8);

    public static string Run(string workingDirectory, params string[] arguments) => Execute("dotnet", workingDirectory, arguments);

    /// <summary>Runs <paramref name="program"/> and returns its standard output; throws with both outputs if it fails.</summary>
    public static string Execute(string program, string workingDirectory, params string[] arguments)
    {
        var (exitCode, output, error) = Start(program, workingDirectory, arguments);
        if (exitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {exitCode} in {workingDirectory}:\n{output}\n{error}");
        return output;
    }

    /// <summary>Runs `dotnet` where failing is the point (a test run with a failing test); returns its exit code and both outputs.</summary>
    public static (int ExitCode, string Output, string Error) RunAllowingFailure(string workingDirectory, params string[] arguments) =>
        Start("dotnet", workingDirectory, arguments);

    private static (int ExitCode, string Output, string Error) Start(string program, string workingDirectory, string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        Isolate(start.Environment);

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish in {Timeout}.");
        }

        process.WaitForExit(); // and let the output be read to its end
        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>
    /// The test host runs under `dotnet test`, whose MSBuild settings would leak into the user's builds;
    /// the user's terminal has none of them.
    /// </summary>
    private static void Isolate(IDictionary<string, string?> environment)
    {
        foreach (var name in new List<string>(environment.Keys))
        {
            if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("TESTINGPLATFORM", StringComparison.OrdinalIgnoreCase))
            {
                environment.Remove(name);
            }
        }

        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
    }

    public static void WriteFile(string directory, string relativePath, string text)
    {
        string path = Path.Combine(directory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }
}
