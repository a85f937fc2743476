using System.Buffers.Binary;
using System.Net.Sockets;

namespace GraphBuilder.EmbeddedNeo4j;

internal enum BoltProbeResult
{
    /// <summary>Nothing accepts connections on the port.</summary>
    Closed,

    /// <summary>A Bolt server agreed on one of the offered versions.</summary>
    Bolt,

    /// <summary>Something accepted the connection but did not answer as a Bolt server (e.g. HTTP, or a server still booting).</summary>
    NotBolt,
}

/// <summary>Readiness check that needs no driver: TCP connect plus the Bolt handshake (magic, four proposed versions).</summary>
internal static class BoltProbe
{
    // Offered newest first: 5.4..5.0, 4.4..4.0, 3, 1, encoded as [0, range, minor, major].
    private static readonly uint[] OfferedVersions = [0x0004_0405, 0x0004_0404, 0x0000_0003, 0x0000_0001];
    private const uint Magic = 0x6060_B017;

    public static async Task<(BoltProbeResult Result, uint AgreedVersion)> ProbeAsync(string host, int port, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            await socket.ConnectAsync(host, port, timeoutSource.Token).ConfigureAwait(false);
        }
        catch (SocketException)
        {
            return (BoltProbeResult.Closed, 0);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (BoltProbeResult.Closed, 0);
        }

        try
        {
            var request = new byte[20];
            BinaryPrimitives.WriteUInt32BigEndian(request, Magic);
            for (var i = 0; i < OfferedVersions.Length; i++)
            {
                BinaryPrimitives.WriteUInt32BigEndian(request.AsSpan(4 + (4 * i)), OfferedVersions[i]);
            }

            await socket.SendAsync(request, SocketFlags.None, timeoutSource.Token).ConfigureAwait(false);
            var response = new byte[4];
            var received = 0;
            while (received < response.Length)
            {
                var n = await socket.ReceiveAsync(response.AsMemory(received), SocketFlags.None, timeoutSource.Token).ConfigureAwait(false);
                if (n == 0)
                {
                    return (BoltProbeResult.NotBolt, 0);
                }

                received += n;
            }

            var agreed = BinaryPrimitives.ReadUInt32BigEndian(response);
            return agreed != 0 && Array.Exists(OfferedVersions, v => (v & 0xFFFF) == (agreed & 0xFFFF))
                ? (BoltProbeResult.Bolt, agreed)
                : (BoltProbeResult.NotBolt, agreed);
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return (BoltProbeResult.NotBolt, 0);
        }
    }
}
