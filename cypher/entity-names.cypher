// name: entity-names
// description: All the names one entity goes by (canonical name and every surface form seen) and in how many articles each appears
// param: entity = pmu
MATCH (e:Entity {id: $entity})
UNWIND [e.name] + coalesce(e.aliases, []) AS name
WITH DISTINCT e, name
OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(e)
WHERE name IN m.surfaces
RETURN name, e.name = name AS canonical, count(a) AS articles
ORDER BY canonical DESC, articles DESC, name
