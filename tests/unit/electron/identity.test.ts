import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_HOST, APP_ID, APP_ORIGIN, APP_SCHEME, PRODUCT_NAME } from '@shared/ipc/contract';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const builder = read('electron-builder.yml');
const packageJson = JSON.parse(read('package.json')) as Record<string, unknown> & {
  scripts: Record<string, string>;
};

/** The value of a top-level or indented `key: value` line of the YAML file. */
function yamlValue(key: string): string | undefined {
  return builder.match(new RegExp(`^\\s*${key}:\\s*(.+?)\\s*$`, 'm'))?.[1];
}

describe('pinned identity', () => {
  // Changing these moves IndexedDB to a new origin/folder: every shop would open empty.
  it('keeps the app origin and product name', () => {
    expect(APP_SCHEME).toBe('app');
    expect(APP_HOST).toBe('tezgah');
    expect(APP_ORIGIN).toBe('app://tezgah');
    expect(PRODUCT_NAME).toBe('Tezgah');
    expect(APP_ID).toBe('app.tezgah.desktop');
  });

  it('electron-builder.yml and package.json agree with the contract', () => {
    expect(yamlValue('appId')).toBe(APP_ID);
    expect(yamlValue('productName')).toBe(PRODUCT_NAME);
    expect(packageJson.productName).toBe(PRODUCT_NAME);
  });
});

describe('electron-builder.yml', () => {
  it('sets the security fuses', () => {
    expect(yamlValue('runAsNode')).toBe('false');
    expect(yamlValue('enableCookieEncryption')).toBe('true');
    expect(yamlValue('enableNodeOptionsEnvironmentVariable')).toBe('false');
    expect(yamlValue('enableNodeCliInspectArguments')).toBe('false');
    expect(yamlValue('enableEmbeddedAsarIntegrityValidation')).toBe('true');
    expect(yamlValue('onlyLoadAppFromAsar')).toBe('true');
    expect(yamlValue('grantFileProtocolExtraPrivileges')).toBe('false');
  });

  it('packs only the build output and package.json', () => {
    const files = builder.match(/^files:\n((?:\s+- .+\n)+)/m)?.[1];
    expect(
      files
        ?.trim()
        .split('\n')
        .map((line) => line.replace(/^\s*-\s*/, '')),
    ).toEqual(['out/**', 'package.json']);
  });
});

describe('build wiring', () => {
  it('builds the preload as CommonJS at the path the main process loads', async () => {
    const { default: config } = await import('../../../electron.vite.config');
    const output = (config as { preload: { build: { rollupOptions: { output: Record<string, string> } } } })
      .preload.build.rollupOptions.output;
    expect(output.format).toBe('cjs');
    expect(output.entryFileNames).toBe('[name].cjs');
    expect(read('electron/main/window.ts')).toContain("join(outDir, 'preload', 'index.cjs')");
  });

  it('starts the real app:// build and keeps a dev script', () => {
    expect(packageJson.scripts.start).toBe('electron-vite preview');
    expect(packageJson.scripts.dev).toBe('electron-vite dev');
  });
});
