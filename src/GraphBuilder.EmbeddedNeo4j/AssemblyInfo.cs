namespace GraphBuilder.EmbeddedNeo4j;
