namespace GraphBuilder.Nlp.Tests;

/// <summary>
/// Mention detection, resolution and relations through the real pipeline (npm-provisioned lexicon and gazetteers),
/// on sentences written for these tests.
/// </summary>
public class PipelineTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    private static ArticleExtraction Extract(string body) =>
        Pipeline.Extract(new Article("test", "test.txt", null, null, null, null, body));

    private static ExtractedEntity Entity(ArticleExtraction extraction, string id) =>
        extraction.Entities.SingleOrDefault(e => e.Id == id)
        ?? throw new Xunit.Sdk.XunitException($"no entity {id}; got {string.Join(", ", extraction.Entities.Select(e => e.Id))}");

    private static ExtractedRelation? Relation(ArticleExtraction extraction, string subject, RelationPredicate predicate, string obj) =>
        extraction.Relations.SingleOrDefault(r => r.Subject == subject && r.Predicate == predicate && r.Object == obj);

    private static string Describe(ArticleExtraction extraction) =>
        string.Join("; ", extraction.Relations.Select(r => $"{r.Subject} {r.Predicate.ToWire()} {r.Object} {r.Status.ToWire()}"));

    [Fact]
    public void Gazetteer_finds_countries_cities_and_groups_with_aliases_and_coordinates()
    {
        var extraction = Extract("Daesh fighters fled Aleppo for Turkey after the YPG advanced.");

        Assert.Equal(EntityType.Organization, Entity(extraction, "isis").Type);
        Assert.Equal(EntityType.Organization, Entity(extraction, "ypg").Type);
        Assert.Equal(EntityType.Location, Entity(extraction, "turkiye").Type);
        var aleppo = Entity(extraction, "aleppo");
        Assert.Equal(EntityType.Location, aleppo.Type);
        Assert.InRange(aleppo.Latitude!.Value, 35.5, 37.0);
    }

    [Fact]
    public void Acronym_definitions_join_the_acronym_to_an_unknown_organisation()
    {
        var extraction = Extract("The Northern Liberation Brigades (NLB) shelled the town. Later the NLB withdrew.");

        var brigade = Assert.Single(extraction.Entities, e => e.Name == "Northern Liberation Brigades");
        Assert.Equal(EntityType.Organization, brigade.Type);
        Assert.Contains("NLB", brigade.Aliases);
        Assert.Equal(3, brigade.Mentions.Count);
    }

    [Fact]
    public void People_are_typed_from_titles_and_roles_and_bare_surnames_join_them()
    {
        var extraction = Extract("Militia spokesman Hamid al-Tamimi said the road was open. Tamimi added that more convoys would come.");

        var person = Assert.Single(extraction.Entities, e => e.Type == EntityType.Person);
        Assert.Equal("Hamid al-Tamimi", person.Name);
        Assert.Contains("Tamimi", person.Aliases);
    }

    [Fact]
    public void Transliteration_variants_of_a_person_are_one_entity()
    {
        var extraction = Extract("Commander Qasim Musla spoke on Monday. On Tuesday commander Qassem Mesleh spoke again.");

        var person = Assert.Single(extraction.Entities, e => e.Type == EntityType.Person);
        Assert.Contains("Qassem Mesleh", person.Aliases.Append(person.Name));
        Assert.Contains("Qasim Musla", person.Aliases.Append(person.Name));
    }

    [Fact]
    public void Places_are_typed_from_cues_and_keep_their_head_noun_form()
    {
        var extraction = Extract("Fighters entered the villages of Kharab Ashq and Tell Dibs, near Raqqa city.");

        Assert.Equal(EntityType.Location, Assert.Single(extraction.Entities, e => e.Name == "Kharab Ashq").Type);
        Assert.Equal(EntityType.Location, Assert.Single(extraction.Entities, e => e.Name == "Tell Dibs").Type);
        Assert.Contains("Raqqa city", Entity(extraction, "raqqa").Aliases);
    }

    [Fact]
    public void State_bodies_are_organisations_apart_from_their_country()
    {
        var extraction = Extract("The Turkish army shelled Afrin while the government of Turkey denied it. Turkey's government later confirmed. Turkey also closed a crossing.");

        Assert.Equal(EntityType.Organization, Entity(extraction, "turkish-army").Type);
        var government = Entity(extraction, "turkish-government");
        Assert.Contains("government of Turkey", government.Aliases.Append(government.Name));
        Assert.Contains("Turkey's government", government.Aliases.Append(government.Name));
        Assert.Equal(EntityType.Location, Entity(extraction, "turkiye").Type);
    }

    [Fact]
    public void Compounds_give_support_and_held_gives_no_capture()
    {
        var extraction = Extract("The Turkey-backed Free Syrian Army attacked the SDF outside the SDF-held town of Manbij.");

        Assert.Equal(RelationStatus.Asserted, Relation(extraction, "turkiye", RelationPredicate.Supports, "fsa")?.Status);
        Assert.NotNull(Relation(extraction, "fsa", RelationPredicate.Opposes, "sdf"));
        Assert.Null(Relation(extraction, "sdf", RelationPredicate.Captured, "manbij"));
    }

    [Fact]
    public void Capture_and_crossing_verbs_reach_coordinated_places()
    {
        var extraction = Extract("Hezbollah fighters crossed the border into Lebanon. Hamas seized the villages of Beit Lahiya and Jabalia on Friday.");

        Assert.NotNull(Relation(extraction, "hezbollah", RelationPredicate.CrossedInto, "lebanon"));
        var captured = extraction.Relations.Where(r => r.Subject == "hamas" && r.Predicate == RelationPredicate.Captured).ToList();
        Assert.Equal(2, captured.Count);
        Assert.All(captured, r => Assert.Equal(RelationStatus.Asserted, r.Status));
    }

    [Fact]
    public void Passive_backing_takes_the_agent_after_by()
    {
        var extraction = Extract("The Houthis, backed by Iran, continued the war on the Saudi-led coalition.");

        Assert.NotNull(Relation(extraction, "iran", RelationPredicate.Supports, "houthis"));
        Assert.NotNull(Relation(extraction, "houthis", RelationPredicate.Opposes, "saudi-led-coalition"));
    }

    [Theory]
    [InlineData("The PKK is ready to enter Iran.")]
    [InlineData("The PKK could enter Iran within days.")]
    [InlineData("If asked, the PKK would enter Iran.")]
    [InlineData("The PKK vows to enter Iran.")]
    public void Intended_conditional_and_possible_relations_are_hedged(string sentence)
    {
        var extraction = Extract(sentence);

        var relation = Relation(extraction, "pkk", RelationPredicate.CrossedInto, "iran");
        Assert.True(relation is not null, Describe(extraction));
        Assert.Equal(RelationStatus.Hedged, relation.Status);
    }

    [Fact]
    public void A_triple_stated_as_possible_and_as_done_is_listed_once_as_asserted()
    {
        var extraction = Extract("The PKK is willing to enter Iran. On Sunday the PKK entered Iran.");

        var relation = Assert.Single(extraction.Relations, r => r.Predicate == RelationPredicate.CrossedInto);
        Assert.Equal(RelationStatus.Asserted, relation.Status);
    }

    [Fact]
    public void Evidence_is_a_verbatim_span_inside_its_sentence()
    {
        const string body = "Heavy rain fell. The IRGC armed the Houthis last year.";
        var extraction = Extract(body);

        var relation = Relation(extraction, "irgc", RelationPredicate.Supports, "houthis");
        Assert.NotNull(relation);
        var evidence = relation.Evidence;
        Assert.Equal(body[evidence.Start..evidence.End], evidence.Text);
        Assert.Equal(body[evidence.SentenceStart..evidence.SentenceEnd], evidence.Sentence);
        Assert.InRange(evidence.Start, evidence.SentenceStart, evidence.SentenceEnd);
        Assert.Equal("armed", evidence.Trigger);
    }

    [Fact]
    public void Extraction_is_deterministic_and_safe_in_parallel()
    {
        const string body = "The SDF attacked ISIS near Deir ez-Zor while Russian jets struck Idlib.";
        var first = Extract(body);
        var results = new ArticleExtraction[16];
        Parallel.For(0, results.Length, i => results[i] = Extract(body));

        Assert.All(results, r => Assert.Equal(Describe(first), Describe(r)));
        Assert.All(results, r => Assert.Equal(first.Entities.Select(e => e.Id), r.Entities.Select(e => e.Id)));
    }

    [Fact]
    public void Relative_clauses_and_appositions_attach_to_their_antecedent()
    {
        var extraction = Extract("Russia, an ally of President Bashar al-Assad, sent jets. The United States, which has armed the SDF, objected.");

        Assert.NotNull(Relation(extraction, "russia", RelationPredicate.Supports, "bashar-al-assad"));
        Assert.NotNull(Relation(extraction, "united-states", RelationPredicate.Supports, "sdf"));
    }

    [Fact]
    public void Names_with_a_plural_possessive_apostrophe_match_the_gazetteer()
    {
        var extraction = Extract("Officials blamed the Kurdistan Workers' Party for the blast.");

        var pkk = Entity(extraction, "pkk");
        Assert.Equal("Kurdistan Workers' Party", pkk.Name);
        Assert.DoesNotContain(extraction.Entities, e => e.Id == "kurdistan");
    }

    [Fact]
    public void A_dateline_agency_in_brackets_is_not_a_subject()
    {
        var extraction = Extract("BEIRUT (Reuters) - Hezbollah fighters captured the village of Qusayr on Tuesday.");

        Assert.DoesNotContain(extraction.Relations, r => r.Subject == "reuters");
        var qusayr = Assert.Single(extraction.Entities, e => e.Name == "Qusayr");
        Assert.NotNull(Relation(extraction, "hezbollah", RelationPredicate.Captured, qusayr.Id));
    }

    [Fact]
    public void Inflected_trigger_forms_are_recognised()
    {
        var extraction = Extract("The Taliban were deployed in Pakistan. Hamas is deploying in Egypt.");

        Assert.NotNull(Relation(extraction, "taliban", RelationPredicate.CrossedInto, "pakistan"));
    }

    [Fact]
    public void An_unnamed_group_backed_by_a_country_is_not_pinned_on_a_nearby_name()
    {
        var extraction = Extract("Later, commander Omar Haddad said fighters had repelled an attack by pro-government militias backed by Iran.");

        Assert.DoesNotContain(extraction.Relations, r => r.Subject == "iran");
    }

    [Fact]
    public void A_demonym_before_an_actor_noun_stands_for_its_country()
    {
        var extraction = Extract("Government forces backed by Russian warplanes advanced. Israel has struck Iranian targets in Syria.");

        Assert.NotNull(Relation(extraction, "israel", RelationPredicate.Opposes, "iran"));
        Assert.Contains(extraction.Relations, r => r.Subject == "russia" && r.Predicate == RelationPredicate.Supports);
        Assert.DoesNotContain(extraction.Entities, e => e.Name == "Iranian" && e.Mentions.Count > 0);
    }

    [Fact]
    public void Entity_ids_are_readable_slugs_of_the_canonical_name()
    {
        var extraction = Extract("The Eastern Lions Brigade (ELB) shelled the camp. Spokesman Farid Qassab said the ELB would stay.");

        Assert.Contains(extraction.Entities, e => e.Id == "eastern-lions-brigade");
        Assert.Contains(extraction.Entities, e => e.Id == "farid-qassab");
    }

    [Fact]
    public void A_capital_acting_as_a_state_is_the_country_but_a_dateline_stays_a_city()
    {
        var extraction = Extract("CAIRO (AP) - Tehran has armed the Houthis, officials said in Cairo.");

        var iran = Entity(extraction, "iran");
        Assert.Contains("Tehran", iran.Aliases.Append(iran.Name));
        Assert.NotNull(Relation(extraction, "iran", RelationPredicate.Supports, "houthis"));
        Assert.Equal(EntityType.Location, Entity(extraction, "cairo").Type);
    }

    [Fact]
    public void A_facility_named_after_a_place_is_a_place_of_its_own()
    {
        var extraction = Extract("Fighters advanced towards the Haditha dam, west of Haditha.");

        Assert.Contains(extraction.Entities, e => e.Name == "Haditha dam" && e.Type == EntityType.Location);
        Assert.Contains(extraction.Entities, e => e.Name == "Haditha" && e.Type == EntityType.Location);
    }

    [Fact]
    public void Losing_a_place_to_an_actor_is_a_capture_by_that_actor()
    {
        var extraction = Extract("In 2015 the Nusra Front lost Idlib to Ahrar al-Sham.");

        Assert.NotNull(Relation(extraction, "ahrar-al-sham", RelationPredicate.Captured, "idlib"));
        Assert.Null(Relation(extraction, "nusra-front", RelationPredicate.Captured, "idlib"));
    }

    [Fact]
    public void Crossing_a_two_country_border_goes_into_the_second_country()
    {
        var extraction = Extract("Units of the Free Syrian Army crossed the Turkey-Syria border at dawn.");

        Assert.NotNull(Relation(extraction, "fsa", RelationPredicate.CrossedInto, "syria"));
        Assert.Null(Relation(extraction, "fsa", RelationPredicate.CrossedInto, "turkiye"));
    }

    [Fact]
    public void Designations_and_campaign_purposes_are_opposition()
    {
        var extraction = Extract("Turkey considers the PKK a terrorist group. The IDF launched an operation to destroy Hamas.");

        Assert.NotNull(Relation(extraction, "turkiye", RelationPredicate.Opposes, "pkk"));
        Assert.NotNull(Relation(extraction, "idf", RelationPredicate.Opposes, "hamas"));
    }

    [Fact]
    public void Lower_case_group_names_are_found_before_force_nouns()
    {
        var extraction = Extract("On Friday peshmerga forces captured Bashiqa.");

        Assert.NotNull(Relation(extraction, "peshmerga", RelationPredicate.Captured, "bashiqa"));
    }

    [Fact]
    public void Vowel_variants_of_a_place_in_one_article_are_one_place()
    {
        var extraction = Extract("Rebels entered the town of Tal Tamr on Monday. By Tuesday fighting had spread across Tell Tamer.");

        var place = Assert.Single(extraction.Entities, e => e.Type == EntityType.Location);
        Assert.Contains("Tell Tamer", place.Aliases.Append(place.Name));
        Assert.Contains("Tal Tamr", place.Aliases.Append(place.Name));
    }

    [Fact]
    public void Falls_clashes_and_help_of_are_read_with_their_direction()
    {
        var extraction = Extract("Hamas and Fatah clashed in Gaza on Monday. Palmyra fell to Islamic State in May. The SDF advanced with the support of the PKK.");

        Assert.NotNull(Relation(extraction, "hamas", RelationPredicate.Opposes, "fatah"));
        Assert.NotNull(Relation(extraction, "fatah", RelationPredicate.Opposes, "hamas"));
        Assert.NotNull(Relation(extraction, "isis", RelationPredicate.Captured, "palmyra"));
        Assert.NotNull(Relation(extraction, "pkk", RelationPredicate.Supports, "sdf"));
        Assert.Null(Relation(extraction, "sdf", RelationPredicate.Supports, "pkk"));
    }
}
