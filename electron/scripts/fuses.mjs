// Electron fuses for release builds, flipped in the packaged binary by electron-builder's
// afterPack hook (electron-builder 25.1.8 has no `electronFuses` option; 26 does).
import path from 'node:path';
import electronFuses from '@electron/fuses';

const { flipFuses, FuseV1Options, FuseVersion } = electronFuses;

/** What each release build must have: no Node-as-a-backdoor, asar only and checked, cookies encrypted. */
export const RELEASE_FUSES = {
  version: FuseVersion.V1,
  // ELECTRON_RUN_AS_NODE would turn the signed app into a plain Node interpreter.
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS and --inspect would let anyone who can start the app inject code into it.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // The app's code comes only from app.asar, checked against the hash electron-builder embeds.
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // The renderer is served from app://, so file:// needs none of its old extra powers.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

/** Where the Electron binary (the file holding the fuse wire) is in an electron-builder output folder. */
export function packagedElectronPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') {
    return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
  }
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
  return path.join(appOutDir, packager.executableName);
}

/** Flips the release fuses; on macOS the ad-hoc signature is redone, or arm64 refuses to start. */
export async function applyReleaseFuses(context, flip = flipFuses) {
  const darwin = context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas';
  const binary = packagedElectronPath(context);
  await flip(binary, { ...RELEASE_FUSES, resetAdHocDarwinSignature: darwin });
  return binary;
}
