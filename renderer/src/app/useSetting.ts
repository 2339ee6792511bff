import { useLiveQuery } from 'dexie-react-hooks';
import type { z } from 'zod';
import { readSetting, type SettingDef } from '@/db/settings';

/** A setting's live value; undefined only while the first read is in flight. */
export function useSetting<S extends z.ZodType>(def: SettingDef<S>): z.output<S> | undefined {
  return useLiveQuery(() => readSetting(def), [def.key]);
}
