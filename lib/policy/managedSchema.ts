import { SETTINGS } from '../settings/definition';
import type { SettingDefinition } from '../settings/settingTypes';
import { fullDescription } from './describeSetting';
import { POLICY_KEYS } from './policySettings';

/**
 * The managed-storage schema (manifest `storage.managed_schema`) for Chrome and Edge. Chrome drops
 * policy values that do not fit it, silently (visible only at chrome://policy), so it states types
 * and enum values only: formats (hours, dates, sites) are checked by lib/settings/validate.ts, which
 * reports a bad value on the options page instead of losing it.
 */

export const MANAGED_SCHEMA_FILE = 'managed_schema.json';

export interface ChromeSchema {
  type: 'object' | 'array' | 'string' | 'boolean' | 'integer' | 'number';
  title?: string;
  description?: string;
  properties?: Record<string, ChromeSchema>;
  items?: ChromeSchema;
  enum?: string[];
}

function valueSchema(def: SettingDefinition): Pick<ChromeSchema, 'type' | 'items' | 'enum'> {
  switch (def.kind) {
    case 'boolean':
      return { type: 'boolean' };
    case 'enum':
      return { type: 'string', enum: [...def.values] };
    case 'text':
      return { type: 'string' };
    case 'textList':
      return { type: 'array', items: { type: 'string' } };
  }
}

export function managedSchema(): ChromeSchema {
  const properties: Record<string, ChromeSchema> = {};
  for (const key of POLICY_KEYS) {
    const def = SETTINGS[key];
    properties[key] = {
      title: `${def.label.ja} / ${def.label.en}`,
      description: `${fullDescription(def, 'ja')}\n${fullDescription(def, 'en')}`,
      ...valueSchema(def),
    };
  }
  return { type: 'object', properties };
}
