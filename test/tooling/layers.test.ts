import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = fileURLToPath(new URL('../fixtures/layers/', import.meta.url));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

async function typecheck(project: string): Promise<{ ok: boolean; output: string }> {
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [tsc, '-p', `${fixtures}${project}`],
      {
        cwd: root,
      },
    );
    return { ok: true, output: stdout };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { ok: false, output: stdout + stderr };
  }
}

async function lintAs(layerPath: string, fixture: string) {
  const eslint = new ESLint({ cwd: root });
  const code = await readFile(`${fixtures}${fixture}`, 'utf8');
  const [result] = await eslint.lintText(code, { filePath: `${root}${layerPath}` });
  return result?.messages ?? [];
}

describe('layer rules', () => {
  it('fails the typecheck when renderer/ imports electron', async () => {
    const result = await typecheck('renderer-imports-electron');
    expect(result.ok).toBe(false);
    expect(result.output).toContain('layer-guard.ts');
  }, 60_000);

  it('fails the typecheck when shared/ imports React or uses the DOM', async () => {
    const result = await typecheck('shared-imports-react');
    expect(result.ok).toBe(false);
    expect(result.output).toContain('layer-guard.ts');
    expect(result.output).toMatch(/Cannot find name 'document'/);
  }, 60_000);

  it('passes the typecheck for a renderer module within the rules', async () => {
    const result = await typecheck('renderer-clean');
    expect(result).toEqual({ ok: true, output: '' });
  }, 60_000);

  it('fails lint when renderer/ imports electron', async () => {
    const messages = await lintAs('renderer/features/bad.ts', 'renderer-imports-electron/bad.ts');
    expect(messages.map((message) => message.ruleId)).toContain('no-restricted-imports');
  });

  it('fails lint when shared/ imports React or uses the DOM', async () => {
    const messages = await lintAs('shared/domain/bad.ts', 'shared-imports-react/bad.ts');
    const rules = messages.map((message) => message.ruleId);
    expect(rules).toContain('no-restricted-imports');
    expect(rules).toContain('no-restricted-globals');
  });

  it('fails lint when renderer/ reaches into server/ by a relative path', async () => {
    const eslint = new ESLint({ cwd: root });
    const [result] = await eslint.lintText(
      "import { x } from '../../server/tsconfig.json';\nexport const y = x;\n",
      {
        filePath: `${root}renderer/features/bad.ts`,
      },
    );
    expect(result?.messages.map((message) => message.ruleId)).toContain(
      'layers/no-cross-layer-import',
    );
  });

  it('lints a renderer module within the rules cleanly', async () => {
    const messages = await lintAs('renderer/features/good.ts', 'renderer-clean/good.ts');
    expect(messages).toEqual([]);
  });
});
