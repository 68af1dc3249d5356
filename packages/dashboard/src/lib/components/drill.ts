/**
 * Drill-down on a rendered chart: the bars whose datum carries a `drill` key (see `lib/drill.ts`)
 * become buttons — focusable with Tab, opened with a click, Enter or Space — and report that key.
 * Vega binds each SVG mark element to its scenegraph item (`__data__`), which is how its own
 * event handlers find the datum; the same binding is read here, for the keyboard too.
 */

/** What a drillable bar reports: its drill key, its accessible name, and the element (to give focus back). */
export type DrillHandler = (drill: string, label: string, trigger: Element) => void;

interface BoundElement extends Element {
  __data__?: { datum?: { drill?: unknown; aria?: unknown } } | Array<{ datum?: { drill?: unknown; aria?: unknown } }>;
}

/** The datum of a mark element, if vega bound one. */
function datumOf(element: Element): { drill?: unknown; aria?: unknown } | undefined {
  const data = (element as BoundElement).__data__;
  const item = Array.isArray(data) ? data[0] : data;
  return item?.datum;
}

/** The drill key of a mark element: a string, or null for a mark that is not a drillable bar. */
export function drillOf(element: Element): string | null {
  const drill = datumOf(element)?.drill;
  return typeof drill === 'string' ? drill : null;
}

/** Makes the drillable marks inside `root` buttons (focusable, named by their aria label). */
export function markDrillable(root: Element): void {
  for (const element of root.querySelectorAll('path, rect')) {
    if (element.getAttribute('tabindex') === '0' || drillOf(element) === null) continue;
    element.setAttribute('tabindex', '0');
    element.setAttribute('role', 'button');
    element.classList.add('drillable');
  }
}

/**
 * Listens for clicks and Enter / Space on the drillable bars of a chart container, and keeps the
 * bars focusable as vega redraws them. Returns the function that stops it.
 *
 * @example
 * const stop = attachDrill(container, (drill, label, trigger) => openPanel(drill, label, trigger));
 */
export function attachDrill(container: HTMLElement, handler: DrillHandler): () => void {
  const open = (target: EventTarget | null) => {
    if (!(target instanceof Element)) return false;
    const drill = drillOf(target);
    if (drill === null) return false;
    const label = datumOf(target)?.aria;
    handler(drill, typeof label === 'string' ? label : '', target);
    return true;
  };
  const onClick = (event: MouseEvent) => {
    open(event.target);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    if (open(event.target)) event.preventDefault();
  };
  let queued = false;
  const observer = new MutationObserver(() => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      markDrillable(container);
    });
  });
  observer.observe(container, { childList: true, subtree: true });
  markDrillable(container);
  container.addEventListener('click', onClick);
  container.addEventListener('keydown', onKey);
  return () => {
    observer.disconnect();
    container.removeEventListener('click', onClick);
    container.removeEventListener('keydown', onKey);
  };
}
