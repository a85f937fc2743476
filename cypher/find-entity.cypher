// name: find-entity
// description: Entities whose name or any alias contains the text (case-insensitive): how to find an id for the other queries
// param: text = mobili
// param: limit = 25
MATCH (e:Entity)
WHERE toLower(e.name) CONTAINS toLower($text)
   OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) CONTAINS toLower($text))
RETURN e.id AS entity, e.name AS name, e.type AS type, e.aliases AS aliases
ORDER BY entity
LIMIT $limit
