import { z } from 'zod';
import {
  ReconnectAddress,
  ReconnectAttempt,
  ReconnectMarkInput,
  ReconnectPlan,
  ReconnectSettings,
  ReconnectTemplate,
  SettingsSaveInput,
  TemplateSaveInput,
} from './reconnect.js';

const ContactId = z.number().int().positive();
const Empty = z.object({}).strict();

/** The Reconnect channels (issue 13), spread into the one contract in ipc.ts. */
export const reconnectContract = {
  /** Every known address with its marks, the suggestion and the default message filled in. */
  reconnectPlan: { input: z.object({ contactId: ContactId }).strict(), output: ReconnectPlan },
  /** Records a step: drafted, sent (via an address), withdrawn, accepted (brings them back), refused. */
  reconnectMark: { input: ReconnectMarkInput, output: ReconnectAttempt },
  /** Open attempts oldest first, then closed ones. */
  reconnectList: { input: Empty, output: z.array(ReconnectAttempt) },
  /** An email or Mastodon handle typed by hand; an invalid one is refused with the reason. */
  reconnectAddAddress: {
    input: z.object({ contactId: ContactId, address: z.string().max(400) }).strict(),
    output: ReconnectAddress,
  },
  reconnectTemplates: { input: Empty, output: z.array(ReconnectTemplate) },
  reconnectTemplateSave: { input: TemplateSaveInput, output: ReconnectTemplate },
  reconnectSettings: { input: Empty, output: ReconnectSettings },
  reconnectSettingsSave: { input: SettingsSaveInput, output: ReconnectSettings },
} as const;
