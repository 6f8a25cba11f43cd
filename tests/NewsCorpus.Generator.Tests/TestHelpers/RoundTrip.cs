using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Xunit;

namespace NewsCorpus.Generator.Tests.TestHelpers;

/// <summary>Emits a generated compilation, loads it, and reads articles back through the generated API.</summary>
public static class RoundTrip
{
    /// <summary>The text of the article <paramref name="id"/> of the catalog <c>Newsroom.Articles</c>, read through the generated API.</summary>
    public static string ArticleText(Compilation compilation, string id) =>
        Catalog(compilation, "Newsroom.Articles").Single(article => article.Id == id).Text;

    /// <summary>The catalog's articles, from an assembly that embeds <paramref name="resources"/> as the build targets would.</summary>
    public static IReadOnlyList<NewsCorpus.Article> Catalog(Compilation compilation, string catalogClass, params ResourceDescription[] resources) =>
        StaticProperty<IReadOnlyList<NewsCorpus.Article>>(compilation, catalogClass, "All", resources);

    /// <summary>A generated class, from the assembly the compilation emits.</summary>
    public static Type GeneratedType(Compilation compilation, string className, params ResourceDescription[] resources) =>
        Load(compilation, resources).GetType(className, throwOnError: true)!;

    /// <summary>The value of a public static property of a generated class.</summary>
    public static T StaticProperty<T>(Compilation compilation, string className, string propertyName, params ResourceDescription[] resources)
    {
        var type = Load(compilation, resources).GetType(className, throwOnError: true)!;
        return (T)type.GetProperty(propertyName)!.GetValue(null)!;
    }

    private static Assembly Load(Compilation compilation, ResourceDescription[]? resources = null)
    {
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream, manifestResources: resources);
        Assert.True(emit.Success, string.Join(Environment.NewLine, emit.Diagnostics));
        stream.Position = 0;

        // A collectible context of its own, sharing NewsCorpus.dll with the tests so Article is one type.
        var context = new AssemblyLoadContext(name: null, isCollectible: true);
        return context.LoadFromStream(stream);
    }
}
