using System.IO;

namespace NewsCorpus.Build;

/// <summary>What a file holds, as far as the compiler is concerned.</summary>
internal enum Content
{
    /// <summary>Text the compiler reads: UTF-8, UTF-16 with a byte-order mark, or a legacy code page.</summary>
    Text,

    /// <summary>UTF-32 (little-endian) with a byte-order mark, which the compiler takes for binary; a UTF-8 copy is read instead.</summary>
    Utf32LittleEndian,

    /// <summary>UTF-32 (big-endian) with a byte-order mark, likewise.</summary>
    Utf32BigEndian,

    /// <summary>Two NUL bytes in a row outside UTF-16: the compiler refuses it as binary (CS2015).</summary>
    Binary,
}

/// <summary>Tells what a file holds.</summary>
internal static class Contents
{
    /// <summary>Reads the file once to tell what it holds; the compiler reads it whole too, so this costs a second pass over bytes the OS has cached.</summary>
    public static Content Sniff(string file)
    {
        var buffer = new byte[64 * 1024];
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
        int read = stream.Read(buffer, 0, buffer.Length);
        if (read >= 4 && buffer[0] == 0xFF && buffer[1] == 0xFE && buffer[2] == 0 && buffer[3] == 0) return Content.Utf32LittleEndian;
        if (read >= 4 && buffer[0] == 0 && buffer[1] == 0 && buffer[2] == 0xFE && buffer[3] == 0xFF) return Content.Utf32BigEndian;
        if (read >= 2 && ((buffer[0] == 0xFF && buffer[1] == 0xFE) || (buffer[0] == 0xFE && buffer[1] == 0xFF))) return Content.Text;

        bool previousWasNul = false;
        while (read > 0)
        {
            for (int i = 0; i < read; i++)
            {
                if (buffer[i] != 0) previousWasNul = false;
                else if (previousWasNul) return Content.Binary;
                else previousWasNul = true;
            }

            read = stream.Read(buffer, 0, buffer.Length);
        }

        return Content.Text;
    }
}
