import type { PruneApi } from '../../../shared/ipc.js';
import { rssOfPosts, startFeedServer } from '../../helpers/feed-server.js';

type Answer<T> = Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>;

async function value<T>(answer: Answer<T>): Promise<T> {
  const result = await answer;
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Calls every feed channel once with a request that succeeds, against a loopback feed server. */
export async function exerciseFeedChannels(api: PruneApi, contactId: number): Promise<void> {
  const server = await startFeedServer({
    '/feed.xml': (_request, response) => response.writeHead(200).end(rssOfPosts('ada', 3)),
    '/paused.xml': (_request, response) => response.writeHead(200).end(rssOfPosts('grace', 2)),
  });
  try {
    const { feedId } = await value(api.feedSubscribe({ contactId, address: `${server.origin}/feed.xml` }));
    const other = await value(api.feedSubscribe({ contactId, address: `${server.origin}/paused.xml` }));
    await value(api.feedSubscriptions({}));
    await value(api.feedRefresh({ feedIds: [feedId] }));
    await value(api.feedRefreshCancel({}));
    await value(api.feedRetry({ feedId: other.feedId }));
    const page = await value(api.feedPage({ limit: 5 }));
    await value(api.feedMarkLooked({}));
    await value(api.feedSettings({}));
    await value(api.feedSettingsSet({ refreshMinutes: 30 }));
    await value(api.feedSuggestions({}));
    await value(api.feedFollowMastodon({}));
    const opml = await value(api.feedExportOpml({}));
    await value(api.feedImportOpml({ text: opml.text }));
    const hidden = await value(api.hideAdd({ kind: 'cap', contactId, per: 'week', max: 2 }));
    await value(api.hideEdit({ ruleId: hidden.ruleIds[0]!, max: 3 }));
    await value(api.hideAdd({ kind: 'post', postId: page.items[0]!.id }));
    await value(api.hideList({}));
    await value(api.hideLift({ ruleId: hidden.ruleIds[0]! }));
    await value(api.feedNoisy({}));
    await value(api.feedUnsubscribe({ feedId: other.feedId }));
  } finally {
    await server.close();
  }
}
