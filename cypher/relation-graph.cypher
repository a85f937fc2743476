// name: relation-graph
// description: The relation graph itself (entities and their four relation types): for Neo4j Browser's graph view
// param: limit = 300
MATCH (s:Entity)-[r:SUPPORTS|OPPOSES|CROSSED_INTO|CAPTURED]->(o:Entity)
RETURN s, r, o
LIMIT $limit
