using System.Collections.Frozen;

namespace GraphBuilder.Nlp.Relations;

/// <summary>
/// Aircraft, drones and guns: "Russian warplanes and artillery had seized X" names a backer, not who took the ground,
/// so an actor named only as their owner captures and enters nothing.
/// </summary>
internal static class StandoffWeapons
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_words = FrozenSet.ToFrozenSet(
        ["warplanes", "jets", "aircraft", "planes", "drones", "artillery", "helicopters", "gunships", "airstrikes", "bombers"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    internal static bool Is(ReadOnlySpan<char> word) => s_words.Contains(word);
}
