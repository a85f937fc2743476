namespace GraphBuilder.Ingest;
