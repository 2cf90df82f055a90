/** The FOLLOWS chain of a pair of parties' meetings, kept whole when an article and the meetings only it reported go. */

/**
 * Closes the FOLLOWS chains over the meetings that only article $id reports, before they go: the next meeting of
 * the same parties then follows the previous one. A meeting reported in two sentences has two REPORTED_IN
 * relationships; DISTINCT takes it once.
 */
export const CLOSE_FOLLOWS_OVER_ARTICLE = `MATCH (a:Article {id: $id})<-[:REPORTED_IN]-(m:Meeting)
   WHERE NOT EXISTS { MATCH (m)-[r:REPORTED_IN]->() WHERE r.articleId <> $id }
   WITH DISTINCT m
   MATCH (next:Meeting)-[:FOLLOWS]->(m)-[:FOLLOWS]->(prev:Meeting)
   WITH DISTINCT next, prev
   MERGE (next)-[:FOLLOWS]->(prev)`;
