/**
 * Chrome refuses to load an extension whose managed schema it cannot parse, so the build checks
 * the generated schema against Chrome's rules (developer.chrome.com "Manifest for managed storage"
 * and Chromium's components/policy/core/common/schema.cc): the top level is an object without
 * additionalProperties/patternProperties; every schema has exactly one of `type` or `$ref`; types
 * are object/array/string/boolean/integer/number; `enum` only on strings and integers, `minimum`/
 * `maximum` only on integers and numbers, `pattern` only on strings. On top of Chrome's rules, every
 * policy needs a title and a description: the schema documents each policy to whoever reads it.
 */

const TYPES = new Set(['object', 'array', 'string', 'boolean', 'integer', 'number']);

/** Keywords Chrome's schema parser knows, per type; anything else is reported. */
const COMMON = ['type', '$ref', 'id', 'title', 'description', 'sensitiveValue'];
const BY_TYPE: Record<string, readonly string[]> = {
  object: ['properties', 'additionalProperties', 'patternProperties', 'required'],
  array: ['items'],
  string: ['enum', 'pattern'],
  integer: ['enum', 'minimum', 'maximum'],
  number: ['minimum', 'maximum'],
  boolean: [],
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function check(schema: unknown, path: string, problems: string[]): void {
  if (!isObject(schema)) {
    problems.push(`${path}: a schema must be an object`);
    return;
  }
  const type = schema.type;
  if (('type' in schema) === ('$ref' in schema)) problems.push(`${path}: needs exactly one of "type" and "$ref"`);
  if ('$ref' in schema) return;
  if (typeof type !== 'string' || !TYPES.has(type)) {
    problems.push(`${path}: unsupported type ${JSON.stringify(type)}`);
    return;
  }
  const allowed = new Set([...COMMON, ...(BY_TYPE[type] ?? [])]);
  for (const keyword of Object.keys(schema)) {
    if (!allowed.has(keyword)) problems.push(`${path}: "${keyword}" is not supported on type ${type}`);
  }
  if ('enum' in schema) {
    const values = schema.enum;
    const itemType = type === 'integer' ? 'number' : 'string';
    if (!Array.isArray(values) || values.length === 0 || values.some((v) => typeof v !== itemType)) {
      problems.push(`${path}: "enum" must be a non-empty list of ${type} values`);
    }
  }
  if (type === 'array') {
    if ('items' in schema) check(schema.items, `${path}.items`, problems);
    else problems.push(`${path}: an array needs "items"`);
  }
  if (type === 'object') {
    const properties = schema.properties ?? {};
    if (!isObject(properties)) problems.push(`${path}: "properties" must be an object`);
    else for (const [name, sub] of Object.entries(properties)) check(sub, `${path}.${name}`, problems);
    if ('additionalProperties' in schema) check(schema.additionalProperties, `${path}.additionalProperties`, problems);
  }
}

/** Every rule the schema breaks, as "path: problem"; empty when Chrome will accept it. */
export function chromeSchemaProblems(schema: unknown): string[] {
  const problems: string[] = [];
  check(schema, 'schema', problems);
  if (!isObject(schema)) return problems;
  if (schema.type !== 'object') problems.push('schema: the top level must be of type object');
  for (const keyword of ['additionalProperties', 'patternProperties']) {
    if (keyword in schema) problems.push(`schema: "${keyword}" is not allowed at the top level`);
  }
  const policies = isObject(schema.properties) ? schema.properties : {};
  for (const [name, policy] of Object.entries(policies)) {
    for (const field of ['title', 'description']) {
      const text = isObject(policy) ? policy[field] : undefined;
      if (typeof text !== 'string' || text.trim() === '') problems.push(`schema.${name}: needs a "${field}"`);
    }
  }
  return problems;
}
