// Our work in the tasks of a page's renderer main thread, from a DevTools trace of a span the page
// marks with console.timeStamp (tests/fixtures/perf/small-result.html).
//
// A task is a top-level event of the thread (RunTask: it holds the task's microtask checkpoint,
// which ThreadControllerImpl::RunTask does not). Ours in a task is the total duration of the
// outermost events attributable to the extension:
// - script events whose URL is chrome-extension:// (FunctionCall, EvaluateScript, v8.compile…),
//   and v8.callFunction / v8.evaluateModule in the isolated world such events run in;
// - a microtask checkpoint (RunMicrotasks) in a task that ran ours or delivered an extension
//   message, less the page's scripts inside it: promise continuations carry no URL in the trace,
//   and our panel's UI renders in them after its module is evaluated; the page's MutationObserver
//   callbacks run in the same checkpoint and stay the page's.
// Everything else inside such an event (style, layout, parsing it forces) counts for us.

export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel', 'v8'];

const EXTENSION_URL = 'chrome-extension://';
const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.run']);
// The browser's rendering work; outside our events it is the browser's, not script of ours.
// Events that only wrap running script: the inside of a task lists what is not one of them.
const SCRIPT_WRAPPERS = new Set(['RunMicrotasks', 'v8.callFunction', 'FunctionCall', 'TimerFire', 'v8.run', 'v8.newInstance']);
const RENDERING_EVENTS = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'HitTest']);

/** Records a trace of `action()` on the page of `cdp` and returns its events. */
export async function traceOf(cdp, action) {
  const events = [];
  const collect = ({ value }) => events.push(...value);
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: TRACE_CATEGORIES }, transferMode: 'ReportEvents' });
  try {
    await action();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
  return events;
}

const urlOf = (event) => event.args?.data?.url ?? event.args?.fileName ?? event.args?.data?.fileName;

/** The thread's complete events as a forest (children nested by time), in order. */
function forest(events) {
  const sorted = events.filter((e) => e.ph === 'X' && typeof e.dur === 'number').sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const roots = [];
  const stack = [];
  for (const event of sorted) {
    const node = { event, children: [], parent: null };
    while (stack.length > 0 && event.ts >= stack.at(-1).event.ts + stack.at(-1).event.dur) stack.pop();
    const parent = stack.at(-1);
    if (parent) {
      node.parent = parent;
      parent.children.push(node);
    } else roots.push(node);
    stack.push(node);
  }
  return roots;
}

function* walk(node) {
  yield node;
  for (const child of node.children) yield* walk(child);
}

/**
 * Ours per task in the span between the marks `from` and `to`: the longest, the total, the worst
 * task's inside (its events by name, ms) and the browser's rendering outside our events.
 */
export function oursInSpan(events, from, to) {
  const mark = (message) => events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === message);
  const start = mark(from);
  const end = mark(to);
  if (!start || !end) throw new Error(`bench: the trace lacks the page's marks ${from} / ${to}`);
  const thread = events.filter((e) => e.pid === start.pid && e.tid === start.tid);
  const tasks = forest(thread).filter(({ event }) => event.ts + event.dur >= start.ts && event.ts <= end.ts);

  const isExtensionScript = ({ event }) => SCRIPT_EVENTS.has(event.name) && urlOf(event)?.startsWith(EXTENSION_URL);
  // The page's script, with the main world's call around it.
  const isPageScript = (node) =>
    (SCRIPT_EVENTS.has(node.event.name) && urlOf(node.event) !== undefined && !urlOf(node.event).startsWith(EXTENSION_URL)) ||
    (node.event.name === 'v8.callFunction' && node.event.args?.worldId === undefined && node.children.some(isPageScript));
  const ourWorlds = new Set();
  for (const task of tasks) {
    for (const node of walk(task)) {
      if (!isExtensionScript(node)) continue;
      for (let up = node.parent; up; up = up.parent) if (up.event.args?.worldId !== undefined) ourWorlds.add(up.event.args.worldId);
    }
  }
  const inOurWorld = ({ event }) => event.args?.worldId !== undefined && ourWorlds.has(event.args.worldId);
  const deliversExtensionMessage = ({ event }) => event.args?.chrome_mojo_event_info?.mojo_interface_tag?.startsWith('extensions.mojom') ?? false;

  const runs = tasks.map((task) => {
    const nodes = [...walk(task)];
    const taskIsOurs = nodes.some((n) => isExtensionScript(n) || inOurWorld(n) || deliversExtensionMessage(n));
    const isOurs = (node) => isExtensionScript(node) || inOurWorld(node) || (taskIsOurs && node.event.name === 'RunMicrotasks');
    const ours = [];
    const rendering = [];
    const visit = (node) => {
      if (isOurs(node)) ours.push(node);
      else if (RENDERING_EVENTS.has(node.event.name)) rendering.push(node);
      else node.children.forEach(visit);
    };
    visit(task);
    const sum = (list) => list.reduce((total, { event }) => total + event.dur, 0) / 1000;
    const pageInside = ours.flatMap((node) => outermost(node, isPageScript));
    return { task, ours, oursMs: sum(ours) - sum(pageInside), rendering, renderingMs: sum(rendering) };
  });
  const worst = runs.reduce((a, b) => (b.oursMs > a.oursMs ? b : a), runs[0]);
  return {
    longestMs: worst?.oursMs ?? 0,
    totalMs: runs.reduce((total, run) => total + run.oursMs, 0),
    worstInside: worst ? insideByName(worst.ours, isPageScript) : [],
    renderingMs: runs.reduce((total, run) => total + run.renderingMs, 0),
    longestRendering: longestOf(runs.flatMap((run) => run.rendering)),
  };
}

function longestOf(nodes) {
  const longest = nodes.reduce((a, b) => (b.event.dur > a.event.dur ? b : a), nodes[0]);
  return longest ? { name: longest.event.name, ms: longest.event.dur / 1000 } : null;
}

/** The outermost descendants of `node` that match. */
function outermost(node, matches) {
  return node.children.flatMap((child) => (matches(child) ? [child] : outermost(child, matches)));
}

/**
 * What our outermost events of a task spent their time in besides running script: descendants by
 * name (outermost of each name), ms, largest first; the page's scripts inside them left out.
 */
function insideByName(ours, isPageScript) {
  const byName = new Map();
  for (const top of ours) {
    const visit = (node, namesAbove) => {
      for (const child of node.children) {
        if (isPageScript(child)) continue;
        const counts = !SCRIPT_WRAPPERS.has(child.event.name) && !namesAbove.has(child.event.name);
        if (counts) byName.set(child.event.name, (byName.get(child.event.name) ?? 0) + child.event.dur);
        visit(child, new Set([...namesAbove, child.event.name]));
      }
    };
    visit(top, new Set([top.event.name]));
  }
  return [...byName].map(([name, us]) => [name, us / 1000]).sort((a, b) => b[1] - a[1]);
}
