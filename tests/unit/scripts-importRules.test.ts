import { describe, expect, it } from 'vitest';
import { importRuleViolations, importsOf } from '../../scripts/lib/importRules';
import { repositorySources as sourcesWhere } from './repositoryFiles';

const repositorySources = () =>
  // This file's own examples of wrong imports are strings, not imports.
  sourcesWhere((file) => /\.(tsx?|mjs)$/.test(file) && !file.startsWith('tests/fixtures/') && file !== 'tests/unit/scripts-importRules.test.ts');

describe('import rules (README, "Layout")', () => {
  it('every source file keeps to them', () => {
    const violations = importRuleViolations(repositorySources()).map((v) => `${v.file}:${v.line} imports ${v.target}: ${v.rule}`);
    expect(violations).toEqual([]);
  });

  // Each rule fails on a deliberately wrong import, so the check above can fail.
  it.each([
    ['lib/detection/x.ts', "import { SETTINGS } from '../settings/definition';", 'detection imports no settings'],
    ['lib/detection/x.ts', "import { browser } from 'wxt/browser';", 'detection imports no settings and no extension API'],
    ['lib/hours/x.ts', "import type { Settings } from '../settings/definition';", 'hours imports nothing from settings'],
    ['lib/hours/x.ts', "import { t } from '../i18n/translate';", 'hours imports nothing from settings or the browser'],
    ['lib/content/x.ts', "import { lineStatus } from '../hours/status';", 'content never imports background, hours or policy'],
    ['lib/content/x.ts', "import { startBackgroundService } from '../background/service';", 'content never imports'],
    ['lib/background/x.ts', "import { runContentScript } from '../content/frameLifecycle';", 'background never imports the content script'],
    ['components/x/X.tsx', "import { normalise } from '../../lib/detection/normalise';", 'components import detection only as types'],
    ['lib/content/x.ts', "import { Panel } from '../../components/panel/Panel';", 'lib imports components only as types'],
    ['components/x/X.tsx', "import { admx } from '../../lib/policy/admx';", 'policy is Node-only'],
    ['lib/settings/x.ts', "export { admx } from '../policy/admx';", 'policy is Node-only'],
    ['lib/content/x.ts', "const m = import('../../entrypoints/content');", 'nothing imports entrypoints'],
    ['lib/shared/x.ts', "import { t } from '../i18n/translate';", 'shared is a leaf'],
  ])('%s: %s breaks "%s"', (file, source, rule) => {
    const violations = importRuleViolations(new Map([[file, source]]));
    expect(violations.map((v) => v.rule).join('\n')).toContain(rule);
  });

  it('allows what the rules allow', () => {
    const allowed = new Map([
      ['components/x/X.tsx', "import type { Match } from '../../lib/detection/mentions';"],
      ['components/y/Y.tsx', "import { type Match, type Unit } from '../../lib/detection/mentions';"],
      ['lib/content/x.ts', "export type PanelView = typeof import('../../components/panel/panelView');"],
      ['lib/hours/x.ts', "import { DateTime } from 'luxon';\nimport type { Translate } from '../i18n/localized';"],
      ['scripts/x.ts', "import { admx } from '../lib/policy/admx';"],
      ['lib/settings/x.ts', "import { extraPatternProblem } from '../detection/patterns';"],
    ]);
    expect(importRuleViolations(allowed)).toEqual([]);
  });

  it('reads every form of import', () => {
    const source = [
      "import a from './a';",
      "import type { B } from '../b';",
      "export { c } from './c';",
      "import './d.css';",
      "const e = await import(/* @vite-ignore */ './e');",
      "type F = typeof import('./f');",
    ].join('\n');
    expect(importsOf('lib/x/y.ts', source)).toEqual([
      { target: 'lib/x/a', typeOnly: false, line: 1 },
      { target: 'lib/b', typeOnly: true, line: 2 },
      { target: 'lib/x/c', typeOnly: false, line: 3 },
      { target: 'lib/x/d.css', typeOnly: false, line: 4 },
      { target: 'lib/x/e', typeOnly: false, line: 5 },
      { target: 'lib/x/f', typeOnly: true, line: 6 },
    ]);
  });
});
