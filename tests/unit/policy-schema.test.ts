import { describe, expect, it } from 'vitest';
import { chromeSchemaProblems } from '../../lib/policy/chromeSchemaRules';
import { managedSchema } from '../../lib/policy/managedSchema';
import { POLICY_KEYS } from '../../lib/policy/policySettings';
import { SETTING_KEYS, SETTINGS } from '../../lib/settings/definition';

// Policy names are public interface: deployed GPOs and JSON files use them. Adding a setting is
// fine; renaming or removing one of these breaks every administrator who set it.
const PUBLISHED_POLICY_NAMES = [
  'enabled',
  'role',
  'siteAllowlist',
  'siteBlocklist',
  'extraPatterns',
  'lockSettings',
  'freeDialHoursWeekday',
  'freeDialHoursSaturday',
  'freeDialHoursSunday',
  'freeDialHoursHoliday',
  'institutionsHoursWeekday',
  'institutionsHoursSaturday',
  'institutionsHoursSunday',
  'institutionsHoursHoliday',
  'yearEndClosedFrom',
  'yearEndClosedTo',
  'extraClosedDates',
];

describe('the managed-storage schema', () => {
  const schema = managedSchema();
  const properties = schema.properties ?? {};

  it('is accepted by Chrome’s rules', () => {
    expect(chromeSchemaProblems(schema)).toEqual([]);
  });

  it('declares exactly the settings an administrator may set, under their setting keys', () => {
    expect(Object.keys(properties)).toEqual(SETTING_KEYS.filter((key) => SETTINGS[key].policy));
    expect(Object.keys(properties)).toEqual(expect.arrayContaining(PUBLISHED_POLICY_NAMES));
  });

  it('types each policy after its setting', () => {
    for (const key of POLICY_KEYS) {
      const def = SETTINGS[key];
      const property = properties[key];
      switch (def.kind) {
        case 'boolean':
          expect(property?.type, key).toBe('boolean');
          break;
        case 'enum':
          expect(property, key).toMatchObject({ type: 'string', enum: [...def.values] });
          break;
        case 'text':
          expect(property?.type, key).toBe('string');
          break;
        case 'textList':
          expect(property, key).toMatchObject({ type: 'array', items: { type: 'string' } });
          break;
      }
    }
  });

  it('gives every policy a title and description in Japanese and English', () => {
    for (const key of POLICY_KEYS) {
      const def = SETTINGS[key];
      expect(properties[key]?.title, key).toContain(def.label.ja);
      expect(properties[key]?.title, key).toContain(def.label.en);
      expect(properties[key]?.description, key).toContain(def.description.ja);
      expect(properties[key]?.description, key).toContain(def.description.en);
    }
  });
});

describe('Chrome’s schema rules', () => {
  const valid = { type: 'object', properties: { a: { type: 'string', title: 'A', description: 'a' } } };
  const withPolicy = (policy: Record<string, unknown>) => ({ type: 'object', properties: { a: { title: 'A', description: 'a', ...policy } } });

  it('accept a plain schema', () => {
    expect(chromeSchemaProblems(valid)).toEqual([]);
  });

  it.each([
    ['a keyword Chrome does not know', withPolicy({ type: 'string', maxLength: 11 }), /"maxLength" is not supported/],
    ['JSON Schema formats', withPolicy({ type: 'string', format: 'date' }), /"format" is not supported/],
    ['enum on a boolean', withPolicy({ type: 'boolean', enum: [true] }), /"enum" is not supported on type boolean/],
    ['an empty enum', withPolicy({ type: 'string', enum: [] }), /non-empty list/],
    ['a type Chrome does not have', withPolicy({ type: 'null' }), /unsupported type/],
    ['an array without items', withPolicy({ type: 'array' }), /needs "items"/],
    ['a bad item schema', withPolicy({ type: 'array', items: { type: 'string', minLength: 1 } }), /items: "minLength"/],
    ['both type and $ref', withPolicy({ type: 'string', $ref: 'x' }), /exactly one of/],
    ['a missing title', { type: 'object', properties: { a: { type: 'string', description: 'a' } } }, /needs a "title"/],
    ['a missing description', { type: 'object', properties: { a: { type: 'string', title: 'A' } } }, /needs a "description"/],
    ['additionalProperties at the top', { ...valid, additionalProperties: { type: 'string' } }, /not allowed at the top level/],
    ['a top level that is not an object', { type: 'array', items: { type: 'string' } }, /top level must be of type object/],
  ])('reject %s', (_name, schema, message) => {
    expect(chromeSchemaProblems(schema).join('\n')).toMatch(message);
  });
});
