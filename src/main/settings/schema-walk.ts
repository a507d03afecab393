// Looking inside the section schemas: which fields are objects to descend into, which are leaves, what a leaf
// holds (for `settings set` to parse "90", "0,33", "true"), and its metadata (bounds for the messages).
import type { z } from 'zod';
import type { FieldMeta } from './field-rules';

type Def = { type: string; innerType?: z.ZodType; shape?: Record<string, z.ZodType> };
const defOf = (s: z.ZodType): Def => (s as unknown as { def: Def }).def;

/** The schema under defaults, prefaults, optional and nullable wrappers. */
export function unwrap(schema: z.ZodType): { base: z.ZodType; nullable: boolean } {
  let s = schema;
  let nullable = false;
  for (;;) {
    const def = defOf(s);
    if (def.type === 'nullable') nullable = true;
    if (!['default', 'prefault', 'optional', 'nullable', 'readonly'].includes(def.type) || !def.innerType)
      break;
    s = def.innerType;
  }
  return { base: s, nullable };
}

/** The fields of an object to descend into (a non-nullable object), or null for a leaf. */
export function objectShape(schema: z.ZodType): Record<string, z.ZodType> | null {
  const { base, nullable } = unwrap(schema);
  const def = defOf(base);
  return def.type === 'object' && !nullable ? (def.shape ?? null) : null;
}

export type LeafKind = 'integer' | 'number' | 'string' | 'boolean' | 'choice' | 'other';

export interface SettingsLeaf {
  /** dotted path, e.g. 'sync.historyDays' */
  path: string;
  schema: z.ZodType;
  kind: LeafKind;
  nullable: boolean;
  choices?: readonly string[];
  meta: FieldMeta;
}

function kindOf(base: z.ZodType): Pick<SettingsLeaf, 'kind' | 'choices'> {
  const def = defOf(base) as Def & { checks?: unknown[]; entries?: Record<string, string> };
  switch (def.type) {
    case 'number':
      return { kind: (base as z.ZodNumber).isInt ? 'integer' : 'number' };
    case 'string':
      return { kind: 'string' };
    case 'boolean':
      return { kind: 'boolean' };
    case 'enum':
      return { kind: 'choice', choices: Object.values(def.entries ?? {}) };
    default:
      return { kind: 'other' };
  }
}

/** Every leaf of an object schema, depth first, with `prefix.` before its path. */
export function leavesOf(shape: Record<string, z.ZodType>, prefix: string): SettingsLeaf[] {
  const out: SettingsLeaf[] = [];
  for (const [key, field] of Object.entries(shape)) {
    const path = `${prefix}${key}`;
    const inner = objectShape(field);
    if (inner) {
      out.push(...leavesOf(inner, `${path}.`));
      continue;
    }
    const { base, nullable } = unwrap(field);
    out.push({ path, schema: field, nullable, meta: (field.meta() ?? {}) as FieldMeta, ...kindOf(base) });
  }
  return out;
}
