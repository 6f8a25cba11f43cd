using System.Runtime.CompilerServices;

namespace NewsCorpus.Text;

/// <summary>
/// The analysis mostly runs once, in a fresh compiler process (no compiler server in CI): there, tiered
/// compilation would run its per-character and per-token loops as unoptimised, instrumented tier-0 code
/// for most of the corpus before optimising them, which cost more than the analysis itself.
/// </summary>
internal static class HotPath
{
    /// <summary>
    /// <c>MethodImplOptions.AggressiveOptimization</c>: compile the method optimised at once. netstandard2.0 does
    /// not name the value; .NET Core 3.0 and later honour it, and other runtimes ignore it.
    /// </summary>
    public const MethodImplOptions Optimize = (MethodImplOptions)512;
}
