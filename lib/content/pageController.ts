import type { PanelProps } from '../../components/panel/Panel';
import { Detector } from '../detection/detector';
import type { Match } from '../detection/mentions';
import { compilePatterns, type Pattern } from '../detection/patterns';
import { closedShadowRoot } from '../detection/shadowRoots';
import type { CallCentreView } from '../messaging/messages';
import type { Settings } from '../settings/definition';
import { cancel, later, type TimerId } from '../shared/scheduler';
import { AlertHost, isAlertNode } from './alertHost';
import type { Callout } from './callout';
import { Highlights } from './highlights';
import { type PageResults, pageResults } from './pageResults';
import { anchorOf, placementFor } from './placement';
import { RestoreBudget } from './restoreBudget';

/**
 * One document's alert: derives the state (the detector's results, the settings, the live hours)
 * and hands it to the parts that show it: the highlights, and while a result is not dismissed the
 * host with its panel and the callout. Each part stops itself when its signal aborts: the
 * highlights with `signal`, the shown alert also when no result is left to show.
 */

export interface PageEnvironment {
  doc: Document;
  signal: AbortSignal;
  /**
   * Whether the extension is still there (not disabled, reloaded or updated). Asked before each
   * use of an extension API; when it answers false, `signal` has already aborted.
   */
  alive(): boolean;
  /** Live status of both lines (computed by the background). */
  requestViews(): Promise<CallCentreView[] | null>;
  /** This document's number of results, for the toolbar badge. */
  reportCount(count: number): void;
  /** Opens the patient slip. */
  openSlip(): void;
  /** Whether anything of ours (panel, highlights) is on the page now. */
  showing(showing: boolean): void;
}

/** The settings' patterns (settings validation has already refused, with reasons, what this drops). */
function patternsFrom(settings: Settings): Pattern[] {
  return compilePatterns(settings.extraPatterns).patterns;
}

/** The parts started for one showing of the alert, and what stops them. */
interface ShownAlert {
  stop: AbortController;
  host: AlertHost;
  /** Comes with the panel's UI, a moment after the host. */
  callout: Callout | null;
  /** The result the host was placed by: placement is worked out again only when it changes. */
  placedBy: Match | null;
}

export class PageController {
  private readonly detector: Detector;
  private readonly highlights: Highlights;
  private results: PageResults | null = null;
  private shown: ShownAlert | null = null;
  /** Results present when the user closed the panel; a result not in here shows it again. */
  private readonly dismissed = new Set<Element>();
  private views: CallCentreView[] | null = null;
  private reportedCount = 0;
  private readonly restores = new RestoreBudget();
  private restoreTimer: TimerId | undefined;
  /** The badge and the life check follow in a task of their own: not in the one that shows the result. */
  private reportTimer: TimerId | undefined;

  constructor(
    private readonly env: PageEnvironment,
    private settings: Settings,
    triggerCharacters?: string,
  ) {
    this.highlights = new Highlights(env.signal);
    this.detector = new Detector(env.doc, {
      patterns: patternsFrom(settings),
      triggerCharacters,
      signal: env.signal,
      isOwnNode: isAlertNode,
      closedShadowRoot,
      onChange: (matches) => this.onMatches(matches),
    });
    env.signal.addEventListener(
      'abort',
      () => {
        cancel(this.reportTimer);
        env.showing(false);
        if (this.reportedCount > 0) env.reportCount(0);
      },
      { once: true },
    );
  }

  updateSettings(settings: Settings, triggerCharacters?: string): void {
    const patternsChanged = settings.extraPatterns.join('\n') !== this.settings.extraPatterns.join('\n');
    this.settings = settings;
    if (patternsChanged) this.detector.setPatterns(patternsFrom(settings), triggerCharacters);
    // The results may stay the same under new patterns, but the role or wording may not.
    this.show();
  }

  rescan(): void {
    this.detector.rescan();
  }

  private onMatches(matches: readonly Match[]): void {
    if (!this.env.alive()) return;
    const anchor = anchorOf(matches);
    this.results = anchor ? pageResults(matches, anchor) : null;
    this.highlights.update(matches);
    const present = new Set(matches.map((m) => m.element));
    for (const el of this.dismissed) if (!present.has(el)) this.dismissed.delete(el);
    this.show();
    this.reportTimer ??= later(() => this.report(), 0);
  }

  /** The toolbar badge's count, and whether anything of ours is on the page (the life check). */
  private report(): void {
    this.reportTimer = undefined;
    if (!this.env.alive()) return;
    const count = this.results?.matches.length ?? 0;
    this.env.showing(count > 0);
    if (count !== this.reportedCount) {
      this.reportedCount = count;
      this.env.reportCount(count);
    }
  }

  /** The alert for the current results: started, updated, or stopped when none is left to show. */
  private show(): void {
    const results = this.results;
    const waiting = results?.matches.filter((m) => !this.dismissed.has(m.element)) ?? [];
    if (!results || waiting.length === 0) {
      this.stopShowing();
      return;
    }
    // The panel's words come from the extension (i18n): an orphaned script stops here instead.
    if (!this.env.alive()) return;
    if (this.shown?.host.takenOut) {
      // Never straight back from inside the page's mutation: only the restore timer places it again.
      this.restoreLater();
      return;
    }
    this.shown ??= this.startShowing();
    const shown = this.shown;
    shown.host.render(this.panelProps(results));
    const anchor = results.anchor;
    if (shown.placedBy?.element !== anchor.element || shown.placedBy.unit !== anchor.unit) {
      shown.host.place(placementFor(anchor, (el) => this.detector.hostsShadowRoot(el), shown.host.element));
      shown.placedBy = anchor;
    }
    shown.callout?.update(waiting, this.settings.role);
  }

  private startShowing(): ShownAlert {
    const stop = new AbortController();
    this.env.signal.addEventListener('abort', () => stop.abort(), { once: true, signal: stop.signal });
    stop.signal.addEventListener('abort', () => cancel(this.restoreTimer), { once: true });
    const host = new AlertHost(this.env.doc, stop.signal, () => this.restoreLater());
    const shown: ShownAlert = { stop, host, callout: null, placedBy: null };
    // The hours change only the panel: neither the placement nor the callout is worked out again.
    const showViews = (views: CallCentreView[]) => {
      if (views === this.views) return;
      this.views = views;
      if (this.results) host.render(this.panelProps(this.results));
    };
    // Not in the task that shows the result (the first render says the hours are being looked up),
    // but asked while the panel's UI loads: they are usually in by its full render, which then
    // shows them at once instead of rendering the panel again when they arrive.
    let firstViews: Promise<CallCentreView[] | null> | undefined;
    later(() => {
      if (stop.signal.aborted || !this.env.alive()) return;
      firstViews = this.env.requestViews();
      void firstViews.then((views) => {
        if (views && !stop.signal.aborted) showViews(views);
      });
    }, 0);
    const requestViews = () => {
      const asked = firstViews ?? this.env.requestViews();
      firstViews = undefined;
      return asked;
    };
    void host.view.then((view) => {
      view.followLiveHours(this.env.doc, stop.signal, requestViews, showViews);
      // After the panel's last step, in a task of its own as each of those.
      later(() => {
        if (stop.signal.aborted) return;
        shown.callout = new view.Callout(host, stop.signal);
        this.show();
      }, 0);
    });
    return shown;
  }

  private stopShowing(): void {
    this.shown?.stop.abort();
    this.shown = null;
    this.restoreTimer = undefined;
  }

  private panelProps(results: PageResults): PanelProps {
    return {
      results,
      settings: this.settings,
      views: this.views,
      onDismiss: () => this.dismiss(),
      onPrintSlip: () => this.env.openSlip(),
    };
  }

  /** The page took the host out: put it back in a later task, as often as the budget allows. */
  private restoreLater(): void {
    const shown = this.shown;
    if (this.restoreTimer !== undefined || !shown) return;
    const removal = { stoodMs: shown.host.stoodMs, resultStayed: shown.placedBy?.element.isConnected ?? false };
    const wait = this.restores.delay(removal, performance.now());
    this.restoreTimer = later(() => {
      this.restoreTimer = undefined;
      shown.host.takeOut();
      shown.placedBy = null;
      this.show();
    }, wait);
  }

  private dismiss(): void {
    for (const m of this.results?.matches ?? []) this.dismissed.add(m.element);
    this.stopShowing();
  }
}
