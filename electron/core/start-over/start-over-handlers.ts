import type { Channel, ChannelOutput, ParsedInput } from '../../../shared/ipc.js';
import type { startOverChannels } from '../../../shared/start-over.js';
import { backupsDir } from '../backup/backup-files.js';
import type { Core } from '../core.js';
import { peopleInRoster, sampleLoaded } from './sample-state.js';
import { startOver } from './start-over.js';

type StartOverChannel = keyof typeof startOverChannels & Channel;
type Handler<C extends Channel> = (core: Core, input: ParsedInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

/** Spread into the handler table (handlers.ts). */
export const startOverHandlers: { [C in StartOverChannel]: Handler<C> } = {
  rosterOrigin: (core) => ({
    sampleLoaded: sampleLoaded(core.db),
    people: peopleInRoster(core.db),
    backupsDir: backupsDir(core.dataDir),
  }),
  startOver: async (core) => {
    const result = await startOver(core);
    core.emit('rosterChanged', { reason: 'startOver' });
    return result;
  },
};
