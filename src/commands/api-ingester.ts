/**
 * `Mutation.ingestArticle`'s way into the ingest pipeline: the text is read with the same readers as
 * `diplograph ingest`, fields the client gives override what the text states, and the article goes
 * through `ingestIntoDatabase` like any file. Built here, where the server is assembled, because the
 * API layers (graphql → services → repositories) do not import the ingest stage.
 */
import type { Database } from '../db/database.ts';
import { articleId } from '../domain/article-id.ts';
import type { Article } from '../domain/article.ts';
import { DiplographError, ErrorCode } from '../domain/errors.ts';
import { parseArticles, type ReadResult } from '../extract/index.ts';
import { ingestIntoDatabase } from '../ingest/ingester.ts';
import type { ArticleIngester, IngestArticleInput } from '../services/article-service.ts';

const FORMATS = { TEXT: 'text', HTML: 'html', JSON: 'json' } as const;

export function createApiIngester(database: Database): ArticleIngester {
  return async (input: IngestArticleInput) => {
    const origin = 'ingestArticle';
    let parsed: Article[];
    try {
      parsed = parseArticles(input.text, origin, FORMATS[input.format]);
    } catch (error) {
      if (error instanceof DiplographError) throw new DiplographError(ErrorCode.BAD_USER_INPUT, error.message, { cause: error });
      throw error;
    }
    if (parsed.length !== 1) throw new DiplographError(ErrorCode.BAD_USER_INPUT, `input: expected one article, got ${parsed.length}`);
    const read = parsed[0]!;
    const url = input.url ?? read.url;
    const article = {
      ...read,
      id: articleId(read.body, url),
      url,
      title: input.title ?? read.title,
      source: input.source ?? read.source,
      // A date-time names its day; the graph stores publication days.
      publishedAt: input.publishedAt ? input.publishedAt.slice(0, 10) : read.publishedAt,
    };
    let counts = { meetings: 0, statements: 0, entities: 0 };
    async function* one(): AsyncGenerator<ReadResult> {
      yield { ok: true, article };
    }
    const summary = await ingestIntoDatabase(database, one(), {
      onResolved: (graphs) => {
        for (const graph of graphs) {
          counts = {
            meetings: graph.meetings.length,
            statements: graph.statements.length,
            entities: graph.persons.length + graph.countries.length + graph.organizations.length + graph.locations.length,
          };
        }
      },
    });
    const failure = summary.failed[0];
    if (failure) throw new DiplographError(ErrorCode.BAD_USER_INPUT, `The article could not be ingested: ${failure.reason}`);
    return { articleId: article.id, created: summary.new > 0, ...counts };
  };
}
