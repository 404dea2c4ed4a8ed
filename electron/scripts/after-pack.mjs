// electron-builder's afterPack hook (electron-builder.yml): sets the release fuses.
import { applyReleaseFuses } from './fuses.mjs';

export default async function afterPack(context) {
  const binary = await applyReleaseFuses(context);
  console.log(`  • fuses set in ${binary}`);
}
