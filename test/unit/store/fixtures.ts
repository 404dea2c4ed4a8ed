import type { KeyValueStorage, StoreDependencies } from '../../../renderer/src/store/slice.js';
import type { PruneApi } from '../../../shared/ipc.js';

/** Files the store and contract tests import, invented in the real shapes. */
export const text = (name: string, content: string): File => new File([content], name);

/** Two files about the same Ada (same name and company, no shared key): a merge proposal. */
export const LOOK_ALIKES = [
  text(
    'Connections.csv',
    'First Name,Last Name,Email Address,Company,Position,Connected On\nAda,Lovelace,,Acme,Engineer,4-Apr-21\n',
  ),
  text(
    'ada.vcf',
    'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\nN:Lovelace;Ada;;;\r\nORG:Acme\r\nEMAIL:ada@home.example\r\nEND:VCARD\r\n',
  ),
];

/** localStorage's shape over a Map, so preferences can be read back by a second store. */
export function memoryStorage(): KeyValueStorage & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return { values, getItem: (key) => values.get(key) ?? null, setItem: (key, value) => void values.set(key, value) };
}

/** Dependencies that do nothing visible; tests override what they watch. */
export const quietDependencies = (api: PruneApi, overrides: Partial<StoreDependencies> = {}): StoreDependencies => ({
  api,
  saveFile: async () => ({ kind: 'cancelled' }),
  setTimer: () => undefined,
  storage: memoryStorage(),
  pickFiles: async () => [],
  whenIdle: () => undefined,
  ...overrides,
});
