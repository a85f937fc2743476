namespace GraphBuilder.EmbeddedNeo4j;

/// <summary>
/// An exclusive lock shared by every process of this user: on Unix .NET takes an advisory <c>flock</c> for
/// <see cref="FileShare.None"/>, which the kernel releases when the holder dies, so a crash never leaves it stuck.
/// </summary>
internal sealed class CrossProcessLock : IDisposable
{
    private readonly FileStream _stream;

    private CrossProcessLock(FileStream stream) => _stream = stream;

    public static async Task<CrossProcessLock> AcquireAsync(string path, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                return new CrossProcessLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken).ConfigureAwait(false);
            }
            catch (IOException e)
            {
                throw new EmbeddedNeo4jException($"Timed out after {timeout.TotalSeconds:0}s waiting for the lock {path} held by another process", path, e);
            }
        }
    }

    public void Dispose() => _stream.Dispose();
}
