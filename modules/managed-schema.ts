import { defineWxtModule } from 'wxt/modules';
import { chromeSchemaProblems } from '../lib/policy/chromeSchemaRules';
import { MANAGED_SCHEMA_FILE, managedSchema } from '../lib/policy/managedSchema';

/** The managed-storage schema, generated from lib/settings/definition.ts on every Chromium build. */
export default defineWxtModule((wxt) => {
  wxt.hook('build:publicAssets', (wxt, files) => {
    if (wxt.config.browser === 'firefox') return;
    const schema = managedSchema();
    // A schema Chrome cannot parse keeps the extension from loading at all: fail the build instead.
    const problems = chromeSchemaProblems(schema);
    if (problems.length > 0) throw new Error(`Managed schema rejected:\n${problems.join('\n')}`);
    files.push({ relativeDest: MANAGED_SCHEMA_FILE, contents: `${JSON.stringify(schema, null, 2)}\n` });
  });
});
