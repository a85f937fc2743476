// name: who-crossed-into-where
// description: Every CROSSED_INTO edge: which actor entered which place, first and last reported
// param: limit = 100
MATCH (s:Entity)-[r:CROSSED_INTO]->(o:Entity)
RETURN s.id AS actor, s.name AS actorName, o.id AS place, o.name AS placeName,
       r.status AS status, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen, r.evidenceCount AS evidence
ORDER BY evidence DESC, actor, place
LIMIT $limit
