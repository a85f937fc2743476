// name: articles-mentioning-both
// description: Articles that mention both of two entities, newest first, with how often each is mentioned
// param: first = pmu
// param: second = syria
MATCH (a:Article)-[m1:MENTIONS]->(:Entity {id: $first})
MATCH (a)-[m2:MENTIONS]->(:Entity {id: $second})
RETURN a.id AS article, a.title AS title, a.published AS published, a.source AS source,
       m1.count AS firstMentions, m2.count AS secondMentions
ORDER BY coalesce(published, '') DESC, article
