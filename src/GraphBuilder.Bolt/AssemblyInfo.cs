namespace GraphBuilder.Bolt;
