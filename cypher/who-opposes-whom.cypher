// name: who-opposes-whom
// description: Every OPPOSES edge with its status and how much evidence backs it
// param: limit = 100
MATCH (s:Entity)-[r:OPPOSES]->(o:Entity)
RETURN s.id AS subject, s.name AS subjectName, o.id AS object, o.name AS objectName,
       r.status AS status, r.evidenceCount AS evidence, r.articleCount AS articles
ORDER BY evidence DESC, subject, object
LIMIT $limit
