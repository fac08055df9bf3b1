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

/** One linter for the file: loading the project's ESLint config is the slow part of a lint. */
let linter: ESLint | undefined;
const eslintOf = () => (linter ??= new ESLint({ cwd: root }));

async function lintAs(layerPath: string, fixture: string) {
  const eslint = eslintOf();
  const code = await readFile(`${fixtures}${fixture}`, 'utf8');
  const [result] = await eslint.lintText(code, { filePath: `${root}${layerPath}` });
  return result?.messages ?? [];
}

// Every test runs a real tool (tsc, or ESLint on the project's config): seconds
// on an idle machine, several times that on a busy one, so all get the bound
// the typechecks had, not the 5 s meant for unit tests.
describe('layer rules', { timeout: 60_000 }, () => {
  it('fails the typecheck when renderer/ imports electron', async () => {
    const result = await typecheck('renderer-imports-electron');
    expect(result.ok).toBe(false);
    expect(result.output).toContain('layer-guard.ts');
  });

  it('fails the typecheck when shared/ imports React or uses the DOM', async () => {
    const result = await typecheck('shared-imports-react');
    expect(result.ok).toBe(false);
    expect(result.output).toContain('layer-guard.ts');
    expect(result.output).toMatch(/Cannot find name 'document'/);
  });

  it('passes the typecheck for a renderer module within the rules', async () => {
    const result = await typecheck('renderer-clean');
    expect(result).toEqual({ ok: true, output: '' });
  });

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
    const [result] = await eslintOf().lintText(
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

  describe("renderer/'s floors", () => {
    const lintText = async (code: string, filePath: string) => {
      const [result] = await eslintOf().lintText(code, { filePath: `${root}${filePath}` });
      return (result?.messages ?? []).filter(
        (message) => message.ruleId === 'layers/renderer-floors',
      );
    };

    it.each([
      [
        'data/ importing a feature',
        'renderer/data/bad.ts',
        "import { ContactsPage } from '../features/contacts';",
      ],
      [
        'data/ importing the replication',
        'renderer/data/bad.ts',
        "import { ServerClient } from '../replication/serverClient';",
      ],
      [
        'i18n/, the ground floor, importing the app',
        'renderer/i18n/bad.ts',
        "import { resources } from '../app/i18nResources';",
      ],
      [
        'formats/ importing a feature',
        'renderer/formats/bad.ts',
        "import { VisitsPage } from '../features/visits';",
      ],
      [
        'the replication importing formats/, its sibling',
        'renderer/replication/bad.ts',
        "import { contactsToCsv } from '../formats/csv/contactsToCsv';",
      ],
      [
        'components/ importing a feature',
        'renderer/components/bad.tsx',
        "import { TodayPage } from '../features/today';",
      ],
      [
        'a feature reaching into another feature',
        'renderer/features/visits/bad.ts',
        "import { ContactList } from '../contacts/ContactList';",
      ],
      [
        "the app reaching past a feature's face",
        'renderer/app/bad.ts',
        "import { ContactList } from '../features/contacts/ContactList';",
      ],
      [
        'a dynamic import up the floors',
        'renderer/platform/bad.ts',
        "export const later = () => import('../data/database');",
      ],
    ])('fails lint for %s', async (_case, filePath, line) => {
      const messages = await lintText(`${line}\nexport const used = 1;\n`, filePath);
      expect(messages).toHaveLength(1);
    });

    it.each([
      [
        'an `import type` up the floors',
        'renderer/i18n/good.ts',
        "import type { Messages } from '../app/messages.en';",
      ],
      [
        "a feature importing another one's face",
        'renderer/features/visits/good.ts',
        "import { EntityNotes } from '../notes';",
      ],
      [
        'a feature importing lower floors',
        'renderer/features/visits/good.ts',
        "import { useDatabase } from '../../data/useLiveQuery';",
      ],
      [
        "the app gathering a feature's messages",
        'renderer/app/good.ts',
        "import { contactMessagesEn } from '../features/contacts/contactMessages.en';",
      ],
    ])('lints %s cleanly', async (_case, filePath, line) => {
      const messages = await lintText(`${line}\nexport const used = 1;\n`, filePath);
      expect(messages).toEqual([]);
    });
  });
});
