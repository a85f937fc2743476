namespace GraphBuilder.Bolt.Tests;
