/**
 * Schemas on hot paths (a class's results files, the stores that hold them) compiled with zod's
 * own `z.compile`: the same schema, accepting and refusing exactly the same input with the same
 * issues (a refused input is parsed again by the ordinary parser for its issues), several times
 * faster. Compiled on first use, so nothing is spent at startup; where code cannot be generated
 * (a page that forbids it), zod hands back the schema as it was. Pure.
 */
import { z } from 'zod';

const compiledSchemas = new WeakMap<z.ZodType, z.ZodType>();

/** `schema`, compiled once. */
export function compiled<S extends z.ZodType>(schema: S): S {
  let fast = compiledSchemas.get(schema) as S | undefined;
  if (!fast) {
    fast = z.compile(schema);
    compiledSchemas.set(schema, fast);
  }
  return fast;
}
