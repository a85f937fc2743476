// name: entity-neighbourhood
// description: One entity's relations in both directions, with a few of the evidence sentences behind each
// param: entity = pmu
// param: sentences = 3
// param: limit = 100
MATCH (e:Entity {id: $entity})-[r:SUPPORTS|OPPOSES|CROSSED_INTO|CAPTURED]-(other:Entity)
WITH e, r, other, startNode(r) AS s, endNode(r) AS o
MATCH (s)<-[:SUBJECT]-(ev:Evidence)-[:OBJECT]->(o)
WHERE ev.predicate = type(r)
WITH e, r, other, s, collect(ev.sentence) AS sentences
RETURN CASE WHEN s = e THEN 'out' ELSE 'in' END AS direction, type(r) AS predicate,
       other.id AS other, other.name AS otherName, r.status AS status, r.evidenceCount AS evidence,
       sentences[0..$sentences] AS sentences
ORDER BY evidence DESC, predicate, other
LIMIT $limit
