import { localized, t } from '../../lib/i18n/translate';
import type { Rejection } from '../../lib/settings/validate';

/** Values that were refused, each with its key, the value and the reason (and where it came from). */
export function RejectedList({ rejected, testId, withSource }: { rejected: readonly Rejection[]; testId: string; withSource: boolean }) {
  return (
    <ul class="rejected" data-testid={testId}>
      {rejected.map((r, i) => (
        <li key={i}>
          <code>{r.key}</code> = <code>{r.value}</code>
          {withSource ? t('rejectedSource', t(r.source === 'policy' ? 'sourcePolicy' : 'sourceUser')) : null}
          {t('labelSeparator')}
          {localized(r.reason)}
        </li>
      ))}
    </ul>
  );
}
