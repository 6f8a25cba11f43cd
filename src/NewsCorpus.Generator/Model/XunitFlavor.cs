using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace NewsCorpus.Generator.Model;

/// <summary>Which xunit, if any, the compilation references: the generated data attribute derives from its <c>DataAttribute</c>.</summary>
internal enum XunitFlavor
{
    None,

    /// <summary>xunit 2: <c>Xunit.Sdk.DataAttribute</c> in xunit.core, <c>IXunitSerializable</c> in xunit.abstractions.</summary>
    V2,

    /// <summary>xunit.v3: <c>Xunit.v3.DataAttribute</c> in xunit.v3.core, <c>IXunitSerializable</c> in xunit.v3.common.</summary>
    V3,
}

internal static class XunitFlavors
{
    /// <summary>
    /// The flavour the referenced assemblies name. Reading their names is far cheaper than looking a type up in every
    /// reference, and the answer is one value, so a code edit re-runs nothing downstream.
    /// </summary>
    public static XunitFlavor Of(IEnumerable<AssemblyIdentity> referencedAssemblies)
    {
        bool core = false, abstractions = false, v3Core = false, v3Common = false;
        foreach (var identity in referencedAssemblies)
        {
            switch (identity.Name)
            {
                case "xunit.core": core = true; break;
                case "xunit.abstractions": abstractions = true; break;
                case "xunit.v3.core": v3Core = true; break;
                case "xunit.v3.common": v3Common = true; break;
            }
        }

        return v3Core && v3Common ? XunitFlavor.V3 : core && abstractions ? XunitFlavor.V2 : XunitFlavor.None;
    }
}
