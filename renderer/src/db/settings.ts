// Settings are one row per key in the `settings` table. Each capability defines its own settings with
// `defineSetting` next to its code; reads never fail (a missing or outdated value reads as the fallback),
// writes are validated.
import type { z } from 'zod';
import { parseOrThrow } from '@shared/validation';
import { appDb, type TezgahDb } from './db';

export interface SettingDef<S extends z.ZodType> {
  key: string;
  schema: S;
  fallback: z.output<S>;
}

export function defineSetting<S extends z.ZodType>(
  key: string,
  schema: S,
  fallback: z.output<S>,
): SettingDef<S> {
  return { key, schema, fallback };
}

/** The stored value, or the fallback when there is none or it no longer matches the schema. */
export async function readSetting<S extends z.ZodType>(
  def: SettingDef<S>,
  db: TezgahDb = appDb(),
): Promise<z.output<S>> {
  const row = await db.settings.get(def.key);
  if (!row) return def.fallback;
  const parsed = def.schema.safeParse(row.value);
  return parsed.success ? parsed.data : def.fallback;
}

/** Validates and stores; throws ValidationError (nothing written) on a bad value. */
export async function writeSetting<S extends z.ZodType>(
  def: SettingDef<S>,
  value: z.input<S>,
  { db = appDb(), now = Date.now }: { db?: TezgahDb; now?: () => number } = {},
): Promise<z.output<S>> {
  const parsed = parseOrThrow(def.schema, value, `setting ${def.key}`);
  await db.settings.put({ key: def.key, value: parsed, updatedAt: now() });
  return parsed;
}
