using GraphBuilder.Testing;

namespace GraphBuilder.Bolt.Tests.Integration;

/// <summary>Every PackStream type sent as a parameter and returned by the real server through <c>RETURN $x</c>.</summary>
[Collection(Neo4jCollection.Name)]
public sealed class RoundTripTests(Neo4jFixture fixture)
{
    private async Task<object?> EchoAsync(object? value)
    {
        await using var session = fixture.Driver.AsyncSession();
        var record = await (await session.RunAsync("RETURN $x AS x", new Dictionary<string, object?> { ["x"] = value })).SingleAsync();
        return record["x"];
    }

    public static TheoryData<long> Integers => new()
    {
        0, 1, -1, -16, -17, 127, 128, -128, -129, 32767, 32768, -32768, -32769,
        int.MaxValue, (long)int.MaxValue + 1, int.MinValue, (long)int.MinValue - 1, long.MaxValue, long.MinValue,
    };

    [Theory]
    [MemberData(nameof(Integers))]
    public async Task Integers_of_every_width_round_trip(long value) => Assert.Equal(value, await EchoAsync(value));

    [Fact]
    public async Task Null_booleans_and_floats_round_trip()
    {
        Assert.Null(await EchoAsync(null));
        Assert.Equal(true, await EchoAsync(true));
        Assert.Equal(false, await EchoAsync(false));
        foreach (var value in new[] { 0.0, -1.5, double.MaxValue, double.Epsilon, double.PositiveInfinity, Math.PI })
        {
            Assert.Equal(value, await EchoAsync(value));
        }

        Assert.True(double.IsNaN((double)(await EchoAsync(double.NaN))!));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(255)]
    [InlineData(256)]
    [InlineData(65535)]
    [InlineData(65536)]
    [InlineData(300_000)] // Neo4j 3.1 refuses messages over about 1 MB: see the test below.
    public async Task Strings_of_every_size_marker_round_trip_across_chunks(int length)
    {
        var value = string.Concat(Enumerable.Range(0, length).Select(i => "aé€𝄞"[i % 4 < 3 ? i % 4 : 0]));
        Assert.Equal(value, await EchoAsync(value));
    }

    [Fact]
    public async Task Messages_too_large_for_neo4j_31_are_refused_before_sending_and_the_transaction_stays_usable()
    {
        var large = new string('a', 1_200_000);
        await using var session = fixture.Driver.AsyncSession();
        await using var transaction = await session.BeginTransactionAsync();
        if (fixture.ServerInfo.Agent.StartsWith("Neo4j/3.1", StringComparison.Ordinal))
        {
            var error = await Assert.ThrowsAsync<ArgumentException>(() => transaction.RunAsync("RETURN size($x) AS n", new Dictionary<string, object?> { ["x"] = large }));
            Assert.Contains("smaller batches", error.Message, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(1_200_000L, (await (await transaction.RunAsync("RETURN size($x) AS n", new Dictionary<string, object?> { ["x"] = large })).SingleAsync())["n"]);
        }

        Assert.Equal(1L, (await (await transaction.RunAsync("RETURN 1 AS one")).SingleAsync())["one"]);
        await transaction.CommitAsync();
    }

    [Fact]
    public async Task Unicode_strings_round_trip() =>
        Assert.Equal("Å ä ö – 中文 – 𝄞 – \u0000 end", await EchoAsync("Å ä ö – 中文 – 𝄞 – \u0000 end"));

    [Theory]
    [InlineData(0)]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(256)]
    [InlineData(65536)]
    public async Task Lists_of_every_size_marker_round_trip(int count)
    {
        var value = Enumerable.Range(0, count).Select(i => (object?)(long)i).ToList();
        Assert.Equal(value, Assert.IsType<List<object?>>(await EchoAsync(value)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(256)]
    [InlineData(70_000)]
    public async Task Maps_of_every_size_marker_round_trip(int count)
    {
        var value = Enumerable.Range(0, count).ToDictionary(i => i.ToString("x5", System.Globalization.CultureInfo.InvariantCulture), i => (object?)(long)(i % 1000));
        Assert.Equal(value, Assert.IsType<Dictionary<string, object?>>(await EchoAsync(value)));
    }

    [Fact]
    public async Task Nested_structures_round_trip()
    {
        var value = new Dictionary<string, object?>
        {
            ["list"] = new List<object?> { 1L, "two", 3.0, null, true, new List<object?> { new Dictionary<string, object?> { ["deep"] = new List<object?> { -129L } } } },
            ["map"] = new Dictionary<string, object?> { ["empty"] = new Dictionary<string, object?>(), ["none"] = new List<object?>() },
        };

        var echoed = Assert.IsType<Dictionary<string, object?>>(await EchoAsync(value));
        Assert.Equal(value["list"], echoed["list"], new DeepComparer());
        Assert.Equal(value["map"], echoed["map"], new DeepComparer());
    }

    [Fact]
    public async Task Parameter_types_are_widened_and_converted_back_by_get()
    {
        await using var session = fixture.Driver.AsyncSession();
        var record = await (await session.RunAsync(
            "RETURN $i AS i, $s AS s, $f AS f, $arr AS arr, $map AS map",
            new Dictionary<string, object?>
            {
                ["i"] = 42,
                ["s"] = (short)-7,
                ["f"] = 1.5f,
                ["arr"] = new[] { "a", "b" },
                ["map"] = new Dictionary<string, int> { ["x"] = 1 },
            })).SingleAsync();

        Assert.Equal(42, record.Get<int>("i"));
        Assert.Equal(-7L, record["s"]);
        Assert.Equal(1.5, record.Get<double>("f"));
        Assert.Equal(["a", "b"], record.Get<List<string>>("arr"));
        Assert.Equal(new Dictionary<string, int> { ["x"] = 1 }, record.Get<Dictionary<string, int>>("map"));
    }

    [Fact]
    public async Task Byte_arrays_round_trip_where_the_server_supports_them_and_are_refused_clearly_where_not()
    {
        var value = Enumerable.Range(0, 70_000).Select(i => (byte)i).ToArray();
        if (fixture.ServerInfo.Agent.StartsWith("Neo4j/3.1", StringComparison.Ordinal))
        {
            // Neo4j 3.1 drops the connection on a byte array, so the client refuses before sending anything.
            await using var session = fixture.Driver.AsyncSession();
            var error = await Assert.ThrowsAsync<ArgumentException>(() => session.RunAsync("RETURN $x AS x", new Dictionary<string, object?> { ["x"] = value }));
            Assert.Contains("3.2", error.Message, StringComparison.Ordinal);
            Assert.Equal(1L, (await (await session.RunAsync("RETURN 1 AS one")).SingleAsync())["one"]);
            return;
        }

        Assert.Equal(value, await EchoAsync(value));
    }

    [Fact]
    public async Task Temporal_and_spatial_values_round_trip_from_bolt3_and_are_refused_clearly_on_bolt1()
    {
        var values = new object[]
        {
            new DateOnly(2024, 2, 29),
            new TimeOnly(23, 59, 58, 123),
            new OffsetTime(new TimeOnly(8, 30), TimeSpan.FromHours(-5)),
            new LocalDateTime(new DateOnly(1969, 7, 20), new TimeOnly(20, 17, 40), 123_456_789),
            new DateTimeOffset(2020, 1, 1, 12, 0, 0, TimeSpan.FromHours(2)),
            new Duration(14, 3, 61, 7),
            new Point(7203, 1.5, -2.0),
            new Point(4979, 12.5, 56.0, 100.0),
        };

        if (fixture.ServerInfo.ProtocolVersion.Major == 1)
        {
            await using var session = fixture.Driver.AsyncSession();
            foreach (var value in values)
            {
                await Assert.ThrowsAsync<ArgumentException>(() => session.RunAsync("RETURN $x AS x", new Dictionary<string, object?> { ["x"] = value }));
            }

            Assert.Equal(1L, (await (await session.RunAsync("RETURN 1 AS one")).SingleAsync())["one"]);
            return;
        }

        foreach (var value in values)
        {
            Assert.Equal(value, await EchoAsync(value));
        }
    }

    [Fact]
    public async Task Nodes_relationships_and_paths_come_back_as_graph_values()
    {
        var label = Neo4jFixture.UniqueName("RoundTrip");
        await using var session = fixture.Driver.AsyncSession();
        var record = await (await session.RunAsync(
            $"CREATE p = (a:{label} {{name: $a}})-[r:KNOWS {{since: 2020}}]->(b:{label} {{name: $b}}) RETURN a, r, p",
            new Dictionary<string, object?> { ["a"] = "Alice", ["b"] = "Bob" })).SingleAsync();
        try
        {
            var a = record.Get<INode>("a");
            var r = record.Get<IRelationship>("r");
            var p = record.Get<IPath>("p");
            Assert.Equal([label], a.Labels);
            Assert.Equal("Alice", a["name"]);
            Assert.Equal(("KNOWS", 2020L, a.Id, a.ElementId), (r.Type, r["since"], r.StartNodeId, r.StartNodeElementId));
            Assert.Equal(["Alice", "Bob"], p.Nodes.Select(n => (string)n["name"]!));
            Assert.Equal(r.Id, p.Relationships.Single().Id);
            Assert.Equal(p.End.Id, p.Relationships.Single().EndNodeId);
        }
        finally
        {
            await (await session.RunAsync($"MATCH (n:{label}) DETACH DELETE n")).ConsumeAsync();
        }
    }

    private sealed class DeepComparer : IEqualityComparer<object?>
    {
        public new bool Equals(object? x, object? y) => (x, y) switch
        {
            (List<object?> a, List<object?> b) => a.Count == b.Count && a.Zip(b).All(p => Equals(p.First, p.Second)),
            (Dictionary<string, object?> a, Dictionary<string, object?> b) => a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var v) && Equals(kv.Value, v)),
            _ => object.Equals(x, y),
        };

        public int GetHashCode(object? obj) => 0;
    }
}
