using System.CommandLine;
using GraphBuilder.Cli.Commands;

var root = new RootCommand("GraphBuilder: turns news articles into a Neo4j knowledge graph of people, organisations, places and who SUPPORTS, OPPOSES, CROSSED_INTO or CAPTURED whom")
{
    IngestCommand.Create(),
    WorkerCommand.Create(),
    QueryCommands.CreateList(),
    QueryCommands.CreateRun(),
    Neo4jCommand.Create(),
    ExtractCommand.Create(),
    EvalCommand.Create(),
    TrainCommand.Create(),
};

// Ctrl+C / SIGTERM cancel the running command; the worker's host also hears SIGTERM and finishes its batch in hand,
// so allow it that long before the process is ended regardless.
return await root.Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(30) });
