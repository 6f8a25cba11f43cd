using System;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NewsCorpus.Benchmarks;

/// <summary>
/// A summary column derived from a benchmark's input size (computed in the host process, which draws
/// the table) and, for rates, its Mean: sizes, counts, ns per unit, or MB/s.
/// </summary>
internal sealed class ThroughputColumn : IColumn
{
    public enum Kind
    {
        /// <summary>The size itself, grouped with thousands separators.</summary>
        Size,

        /// <summary>A count, as <see cref="Size"/>.</summary>
        Count,

        /// <summary>Mean nanoseconds divided by the size.</summary>
        NanosecondsPerUnit,

        /// <summary>Size in bytes / 10^6 divided by the Mean in seconds.</summary>
        MegabytesPerSecond,
    }

    private readonly Func<BenchmarkCase, long?> _size;
    private readonly Kind _kind;

    public ThroughputColumn(string name, string legend, Func<BenchmarkCase, long?> size, Kind kind)
    {
        ColumnName = name;
        Legend = legend;
        _size = size;
        _kind = kind;
    }

    public string Id => nameof(ThroughputColumn) + "." + ColumnName;

    public string ColumnName { get; }

    public string Legend { get; }

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => _kind == Kind.Size || _kind == Kind.Count ? 0 : 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        long? size = _size(benchmarkCase);
        if (size is not { } units || units <= 0) return "-";
        if (_kind is Kind.Size or Kind.Count) return units.ToString("N0", CultureInfo.InvariantCulture);

        double? meanNs = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (meanNs is not { } mean || mean <= 0) return "NA";
        return _kind == Kind.NanosecondsPerUnit
            ? (mean / units).ToString("0.00", CultureInfo.InvariantCulture)
            : (units / 1e6 / (mean / 1e9)).ToString("0.0", CultureInfo.InvariantCulture);
    }

    public override string ToString() => ColumnName;
}
