import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../server/config';

describe('readConfig', () => {
  it('has working defaults: localhost, port 8787, PGlite in ./data/server, no proxy', () => {
    expect(readConfig({}, '/srv/liaison')).toMatchObject({
      host: '127.0.0.1',
      port: 8787,
      databaseUrl: undefined,
      dataDir: '/srv/liaison/data/server',
      corsOrigins: [],
      trustProxy: 0,
      shutdownGraceMs: 8000,
    });
  });

  it('reads the environment, CORS origins as a comma-separated list', () => {
    const config = readConfig(
      {
        HOST: '0.0.0.0',
        PORT: '9000',
        DATABASE_URL: 'postgres://db/liaison',
        CORS_ORIGINS: 'http://localhost:5173, https://liaison.example.org',
        TRUST_PROXY: '1',
        SHUTDOWN_GRACE_MS: '2500',
      },
      '/srv',
    );
    expect(config).toMatchObject({
      host: '0.0.0.0',
      port: 9000,
      databaseUrl: 'postgres://db/liaison',
      corsOrigins: ['http://localhost:5173', 'https://liaison.example.org'],
      trustProxy: 1,
      shutdownGraceMs: 2500,
    });
  });

  it('refuses a port or limit that is not a whole number, naming the variable', () => {
    expect(() => readConfig({ PORT: 'eighty' }, '/')).toThrow(ConfigError);
    expect(() => readConfig({ BODY_LIMIT: '-5' }, '/')).toThrow(/BODY_LIMIT/);
    expect(() => readConfig({ TRUST_PROXY: 'yes' }, '/')).toThrow(/TRUST_PROXY/);
    expect(() => readConfig({ SHUTDOWN_GRACE_MS: '1.5' }, '/')).toThrow(/SHUTDOWN_GRACE_MS/);
  });
});
