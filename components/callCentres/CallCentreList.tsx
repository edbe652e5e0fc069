import { useEffect, useState } from 'preact/hooks';
import { CALL_CENTRES } from '../../lib/notice/callCentres';
import type { CallCentreView } from '../../lib/messaging/messages';
import { sendRequest } from '../../lib/messaging/runtime';
import { CallCentreCard } from './CallCentreCard';
import { ForeignLine, type ForeignLineSettings } from './ForeignLine';
import { msToNextMinute } from '../../lib/shared/nextMinute';

/** Every line with its live status, refreshed at each minute while the page is open. */
export function CallCentreList({ foreignLine }: { foreignLine: ForeignLineSettings }) {
  const [views, setViews] = useState<CallCentreView[]>();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const refresh = async () => {
      setViews((await sendRequest({ type: 'callCentreViews' })) ?? undefined);
      timer = setTimeout(refresh, msToNextMinute());
    };
    void refresh();
    return () => clearTimeout(timer);
  }, []);
  return (
    <div class="lines">
      {CALL_CENTRES.map((centre) => (
        <CallCentreCard key={centre.id} centre={centre} view={views?.find((v) => v.id === centre.id)} headingLevel={3} />
      ))}
      <ForeignLine settings={foreignLine} view={views?.find((v) => v.id === 'foreignLine')} />
    </div>
  );
}
