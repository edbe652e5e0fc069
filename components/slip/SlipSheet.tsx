import type { Ref } from 'preact';
import { LANGUAGE_NAMES } from '../../lib/slip/languages';
import { PAPER, type PaperSize } from '../../lib/slip/paper';
import type { SlipContent } from '../../lib/slip/slipContent';
import type { Settings } from '../../lib/settings/definition';
import { SlipQr } from './SlipQr';
import { RubyText } from './SlipRuby';

/**
 * The printed card for the patient, in one language. Everything on it comes from the notice
 * (事務連絡 2023-06-09: paper prescription, the free dial ※1 and its page), the free dial's
 * foreign-language line (docs/domain.md#foreign-language-line) and docs/domain.md#statuses (the
 * insurer's registration); nothing comes from the page the result was on, so no patient data can
 * reach the paper.
 */

// What the patient says on the phone, also in Japanese on every other language's slip: the line
// answers in their language, but anyone at the desk or at home can read this out.
const TOPIC_JA = 'マイナンバーカードの健康保険証利用について';

interface Props {
  size: PaperSize;
  content: SlipContent;
  /** Set when the holiday calendar does not cover this year (from the background's clock). */
  holidaysUnknown: boolean;
  clinicName: string;
  slipNote: string;
  /** Clinic: the clinic uses a paper prescription; pharmacy: it receives one. */
  role: Settings['role'];
  sheetRef: Ref<HTMLElement>;
}

export function SlipSheet({ size, content, holidaysUnknown, clinicName, slipNote, role, sheetRef }: Props) {
  const { width, height } = PAPER[size];
  const { text } = content;
  const pharmacy = role === 'pharmacy';
  return (
    <article
      class="sheet"
      lang={content.tag}
      data-size={size}
      data-language={content.language}
      ref={sheetRef}
      style={{ width: `${width}mm`, height: height === null ? 'auto' : `${height}mm` }}
      aria-labelledby="slip-title"
    >
      <header>
        <p class="badges">
          <span class="for">{text.forPatient}</span>
          <StaffLanguage content={content} />
        </p>
        <h2 class="title" id="slip-title">
          <RubyText text={pharmacy ? text.titlePharmacy : text.title} />
        </h2>
        <p class="lead">
          <RubyText text={pharmacy ? text.leadPharmacy : text.lead} />
        </p>
      </header>

      <CallSection content={content} holidaysUnknown={holidaysUnknown} />

      <section class="insurer" aria-labelledby="slip-insurer">
        <h3 id="slip-insurer">
          <RubyText text={text.insurerHeading} />
        </h3>
        <p>
          <RubyText text={text.insurer} />
        </p>
      </section>

      <footer class="foot">
        {/* Typed by the facility, in its own language (usually Japanese). */}
        {slipNote ? <p class="slip-note" lang="ja">{slipNote}</p> : null}
        {clinicName ? <p class="clinic" lang="ja">{clinicName}</p> : null}
        <p class="source">{text.source}</p>
      </footer>
    </article>
  );
}

/** For staff: the slip's language in itself and in Japanese (「Tiếng Việt（ベトナム語）」). */
function StaffLanguage({ content }: { content: SlipContent }) {
  const names = LANGUAGE_NAMES[content.language];
  if (content.language === 'ja') return null;
  return (
    <span class="staff-language">
      {names.own}
      <span lang="ja">（{names.name.ja}）</span>
    </span>
  );
}

/** Whom the patient calls, what to say, the line's languages, its weekly hours and the QR code of its page. */
function CallSection({ content, holidaysUnknown }: { content: SlipContent; holidaysUnknown: boolean }) {
  const { text } = content;
  return (
    <section class="call" aria-labelledby="slip-call">
      <h3 class="call-heading" id="slip-call">
        {text.callHeading}
      </h3>
      <p class="line-name">{text.lineName}</p>
      <p class="number">{content.number}</p>
      {content.lineLanguages ? (
        <p class="languages">
          <span class="languages-label">{text.languagesLabel}: </span>
          {content.lineLanguages.map((language, i) => (
            <span key={language.tag}>
              {i > 0 ? ' · ' : null}
              <span lang={language.tag}>{language.own}</span>
            </span>
          ))}
        </p>
      ) : null}
      <p class="ask">
        <RubyText text={text.ask} />
      </p>
      <p class="topic">
        {text.askTopic}
        {content.language === 'ja' ? null : <span lang="ja"> （{TOPIC_JA}）</span>}
      </p>
      <div class="call-more">
        <dl class="hours">
          <dt>{text.hours}</dt>
          <dd class="week">
            {content.week.map((row) => (
              <WeekRow key={row} row={row} />
            ))}
            {content.closures ? <span>{content.closures}</span> : null}
            {/* Hours only: a printed "open now" would be stale once it leaves the printer. */}
            {holidaysUnknown ? <span class="calendar-note">{text.holidaysUnknown}</span> : null}
          </dd>
        </dl>
        <figure class="qr-block">
          <SlipQr url={content.page} label={`${text.qr}: ${content.page}`} />
          <figcaption>
            {text.qr}
            <span class="url">{content.page.replace(/^https:\/\//, '')}</span>
          </figcaption>
        </figure>
      </div>
    </section>
  );
}

/** "Sat, Sun, holidays 9:30–17:30": the days may wrap, the times stay on one line. */
function WeekRow({ row }: { row: string }) {
  const at = row.lastIndexOf(' ');
  return (
    <span>
      {row.slice(0, at + 1)}
      <span class="times">{row.slice(at + 1)}</span>
    </span>
  );
}
