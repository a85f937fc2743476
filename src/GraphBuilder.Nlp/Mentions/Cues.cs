using System.Collections.Frozen;

namespace GraphBuilder.Nlp.Mentions;

/// <summary>Closed word lists that cue the type of a name or stand for an actor.</summary>
internal static class Cues
{
    private static FrozenSet<string> Set(params string[] words) => FrozenSet.ToFrozenSet(words, StringComparer.OrdinalIgnoreCase);

    /// <summary>Head nouns that make a capitalised phrase an organisation ("... Units", "... Battalions").</summary>
    internal static readonly FrozenSet<string> OrganizationHeads = Set(
        "Units", "Unit", "Forces", "Force", "Brigade", "Brigades", "Army", "Front", "Party", "Council", "Battalion",
        "Battalions", "Militia", "Militias", "Movement", "Police", "Guard", "Guards", "Government", "News", "Agency",
        "TV", "Television", "Service", "Services", "Committee", "Coalition", "Alliance", "Network", "Organization",
        "Organisation", "Corps", "Division", "Regiment", "Command", "Ministry", "Parliament", "Assembly", "Union",
        "Group", "Media", "Times", "Post", "Press", "Radio", "Channel", "Institute", "Observatory", "Association",
        "Federation", "League", "Authority", "Administration", "Office", "Department", "Company", "Bureau",
        "Foundation", "Centre", "Center", "Commission", "Mission", "Agency", "Tribune", "Herald", "Journal",
        "Monitor", "Legion", "Squadron", "Regime", "Cabinet", "Senate", "Congress", "Court", "Bank", "Mobilization",
        "Mobilisation", "Cell", "Directorate", "Revolutionaries", "Fighters", "Mujahideen", "Resistance", "Jihad", "Hezbollah", "Embassy", "Consulate", "Board");

    /// <summary>Arabic words that open the names of armed groups ("Liwaa ...", "Kataib ...").</summary>
    internal static readonly FrozenSet<string> OrganizationOpeners = Set(
        "Liwaa", "Liwa", "Kataib", "Kata'ib", "Kataib", "Harakat", "Harakat", "Jaish", "Jaysh", "Jabhat", "Saraya",
        "Asaib", "Asa'ib", "Ansar", "Hizb", "Firqat", "Quwat", "Tahrir", "Faylaq", "Fawj", "Hezbollah", "Hizballah",
        "Tanzim", "Majlis", "Kata’ib", "Asa’ib", "Kataeb", "Katibat", "Alwiya", "Alwiyat", "Jamaat", "Jama'at", "Jama’at", "Hezb", "Jund");

    internal static readonly FrozenSet<string> PersonTitles = Set(
        "Colonel", "Col", "General", "Gen", "Brigadier", "Brig", "Major", "Maj", "Lieutenant", "Lt", "Captain", "Capt",
        "Sergeant", "Sgt", "Commander", "Cmdr", "Admiral", "Rear", "Marshal", "President", "Prime", "Minister", "King",
        "Prince", "Princess", "Queen", "Sheikh", "Shaikh", "Emir", "Amir", "Ayatollah", "Mullah", "Imam", "Cleric",
        "Coordinator", "Spokesman", "Spokeswoman", "Spokesperson", "Secretary", "Chief", "Director", "Envoy",
        "Ambassador", "Senator", "Sen", "Governor", "Gov", "Mayor", "Dr", "Mr", "Mrs", "Ms", "Sir", "Judge",
        "Deputy", "Chairman", "Speaker", "MP", "Lawmaker", "Representative", "Rep", "Officer", "Private", "Corporal",
        "Vice", "Foreign", "Defence", "Defense", "Interior", "Premier", "Sultan", "Crown", "Pope", "Bishop", "Patriarch",
        "Rabbi", "Haji", "Hajji", "Mufti", "Humanitarian", "Special", "Staff", "Head", "Leader", "Army", "Air", "Navy");

    /// <summary>Lower-case role nouns that introduce a named person ("spokesman Karim al-Nouri").</summary>
    internal static readonly FrozenSet<string> PersonRoles = Set(
        "spokesman", "spokeswoman", "spokesperson", "commander", "leader", "activist", "official", "minister",
        "president", "general", "colonel", "journalist", "correspondent", "analyst", "director", "chief",
        "coordinator", "envoy", "ambassador", "secretary", "adviser", "advisor", "cleric", "mayor", "governor",
        "lawmaker", "researcher", "editor", "author", "reporter", "photographer", "officer", "head", "member",
        "chairman", "deputy", "representative", "resident", "witness", "fighter", "militant", "expert", "professor",
        "author_image", "byline", "voiceover", "writer", "emir", "sheikh", "cameraman", "founder", "co-founder", "owner", "ruler",
        "negotiator", "mediator", "candidate", "prosecutor", "lawyer", "scholar", "blogger", "dissident", "defector", "businessman",
        "tycoon", "diplomat", "politician", "warlord", "strongman", "elder", "preacher");

    internal static readonly FrozenSet<string> SpeechVerbs = Set(
        "said", "says", "told", "tells", "added", "explained", "stated", "noted", "stressed", "confirmed", "announced",
        "warned", "claimed", "declared", "insisted", "argued", "wrote", "reported", "commented", "concluded", "asked",
        "continued", "affirmed", "emphasised", "emphasized", "denied", "revealed", "urged");

    /// <summary>Facilities named after a place, places of their own: "Mosul dam", "Tabqa airbase".</summary>
    internal static readonly FrozenSet<string> FacilityNouns = Set(
        "dam", "airport", "airbase", "base", "bridge", "roundabout", "crossing", "refinery", "oilfield", "port", "airfield", "harbour", "harbor");

    /// <summary>Lower-case buildings and landmarks after a name that make name and noun one place: "Fatah mosque", "Rafidain bank".</summary>
    internal static readonly FrozenSet<string> BuildingNouns = Set(
        "mosque", "church", "temple", "shrine", "cathedral", "monastery", "hospital", "university", "palace", "stadium",
        "prison", "museum", "citadel", "castle", "bank", "square", "market", "cemetery", "highway", "hotel");

    /// <summary>Capitalised heads that end a facility's own name: "the Grand Mosque", "Al-Nuri Mosque", "Tishreen Dam".</summary>
    internal static readonly FrozenSet<string> FacilityNameHeads = Set(
        "Mosque", "Church", "Temple", "Shrine", "Cathedral", "Monastery", "Hospital", "University", "Palace", "Stadium",
        "Prison", "Museum", "Citadel", "Castle", "Airport", "Airbase", "Dam", "Bridge", "Highway", "Refinery", "Square",
        "Crossing", "Airfield", "Oilfield", "Base", "Barracks", "Port", "Mountains", "Mountain", "Hills", "Valley", "Lake", "Desert", "Plain", "Plains", "River");

    /// <summary>Heads that take an "of" name: "Temple of Bel", "College of Agriculture" (places), "Ministry of Interior" (bodies).</summary>
    internal static readonly FrozenSet<string> PlaceHeadsBeforeOf = Set(
        "Temple", "Church", "Mosque", "Shrine", "Tomb", "College", "University", "Faculty", "Palace", "Citadel", "Castle",
        "Monastery", "Cathedral", "Gate", "Dome", "Hospital", "Museum", "Bridge", "Port");

    internal static readonly FrozenSet<string> OrganizationHeadsBeforeOf = Set(
        "Ministry", "Council", "Department", "Office", "Commission", "Committee", "Union", "League", "Army", "Party",
        "Front", "Brigade", "Brigades", "Battalion", "Battalions", "Bank", "Court", "Academy", "Institute", "Federation",
        "Association", "Assembly", "Movement", "Organization", "Organisation", "Agency", "Directorate", "Bureau", "Government",
        "House", "Coalition", "Alliance", "Mission", "Brotherhood", "Guardians", "Soldiers", "Partisans", "Lions", "Knights", "Forces",
        "Staff", "Guard", "Guards");

    /// <summary>Lower-case words after a name that make it a news outlet: "the Hurriyet daily", "Baghdad Today news website".</summary>
    internal static readonly FrozenSet<string> OutletNouns = Set(
        "daily", "newspaper", "weekly", "website", "broadcaster", "channel", "outlet", "tv", "television", "radio");

    /// <summary>Capitalised heads of an outlet's name after a demonym: "Iraqi News", "Syrian Times".</summary>
    internal static readonly FrozenSet<string> OutletNameHeads = Set(
        "News", "Times", "Post", "Press", "Radio", "TV", "Television", "Herald", "Tribune", "Journal", "Monitor", "Network", "Channel", "Gazette",
        "Observer", "Today", "Express", "Telegraph", "Chronicle", "Courier", "Daily", "Review", "Insider", "Star", "Voice");

    /// <summary>Offices a ministry is named after: "the Iraqi defense ministry", "Turkish foreign ministry".</summary>
    internal static readonly FrozenSet<string> MinistryPortfolios = Set(
        "defense", "defence", "interior", "foreign", "health", "oil", "finance", "justice", "information", "culture",
        "education", "electricity", "planning", "trade", "economy", "intelligence", "migration", "displacement", "transport",
        "agriculture", "water", "energy", "communications", "antiquities", "endowments", "religious", "affairs");

    /// <summary>Verbs whose object is a place: "captured Tel Skuf".</summary>
    internal static readonly FrozenSet<string> PlaceTakingVerbs = Set(
        "captured", "seized", "retook", "retaken", "recaptured", "liberated", "entered", "stormed", "took", "taken",
        "overran", "besieged", "encircled", "shelled", "reached", "capture", "seize", "retake", "recapture",
        "liberate", "enter", "storm", "captures", "seizes", "retakes", "recaptures", "liberates", "enters", "storms",
        "capturing", "seizing", "retaking", "recapturing", "liberating", "entering", "storming", "lost", "lose", "regained", "reclaimed",
        "towards", "toward", "controls", "controlled", "controlling", "overrun", "overrunning", "reclaim", "reclaiming", "regain", "regaining");

    /// <summary>Lower-case nouns after a capitalised name that make it an armed group ("Hêzên Reş forces").</summary>
    internal static readonly FrozenSet<string> ForceNouns = Set(
        "forces", "militia", "militias", "fighters", "brigade", "brigades", "battalion", "battalions", "units",
        "rebels", "group", "faction", "factions", "movement", "party", "troops", "gunmen", "militants");

    /// <summary>Arabic and Kurdish words that open place names: "Ras al-Ain", "Tal Afar", "Umm Qasr", "Wadi Barada".</summary>
    internal static readonly FrozenSet<string> ToponymOpeners = Set(
        "Ras", "Tal", "Tell", "Umm", "Wadi", "Jabal", "Jebel", "Ain", "Deir", "Kafr", "Bir", "Khirbet", "Qasr", "Jisr",
        "Beit", "Marj", "Hisn", "Tel", "Qalaat", "Tall", "Mount", "Mt", "Albu", "Lake");

    /// <summary>Nouns after a name that make it a place ("Hasakah province", "Mosul city").</summary>
    internal static readonly FrozenSet<string> PlaceHeads = Set(
        "province", "governorate", "district", "city", "town", "village", "villages", "river", "valley", "region",
        "subdistrict", "sub-district", "countryside", "desert", "mountains", "neighbourhood", "neighborhood", "canton", "hills", "crossings",
        "neighbourhoods", "neighborhoods", "districts", "county", "municipality",
        "quarter", "mountain", "camp", "plain", "plains", "lake", "island", "oasis");

    /// <summary>Nouns before "of" that make the next name a place ("the village of ...").</summary>
    internal static readonly FrozenSet<string> PlaceNounsBeforeOf = Set(
        "village", "villages", "town", "towns", "city", "cities", "province", "provinces", "district", "districts",
        "region", "governorate", "area", "areas", "outskirts", "suburb", "suburbs", "liberation", "capture",
        "countryside", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "centre",
        "center", "outskirts", "neighbourhood", "neighborhood", "recapture", "fall", "siege", "battle", "capital",
        "control", "liberation", "suburbs", "parts", "part", "heart", "gates", "edge", "entrance", "enclave", "port", "island",
        "neighbourhoods", "neighborhoods", "hamlets", "settlements", "quarters",
        "stronghold", "bastion", "hometown", "hamlet", "oasis");

    internal static readonly FrozenSet<string> PlacePrepositions = Set(
        "in", "near", "into", "outside", "around", "at", "toward", "towards", "from", "across", "inside");

    /// <summary>Compound second parts after an actor: "Iran-backed", "US-led", "SDF-held".</summary>
    internal static readonly FrozenSet<string> CompoundSuffixes = Set(
        "backed", "supported", "led", "held", "allied", "affiliated", "controlled", "linked", "sponsored", "funded",
        "armed", "trained", "aligned", "occupied", "run", "dominated", "based", "friendly", "leaning", "loyal",
        "financed", "equipped", "brokered", "style", "made", "born", "enabled", "assisted");

    /// <summary>Words that are capitalised but never names here: days, months, peoples, languages, faiths.</summary>
    internal static readonly FrozenSet<string> NeverNames = Set(
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Arabic", "English",
        "Persian", "Farsi", "Hebrew", "Ramadan", "Islam", "God", "Allah", "Kurds", "Arabs", "Sunnis", "Shias",
        "Shiites", "Shi'ites", "Shi’ites", "Muslims", "Christians", "Yazidis", "Yezidis", "Turkmens", "Druze", "Alawites", "Assyrians",
        "Jews", "Muslim", "Jihadists", "Islamists", "Caliphate", "Eid", "Islamist", "Jihadist", "Mon", "Tue", "Tues", "Wed",
        "Thu", "Thur", "Thurs", "Fri", "Jan", "Feb", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec");

    /// <summary>Nouns after a demonym that make it stand for the country as an actor ("the Iranian project").</summary>
    internal static readonly FrozenSet<string> ActorNounsAfterDemonym = Set(
        "project", "weapons", "arms", "commanders", "advisers", "advisors", "officers", "help", "support", "backing",
        "funding", "aid", "drones", "missiles", "airstrikes", "warplanes", "jets", "officials", "envoy", "diplomats", "warship", "warships",
        "artillery", "tanks", "shelling", "aircraft", "planes", "warplane", "jet", "helicopters", "gunships", "bombers", "drone",
        "airstrike", "raids", "bombardment",
        "targets", "positions", "interests", "proxies", "bases", "air", "strikes", "invasion", "incursion", "occupation",
        "intervention", "operation", "operations", "offensive");

    /// <summary>Nouns for an actor's undertaking, whose purpose ("drive to wipe out X") names whom it opposes.</summary>
    internal static readonly FrozenSet<string> CampaignNouns = Set(
        "offensive", "campaign", "assault", "operation", "drive", "bid", "push", "effort", "efforts", "mission", "battle");

    /// <summary>Nouns after a demonym that make it stand for the country as a place ("the Syrian territory").</summary>
    internal static readonly FrozenSet<string> PlaceNounsAfterDemonym = Set("territory", "soil", "airspace", "waters", "territories");

    /// <summary>Ethnic and sectarian adjectives: "Kurdish forces" is an actor, "Kurdish" alone is not an entity.</summary>
    internal static readonly FrozenSet<string> EthnicAdjectives = Set(
        "Kurdish", "Arab", "Turkmen", "Yazidi", "Yezidi", "Assyrian", "Druze", "Alawite", "Sunni", "Shia", "Shiite",
        "Shi'ite", "Shi’ite", "Shi‘ite", "Christian", "Baloch", "Pashtun", "Tajik", "Uzbek", "Circassian", "Bedouin", "Tribal", "Shabak", "Kakai", "Mandaean");
}
