namespace GraphBuilder.Bolt.Internal.Protocol;

internal static class RequestTag
{
    public const byte Init = 0x01; // HELLO from Bolt 3
    public const byte Goodbye = 0x02;
    public const byte AckFailure = 0x0E;
    public const byte Reset = 0x0F;
    public const byte Run = 0x10;
    public const byte Begin = 0x11;
    public const byte Commit = 0x12;
    public const byte Rollback = 0x13;
    public const byte Discard = 0x2F; // DISCARD_ALL before Bolt 4
    public const byte Pull = 0x3F; // PULL_ALL before Bolt 4
    public const byte Logon = 0x6A;
    public const byte Logoff = 0x6B;
}

internal enum ResponseKind : byte
{
    Success = 0x70,
    Record = 0x71,
    Ignored = 0x7E,
    Failure = 0x7F,
}

internal readonly record struct Response(ResponseKind Kind, Dictionary<string, object?>? Metadata, object?[]? Fields)
{
    public static readonly Dictionary<string, object?> EmptyMetadata = new();

    public Dictionary<string, object?> MetadataOrEmpty => Metadata ?? EmptyMetadata;
}

internal static class Failures
{
    public static Neo4jException ToException(Dictionary<string, object?>? metadata)
    {
        var code = metadata?.GetValueOrDefault("code") as string ?? "Neo.DatabaseError.General.UnknownError";
        var message = metadata?.GetValueOrDefault("message") as string ?? "The server reported a failure without a message.";
        if (code is "Neo.ClientError.Security.Unauthorized" or "Neo.ClientError.Security.AuthenticationRateLimit" or "Neo.ClientError.Security.CredentialsExpired")
        {
            return new AuthenticationException(code, message);
        }

        return code.Split('.') switch
        {
            [_, "ClientError", ..] => new ClientException(code, message),
            [_, "TransientError", ..] => new TransientException(code, message),
            [_, "DatabaseError", ..] => new DatabaseException(code, message),
            _ => new Neo4jException(code, message),
        };
    }
}
