// name: actor-timeline
// description: What one actor did (each relation it is the subject of), in article-date order
// param: entity = pmu
// param: limit = 200
MATCH (e:Entity {id: $entity})<-[:SUBJECT]-(ev:Evidence)-[:OBJECT]->(o:Entity)
MATCH (ev)-[:IN_ARTICLE]->(a:Article)
RETURN a.published AS published, ev.predicate AS predicate, o.id AS object, o.name AS objectName,
       ev.status AS status, ev.sentence AS sentence, a.id AS article
ORDER BY published, article, predicate, object
LIMIT $limit
