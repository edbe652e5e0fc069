import { describe, expect, it } from 'vitest';
import { compilePatterns } from '../../lib/detection/patterns';
import { triggerCharacters } from '../../lib/detection/trigger';
import { publishedFrom, publishSettings } from '../../lib/settings/published';
import { fakeBrowser } from 'wxt/testing/fake-browser';

describe('published settings', () => {
  it("carry the trigger characters of the settings' patterns", async () => {
    fakeBrowser.reset();
    const settings = { ...SETTING_DEFAULTS, extraPatterns: ['該当資格なし'] };
    await publishSettings(settings, 'ja');
    const { effectiveSettings } = await fakeBrowser.storage.local.get('effectiveSettings');
    expect(effectiveSettings).toEqual({ settings, locale: 'ja', triggerCharacters: triggerCharacters(compilePatterns(settings.extraPatterns).patterns) });
    expect(publishedFrom(effectiveSettings).triggerCharacters).toContain('該');
  });

  it('keep trigger characters only when they are text and come with valid settings', () => {
    expect(publishedFrom({ settings: SETTING_DEFAULTS, triggerCharacters: '無情' }).triggerCharacters).toBe('無情');
    expect(publishedFrom({ settings: SETTING_DEFAULTS, triggerCharacters: ['無', '情'] }).triggerCharacters).toBeUndefined();
    // Settings that fail the check are the defaults: characters published for them may not fit.
    const foreign = publishedFrom({ settings: { enabled: 'yes' }, triggerCharacters: '無情' });
    expect(foreign.settings).toEqual(SETTING_DEFAULTS);
    expect(foreign.triggerCharacters).toBeUndefined();
    expect(publishedFrom(undefined)).toEqual({ settings: SETTING_DEFAULTS, locale: undefined, triggerCharacters: undefined });
  });
});
