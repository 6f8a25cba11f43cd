#if !NET5_0_OR_GREATER
namespace System.Diagnostics.CodeAnalysis;

/// <summary>
/// netstandard2.0 lacks the attribute; the trimmer recognises it by name. On <see cref="NewsCorpus.Article"/> it keeps
/// the private constants of every generated article class, which the base class reads through <c>GetType()</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class DynamicallyAccessedMembersAttribute(DynamicallyAccessedMemberTypes memberTypes) : Attribute
{
    public DynamicallyAccessedMemberTypes MemberTypes { get; } = memberTypes;
}

/// <summary>The member kinds <see cref="DynamicallyAccessedMembersAttribute"/> can keep; only the one used here.</summary>
[Flags]
internal enum DynamicallyAccessedMemberTypes
{
    NonPublicFields = 0x0080,
}
#endif
