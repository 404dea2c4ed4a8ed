import { HandleListKind } from '../../shared/domain.js';

/** `prune import --as following|blocked|muted`: what every header-less Mastodon handle list of the call holds. */
export const LIST_KIND_OPTION = { as: { type: 'string' } } as const;

export const LIST_KIND_USAGE = `--as ${HandleListKind.options.join('|')}`;

/** The kind given with `--as`; undefined when absent, null when it is not one Prune knows. */
export function readListKind(value: string | undefined): HandleListKind | undefined | null {
  if (value === undefined) return undefined;
  const kind = HandleListKind.safeParse(value);
  return kind.success ? kind.data : null;
}
