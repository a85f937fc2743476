// name: most-connected-actors
// description: Entities ranked by how many relations (SUPPORTS, OPPOSES, CROSSED_INTO, CAPTURED) they take part in
// param: limit = 20
MATCH (e:Entity)-[r:SUPPORTS|OPPOSES|CROSSED_INTO|CAPTURED]-(other:Entity)
RETURN e.id AS entity, e.name AS name, e.type AS type, count(r) AS relations,
       count(DISTINCT other) AS partners, sum(r.evidenceCount) AS evidence
ORDER BY relations DESC, evidence DESC, entity
LIMIT $limit
