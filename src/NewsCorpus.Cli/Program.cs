using System;
using NewsCorpus.Cli;
using NewsCorpus.Cli.Terminal;

// News is multilingual: write UTF-8 (without BOM) whatever the console's code page, as the README promises.
Console.OutputEncoding = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

return CorpusCommandLine.Run(args, Console.Out, Console.Error, TerminalSession.OfConsole());
