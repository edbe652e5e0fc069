import { useEffect, useState } from 'preact/hooks';
import type { EffectiveSettings } from '../../lib/settings/resolve';
import { watchSettings } from '../../lib/settings/storage';

/** The effective settings, kept live (user edits elsewhere and policy changes show at once). */
export function useEffectiveSettings(): EffectiveSettings | undefined {
  const [effective, setEffective] = useState<EffectiveSettings>();
  useEffect(() => {
    const stop = new AbortController();
    watchSettings(stop.signal, setEffective);
    return () => stop.abort();
  }, []);
  return effective;
}
