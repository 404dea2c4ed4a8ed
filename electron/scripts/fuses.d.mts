import type { FuseV1Config } from '@electron/fuses';

/** The slice of electron-builder's AfterPackContext these scripts read. */
export interface PackContext {
  appOutDir: string;
  electronPlatformName: string;
  packager: { appInfo: { productFilename: string }; executableName: string };
}

export const RELEASE_FUSES: FuseV1Config;
export function packagedElectronPath(context: PackContext): string;
export function applyReleaseFuses(
  context: PackContext,
  flip?: (binary: string, config: FuseV1Config) => Promise<number>,
): Promise<string>;
