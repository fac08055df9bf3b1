import type { RxJsonSchema, RxValidationError } from 'rxdb';
import ZSchema from 'z-schema';
import { validatorsByFingerprint } from './generated/schemaValidators';
import { schemaFingerprint } from './schemaFingerprint';

/**
 * Loaded on demand, through schemaValidator.ts: the generated validators and
 * z-schema are a fifth of the app's code, and nothing on the first screen
 * needs them before the store has opened.
 *
 * Document validation that works under the app's CSP (nothing is compiled
 * with eval at run time) and is fast enough for a first pull of tens of
 * thousands of documents.
 *
 * The collections' storage schemas have validators generated at build time
 * (scripts/generateValidators.ts: Ajv's standalone code, a few microseconds a
 * document). Any other schema (an import's check against a collection's own
 * schema, a schema changed since generation) is validated by z-schema.
 *
 * RxDB's own z-schema plugin hands the schema object to z-schema on every
 * validation, and z-schema then prepares it again each time: about 1 ms per
 * document. Registering each schema once under an id and validating against
 * that id takes about 0.05 ms (measured with the contact schema).
 */
let validator: ZSchema | undefined;
let registered = 0;

function errorsOf(result: { valid: boolean; err?: { details?: unknown[] } }): RxValidationError[] {
  const details = (result.err?.details ?? []) as {
    title?: string;
    description?: string;
    message: string;
    path: string;
  }[];
  return details.map(({ title, description, message, path }) => ({
    title,
    description,
    message,
    path,
  })) as unknown as RxValidationError[];
}

/** A validator from scripts/generateValidators.ts (Ajv standalone code). */
type GeneratedValidator = ((document: unknown) => boolean) & {
  errors?: { instancePath: string; message?: string; keyword: string }[] | null;
};

function generatedErrors(errors: GeneratedValidator['errors']): RxValidationError[] {
  return (errors ?? []).map(({ instancePath, message, keyword }) => ({
    title: keyword,
    message: message ?? keyword,
    path: instancePath,
  })) as unknown as RxValidationError[];
}

/** Registers a collection's storage schema with z-schema under a fresh id. */
function register(schema: RxJsonSchema<unknown>): { ready: ZSchema; id: string } {
  validator ??= ZSchema.create({ strictMode: false });
  const id = `urn:liaison:schema:${++registered}`;
  const withId = { ...structuredClone(schema), id };
  if (!validator.validateSchema(withId as never)) {
    throw new Error(`The schema of "${schema.title ?? 'a collection'}" is not valid JSON Schema.`);
  }
  return { ready: validator, id };
}

/**
 * A validator for one collection's storage schema, prepared once, on its
 * first document: RxDB asks for every collection's validator as soon as the
 * window is idle after opening, which is while the first screen waits for
 * its data (25–50 ms of work then), and most sessions write to few collections.
 */
export function compiledValidator(schema: RxJsonSchema<unknown>) {
  const generated = (validatorsByFingerprint as Record<string, GeneratedValidator | undefined>)[
    schemaFingerprint(schema)
  ];
  if (generated) {
    return (document: unknown): RxValidationError[] =>
      generated(document) ? [] : generatedErrors(generated.errors);
  }
  let registration: { ready: ZSchema; id: string } | undefined;
  return (document: unknown): RxValidationError[] => {
    registration ??= register(schema);
    const result = registration.ready.validateSafe(document, registration.id as never) as {
      valid: boolean;
      err?: { details?: unknown[] };
    };
    return result.valid ? [] : errorsOf(result);
  };
}
