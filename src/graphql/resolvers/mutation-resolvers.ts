/** Every mutation checks the editor token before anything else. */
import type { MutationResolvers } from '../__generated__/resolvers-types.ts';
import { requireEditor } from '../auth.ts';

export const mutationResolvers: MutationResolvers = {
  ingestArticle: (_parent, { input }, { services, auth }) => {
    requireEditor(auth);
    return services.articles.ingest({
      text: input.text,
      title: input.title ?? null,
      url: input.url ?? null,
      publishedAt: input.publishedAt ?? null,
      source: input.source ?? null,
      format: input.format ?? 'TEXT',
    });
  },
  deleteArticle: (_parent, { id }, { services, auth }) => {
    requireEditor(auth);
    return services.articles.deleteArticle(id);
  },
  mergeEntities: (_parent, { keep, merge }, { services, auth }) => {
    requireEditor(auth);
    return services.entities.mergeEntities(keep, merge);
  },
  addAlias: (_parent, { id, alias }, { services, auth }) => {
    requireEditor(auth);
    return services.entities.addAlias(id, alias);
  },
};
