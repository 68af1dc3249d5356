/**
 * A Vega tooltip handler that writes plain text only: keys and values go through
 * `textContent`, so nothing from the data (ticket titles, asset names) is ever parsed as HTML.
 */
let element: HTMLDivElement | null = null;

function tooltipElement(): HTMLDivElement {
  if (element && element.isConnected) return element;
  element = document.createElement('div');
  element.className = 'revue-tooltip';
  element.setAttribute('role', 'tooltip');
  element.hidden = true;
  document.body.append(element);
  return element;
}

/** The lines of a tooltip value: `[key, value]` pairs for an object, one line otherwise. */
export function tooltipLines(value: unknown): Array<[string | null, string]> {
  if (value === null || value === undefined || value === '') return [];
  if (typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, v === null || v === undefined ? '—' : String(v)]);
  }
  return [[null, String(value)]];
}

/** Vega's `TooltipHandler` signature: (handler, event, item, value). */
export function plainTooltip(_handler: unknown, event: MouseEvent, _item: unknown, value: unknown): void {
  const tip = tooltipElement();
  const lines = tooltipLines(value);
  if (lines.length === 0) {
    tip.hidden = true;
    return;
  }
  tip.replaceChildren(
    ...lines.map(([key, text]) => {
      const line = document.createElement('div');
      if (key !== null) {
        const name = document.createElement('span');
        name.className = 'key';
        // French typography: a narrow no-break space before the colon.
        name.textContent = document.documentElement.lang === 'fr' ? `${key}\u202f: ` : `${key}: `;
        line.append(name);
      }
      const content = document.createElement('span');
      content.textContent = text;
      line.append(content);
      return line;
    }),
  );
  tip.hidden = false;
  const margin = 14;
  const { innerWidth, innerHeight } = window;
  const rect = tip.getBoundingClientRect();
  const x = event.clientX + margin + rect.width > innerWidth ? event.clientX - margin - rect.width : event.clientX + margin;
  const y = event.clientY + margin + rect.height > innerHeight ? event.clientY - margin - rect.height : event.clientY + margin;
  tip.style.left = `${Math.max(4, x)}px`;
  tip.style.top = `${Math.max(4, y)}px`;
}

/** Hides the tooltip (a chart is being removed). */
export function hideTooltip(): void {
  if (element) element.hidden = true;
}
