import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { expectConfigError, removeTempDirs, tempDir, writeRawConfig } from './config.test-helpers.ts';
import { readConfigFile, writeConfigFile } from './config-file.ts';

afterEach(removeTempDirs);

describe('readConfigFile', () => {
  it('reads nothing, without error, when the file does not exist', () => {
    expect(readConfigFile(join(tempDir(), 'config.json'))).toEqual({ ok: true, value: undefined });
  });

  it.skipIf(process.platform === 'win32')('refuses a 0644 file and tells to chmod 600 it', () => {
    const path = writeRawConfig(tempDir(), { port: 8000 }, 0o644);
    const error = expectConfigError(readConfigFile(path), 'config file');
    expect(error.message).toContain('644');
    expect(error.fix).toContain(`chmod 600 ${path}`);
  });

  it('says where the JSON is broken', () => {
    const path = writeRawConfig(tempDir(), '{\n  "port": 8000,\n  "logLevel" "info"\n}');
    const error = expectConfigError(readConfigFile(path), 'config file');
    expect(error.message).toMatch(/line 3/);
  });

  it('refuses an unknown key by name and lists the allowed ones', () => {
    const error = expectConfigError(readConfigFile(writeRawConfig(tempDir(), { prot: 8000 })), 'prot');
    expect(error.message).toContain('"prot"');
    expect(error.fix).toContain('port');
  });

  it('refuses a misspelt nested key, which would otherwise start the sandbox', () => {
    const error = expectConfigError(
      readConfigFile(writeRawConfig(tempDir(), { whatsapp: { acessToken: 'EAAG' } })),
      'whatsapp.acessToken',
    );
    expect(error.fix).toContain('accessToken');
  });

  it('names a value of the wrong type', () => {
    expectConfigError(readConfigFile(writeRawConfig(tempDir(), { port: '8000' })), 'port');
    expectConfigError(readConfigFile(writeRawConfig(tempDir(), '[1, 2]')), 'config file');
  });
});

describe('writeConfigFile', () => {
  it.skipIf(process.platform === 'win32')('creates the file 0600 and reads back what it wrote', () => {
    const path = join(tempDir(), 'nested', 'config.json');
    const content = { port: 8123, whatsapp: { accessToken: 'EAAG', graphVersion: 'v24.0' } };
    expect(writeConfigFile(path, content)).toEqual({ ok: true, value: undefined });
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readConfigFile(path)).toEqual({ ok: true, value: content });
  });

  it.skipIf(process.platform === 'win32')('replaces a too-open file with a 0600 one', () => {
    const path = writeRawConfig(tempDir(), { port: 1 }, 0o644);
    expect(writeConfigFile(path, { port: 2 }).ok).toBe(true);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('refuses to write an unknown key', () => {
    const path = join(tempDir(), 'config.json');
    expectConfigError(writeConfigFile(path, { colour: 'blue' } as never), 'colour');
  });
});
