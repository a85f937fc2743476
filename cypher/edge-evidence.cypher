// name: edge-evidence
// description: The evidence sentences behind one edge, with the article and character offsets of each
// param: subject = pmu
// param: predicate = CROSSED_INTO
// param: object = syria
MATCH (s:Entity {id: $subject})<-[:SUBJECT]-(ev:Evidence)-[:OBJECT]->(o:Entity {id: $object})
WHERE ev.predicate = $predicate
MATCH (ev)-[at:IN_ARTICLE]->(a:Article)
RETURN ev.status AS status, ev.trigger AS trigger, ev.confidence AS confidence, ev.sentence AS sentence,
       a.id AS article, a.title AS title, a.published AS published, at.start AS start, at.end AS end
ORDER BY published, article, start
