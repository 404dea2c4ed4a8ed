import electronFuses from '@electron/fuses';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import afterPack from '../../../electron/scripts/after-pack.mjs';
import { applyReleaseFuses, packagedElectronPath, RELEASE_FUSES } from '../../../electron/scripts/fuses.mjs';

const { FuseV1Options, FuseVersion } = electronFuses;

const context = (electronPlatformName: string) => ({
  appOutDir: path.join('release', `${electronPlatformName}-unpacked`),
  electronPlatformName,
  packager: { appInfo: { productFilename: 'Prune' }, executableName: 'prune' },
});

describe('release fuses', () => {
  it('turn off Node backdoors and turn on asar integrity, asar-only and cookie encryption', () => {
    expect(RELEASE_FUSES).toEqual({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
  });

  it('find the Electron binary electron-builder wrote on each platform', () => {
    expect(packagedElectronPath(context('linux'))).toBe(path.join('release', 'linux-unpacked', 'prune'));
    expect(packagedElectronPath(context('win32'))).toBe(path.join('release', 'win32-unpacked', 'Prune.exe'));
    expect(packagedElectronPath(context('darwin'))).toBe(path.join('release', 'darwin-unpacked', 'Prune.app'));
    expect(packagedElectronPath(context('mas'))).toBe(path.join('release', 'mas-unpacked', 'Prune.app'));
  });

  it('are flipped with the ad-hoc signature reset on macOS only', async () => {
    const flip = vi.fn(async () => 1);
    await applyReleaseFuses(context('linux'), flip);
    await applyReleaseFuses(context('darwin'), flip);
    expect(flip).toHaveBeenNthCalledWith(1, path.join('release', 'linux-unpacked', 'prune'), {
      ...RELEASE_FUSES,
      resetAdHocDarwinSignature: false,
    });
    expect(flip).toHaveBeenNthCalledWith(2, path.join('release', 'darwin-unpacked', 'Prune.app'), {
      ...RELEASE_FUSES,
      resetAdHocDarwinSignature: true,
    });
  });

  it('are what the afterPack hook writes into a binary, as @electron/fuses reads them back', async () => {
    // A stand-in binary holding only a fuse wire (sentinel, version 1, 9 fuses all enabled).
    const dir = mkdtempSync(path.join(os.tmpdir(), 'prune-fuses-'));
    const binary = path.join(dir, 'prune');
    const sentinel = Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX');
    writeFileSync(binary, Buffer.concat([Buffer.from('ELF…'), sentinel, Buffer.from([1, 9]), Buffer.alloc(9, 49)]));
    try {
      await afterPack({ ...context('linux'), appOutDir: dir });
      const wire = await electronFuses.getCurrentFuseWire(binary);
      const DISABLE = 48;
      const ENABLE = 49;
      expect(wire[FuseV1Options.RunAsNode]).toBe(DISABLE);
      expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(DISABLE);
      expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(DISABLE);
      expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(DISABLE);
      expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(ENABLE);
      expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(ENABLE);
      expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(ENABLE);
      expect((wire as Record<number, unknown>)[8]).toBe(ENABLE); // a fuse this config does not name is left as Electron ships it
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
