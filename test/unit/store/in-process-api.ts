import { contract, createPruneApi, type Channel, type PruneApi } from '../../../shared/ipc.js';
import type { Core } from '../../../electron/core/core.js';
import { dispatch } from '../../../electron/core/dispatch.js';

export interface InProcessApi {
  api: PruneApi;
  /** Channels answered so far, each answer checked against the contract's output schema. */
  answered: Set<Channel>;
  /** Resolves once no request is in flight and the event loop has run dry of follow-ups. */
  settled(): Promise<void>;
}

/**
 * The renderer's API over the real core in this process: the same createPruneApi the
 * preload and the browser bridge use, over the same dispatch. Every successful answer must
 * parse with the channel's `output` schema, or the request fails loudly.
 */
export function inProcessApi(core: Core): InProcessApi {
  let inFlight = 0;
  const answered = new Set<Channel>();
  const api = createPruneApi(
    async (channel, input) => {
      inFlight += 1;
      try {
        const result = await dispatch(core, channel, input);
        if (result.ok) {
          const checked = contract[channel].output.safeParse(result.value);
          if (!checked.success)
            throw new Error(`${channel} answered outside its contract: ${JSON.stringify(checked.error.issues)}`);
          answered.add(channel);
        }
        return result;
      } finally {
        inFlight -= 1;
      }
    },
    (event, listener) =>
      core.subscribe((name, payload) => {
        if (name === event) listener(payload);
      }),
  );
  async function settled(): Promise<void> {
    for (let quiet = 0; quiet < 3;) {
      await new Promise((resolve) => setImmediate(resolve));
      quiet = inFlight === 0 ? quiet + 1 : 0;
    }
  }
  return { api, answered, settled };
}
