namespace GraphBuilder.Nlp;
