using System;

namespace NewsCorpus;

/// <summary>
/// A range of UTF-16 code units in <see cref="Article.Text"/>, end exclusive. Offsets refer to the
/// article file's text exactly as decoded (byte-order mark removed), so they compare directly with
/// standoff annotations of the same file.
/// </summary>
public readonly struct TextRange : IEquatable<TextRange>
{
    /// <summary>Creates a range.</summary>
    public TextRange(int start, int end)
    {
        if (start < 0 || end < start) throw new ArgumentOutOfRangeException(nameof(end), "A range needs 0 <= start <= end.");
        Start = start;
        End = end;
    }

    /// <summary>The offset of the first code unit.</summary>
    public int Start { get; }

    /// <summary>The offset just past the last code unit.</summary>
    public int End { get; }

    /// <summary>The number of code units.</summary>
    public int Length => End - Start;

    /// <inheritdoc/>
    public bool Equals(TextRange other) => Start == other.Start && End == other.End;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TextRange other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => unchecked((Start * 397) ^ End);

    /// <inheritdoc/>
    public override string ToString() => $"[{Start}..{End})";

    /// <summary>Compares two ranges by value.</summary>
    public static bool operator ==(TextRange left, TextRange right) => left.Equals(right);

    /// <summary>Compares two ranges by value.</summary>
    public static bool operator !=(TextRange left, TextRange right) => !left.Equals(right);
}
