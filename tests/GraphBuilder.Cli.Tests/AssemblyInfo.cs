namespace GraphBuilder.Cli.Tests;
