/**
 * Schemas on hot paths (a class's results files, the stores that hold them) compiled with zod's
 * own `z.compile`: the same schema, accepting and refusing exactly the same input with the same
 * issues (a refused input is parsed again by the ordinary parser for its issues), several times
 * faster. Compiled on first use, so nothing is spent at startup; where code cannot be generated
 * (a page whose Content-Security-Policy forbids it), the schema is used as it is. Pure.
 */
import { z } from 'zod';

const compiledSchemas = new WeakMap<z.ZodType, z.ZodType>();

/** `schema`, compiled once. */
export function compiled<S extends z.ZodType>(schema: S): S {
  let fast = compiledSchemas.get(schema) as S | undefined;
  if (!fast) {
    // zod's own test (also made by its parser): where a page forbids generated code, do not try again.
    fast = z.util.allowsEval.value ? z.compile(schema) : schema;
    compiledSchemas.set(schema, fast);
  }
  return fast;
}
