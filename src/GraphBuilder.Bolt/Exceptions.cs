namespace GraphBuilder.Bolt;

/// <summary>Base of all errors raised by the client; <see cref="Code"/> is the Neo4j status code when the server sent one.</summary>
public class Neo4jException : Exception
{
    public Neo4jException() : this(string.Empty, "Neo4j error") { }

    public Neo4jException(string message) : this(string.Empty, message) { }

    public Neo4jException(string message, Exception innerException) : this(string.Empty, message, innerException) { }

    public Neo4jException(string code, string message, Exception? innerException = null) : base(message, innerException)
    {
        Code = code;
    }

    public string Code { get; }

    /// <summary>True when retrying the same unit of work may succeed.</summary>
    public virtual bool IsRetriable => false;
}

/// <summary>Neo.ClientError.*: the request was wrong (syntax, constraint, ...).</summary>
public class ClientException : Neo4jException
{
    public ClientException() { }
    public ClientException(string message) : base(message) { }
    public ClientException(string message, Exception innerException) : base(message, innerException) { }
    public ClientException(string code, string message, Exception? innerException = null) : base(code, message, innerException) { }
}

/// <summary>Neo.TransientError.*: a temporary failure (deadlock, leader switch, ...), usually worth retrying.</summary>
public class TransientException : Neo4jException
{
    public TransientException() { }
    public TransientException(string message) : base(message) { }
    public TransientException(string message, Exception innerException) : base(message, innerException) { }
    public TransientException(string code, string message, Exception? innerException = null) : base(code, message, innerException) { }

    // Termination and stopped lock clients are caused by the user (or an admin), so retrying would fight them.
    public override bool IsRetriable =>
        Code is not ("Neo.TransientError.Transaction.Terminated" or "Neo.TransientError.Transaction.LockClientStopped");
}

/// <summary>Neo.DatabaseError.*: the server failed.</summary>
public class DatabaseException : Neo4jException
{
    public DatabaseException() { }
    public DatabaseException(string message) : base(message) { }
    public DatabaseException(string message, Exception innerException) : base(message, innerException) { }
    public DatabaseException(string code, string message, Exception? innerException = null) : base(code, message, innerException) { }
}

/// <summary>The server rejected the credentials.</summary>
public class AuthenticationException : ClientException
{
    public AuthenticationException() { }
    public AuthenticationException(string message) : base(message) { }
    public AuthenticationException(string message, Exception innerException) : base(message, innerException) { }
    public AuthenticationException(string code, string message, Exception? innerException = null) : base(code, message, innerException) { }
}

/// <summary>The server could not be reached or the connection was lost.</summary>
public class ServiceUnavailableException : Neo4jException
{
    public ServiceUnavailableException() { }
    public ServiceUnavailableException(string message) : base(message) { }
    public ServiceUnavailableException(string message, Exception innerException) : base(message, innerException) { }

    public override bool IsRetriable => true;
}

/// <summary>The peer does not speak Bolt (e.g. answers HTTP), no version was agreed, or a message broke the protocol.</summary>
public class ProtocolException : Neo4jException
{
    public ProtocolException() { }
    public ProtocolException(string message) : base(message) { }
    public ProtocolException(string message, Exception innerException) : base(message, innerException) { }
}
