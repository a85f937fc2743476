// name: places-captured-by-several
// description: Places or targets reported CAPTURED by more than one actor (contested ground)
// param: minActors = 2
MATCH (actor:Entity)-[r:CAPTURED]->(place:Entity)
WITH place, collect(DISTINCT actor.id) AS actors, sum(r.evidenceCount) AS evidence
WHERE size(actors) >= $minActors
RETURN place.id AS place, place.name AS placeName, size(actors) AS actorCount, actors, evidence
ORDER BY actorCount DESC, evidence DESC, place
