import { useEffect, useState } from 'preact/hooks';
import { CALL_CENTRES } from '../lib/callCentres';
import type { CallCentreView } from '../lib/messages';
import { sendRequest } from '../lib/runtime';
import { CallCentreCard } from './CallCentreCard';

/** Both lines with their live status, refreshed at each minute while the page is open. */
export function CallCentreList() {
  const [views, setViews] = useState<CallCentreView[]>();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const refresh = async () => {
      setViews((await sendRequest({ type: 'callCentreViews' })) ?? undefined);
      timer = setTimeout(refresh, 60_000 - (Date.now() % 60_000) + 50);
    };
    void refresh();
    return () => clearTimeout(timer);
  }, []);
  return (
    <div class="lines">
      {CALL_CENTRES.map((centre) => (
        <CallCentreCard key={centre.id} centre={centre} view={views?.find((v) => v.id === centre.id)} headingLevel={3} />
      ))}
    </div>
  );
}
