// name: who-captured-what
// description: Every CAPTURED edge: which actor took which place or target, first and last reported
// param: limit = 100
MATCH (s:Entity)-[r:CAPTURED]->(o:Entity)
RETURN s.id AS actor, s.name AS actorName, o.id AS target, o.name AS targetName,
       r.status AS status, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen, r.evidenceCount AS evidence
ORDER BY evidence DESC, actor, target
LIMIT $limit
