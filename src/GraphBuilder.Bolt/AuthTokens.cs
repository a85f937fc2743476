namespace GraphBuilder.Bolt;

/// <summary>Credentials sent to the server when a connection is opened.</summary>
public interface IAuthToken
{
    /// <summary>The auth map as sent in INIT/HELLO/LOGON (scheme, principal, credentials).</summary>
    IReadOnlyDictionary<string, object?> Content { get; }
}

public static class AuthTokens
{
    public static IAuthToken None { get; } = new AuthToken(new Dictionary<string, object?> { ["scheme"] = "none" });

    public static IAuthToken Basic(string user, string password)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(password);
        return new AuthToken(new Dictionary<string, object?>
        {
            ["scheme"] = "basic",
            ["principal"] = user,
            ["credentials"] = password,
        });
    }

    private sealed class AuthToken(IReadOnlyDictionary<string, object?> content) : IAuthToken
    {
        public IReadOnlyDictionary<string, object?> Content { get; } = content;

        public override string ToString() => $"AuthToken(scheme={Content["scheme"]})";
    }
}
