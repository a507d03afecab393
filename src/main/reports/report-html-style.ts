// The e-mail's styles: inline CSS (what Outlook's Word engine and Gmail keep) and one <style> block whose media
// query narrows the padding, sets the KPI cards two by two and drops the secondary columns under 480 px, as a
// progressive enhancement: without it the layout is already fluid (nothing wider than a 375 px phone).
// And the one helper for data tables: a caption and <th scope>, never role="presentation".
import { html, SafeHtml } from './safe-html';

export const FONT = 'font-family:Arial,Helvetica,sans-serif;';
export const MUTED = 'color:#6b7280;';
export const CELL = 'padding:6px 6px;border-bottom:1px solid #e5e7eb;font-size:13px;vertical-align:top;';
export const HEAD =
  'padding:6px 6px;border-bottom:2px solid #d1d5db;font-size:12px;text-align:left;color:#374151;vertical-align:bottom;';
export const H2 = `margin:0;font-size:16px;font-weight:bold;color:#111827;${FONT}`;
/** Good news green, bad news red: both ≥ 4.5:1 on the cards' background; the text also says it (mieux/worse). */
export const TONE_COLOR = { good: '#15803d', bad: '#b91c1c', flat: '#6b7280' } as const;
/** The outer padding of a section, narrowed on a phone by the media query (class da-pad). */
export const PAD_X = 24;

export const RESPONSIVE_STYLE = new SafeHtml(`<style>
  @media (max-width: 480px) {
    .da-pad { padding-left: 12px !important; padding-right: 12px !important; }
    .da-kpi { max-width: 50% !important; }
    .da-secondary { display: none !important; }
  }
</style>`);

/** Outlook (Word) ignores max-width: a fixed 600 px table around the fluid one, for Outlook only. */
export const MSO_OPEN = new SafeHtml(
  '<!--[if mso]><table role="presentation" width="600" align="center" cellpadding="0" cellspacing="0"><tr><td><![endif]-->',
);
export const MSO_CLOSE = new SafeHtml('<!--[if mso]></td></tr></table><![endif]-->');

export interface Column {
  head: string;
  /** numbers: right-aligned */
  numeric?: boolean;
  /** dropped under 480 px by the media query (the row stays readable without it) */
  secondary?: boolean;
}

export interface Row {
  /** the first cell, the row's header (th scope="row") */
  label: string | SafeHtml;
  cells: (string | SafeHtml)[];
}

const SECONDARY = new SafeHtml(' class="da-secondary"');
function cls(c: Column): SafeHtml | '' {
  return c.secondary ? SECONDARY : '';
}

/** A real data table: its caption is the section's title, headers are <th scope>; screen readers read it as one. */
export function dataTable(caption: string, columns: Column[], rows: Row[]): SafeHtml {
  const [first, ...rest] = columns;
  const align = (c: Column) => (c.numeric ? 'text-align:right;' : '');
  return html`<table width="100%" cellpadding="0" cellspacing="0" style="border-collapse:collapse;${FONT}">
    <caption style="${H2}text-align:left;padding:0 0 8px 0;">
      ${caption}
    </caption>
    <thead>
      <tr>
        <th scope="col" style="${HEAD}">${first?.head}</th>
        ${rest.map((c) => html`<th scope="col" ${cls(c)} style="${HEAD}${align(c)}">${c.head}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (r) =>
          html`<tr>
            <th scope="row" style="${CELL}text-align:left;font-weight:normal;">${r.label}</th>
            ${r.cells.map((cell, i) => {
              const c: Column = rest[i] ?? { head: '' };
              return html`<td${cls(c)} style="${CELL}${align(c)}">${cell}</td>`;
            })}
          </tr>`,
      )}
    </tbody>
  </table>`;
}
