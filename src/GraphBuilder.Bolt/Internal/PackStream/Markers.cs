namespace GraphBuilder.Bolt.Internal.PackStream;

/// <summary>PackStream marker bytes (Bolt PackStream specification).</summary>
internal static class Marker
{
    public const byte TinyStringBase = 0x80;
    public const byte TinyListBase = 0x90;
    public const byte TinyMapBase = 0xA0;
    public const byte TinyStructBase = 0xB0;
    public const byte Null = 0xC0;
    public const byte Float64 = 0xC1;
    public const byte False = 0xC2;
    public const byte True = 0xC3;
    public const byte Int8 = 0xC8;
    public const byte Int16 = 0xC9;
    public const byte Int32 = 0xCA;
    public const byte Int64 = 0xCB;
    public const byte Bytes8 = 0xCC;
    public const byte Bytes16 = 0xCD;
    public const byte Bytes32 = 0xCE;
    public const byte String8 = 0xD0;
    public const byte String16 = 0xD1;
    public const byte String32 = 0xD2;
    public const byte List8 = 0xD4;
    public const byte List16 = 0xD5;
    public const byte List32 = 0xD6;
    public const byte Map8 = 0xD8;
    public const byte Map16 = 0xD9;
    public const byte Map32 = 0xDA;
    public const byte Struct8 = 0xDC;
    public const byte Struct16 = 0xDD;
}

/// <summary>Structure tag bytes for graph, temporal and spatial values.</summary>
internal static class StructTag
{
    public const byte Node = 0x4E;
    public const byte Relationship = 0x52;
    public const byte UnboundRelationship = 0x72;
    public const byte Path = 0x50;
    public const byte Date = 0x44;
    public const byte Time = 0x54;
    public const byte LocalTime = 0x74;
    public const byte LegacyDateTime = 0x46;
    public const byte LegacyDateTimeZoneId = 0x66;
    public const byte DateTime = 0x49;
    public const byte DateTimeZoneId = 0x69;
    public const byte LocalDateTime = 0x64;
    public const byte Duration = 0x45;
    public const byte Point2D = 0x58;
    public const byte Point3D = 0x59;
}
