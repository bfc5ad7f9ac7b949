/**
 * Auto-escaping HTML templates: every interpolated value is escaped unless it is
 * already SafeHtml. Escaping by default is the site's XSS defence, so templates
 * never concatenate strings into markup by hand.
 */
import { escapeHtml } from '../record/text.ts';

export class SafeHtml {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

/** Anything a template may interpolate; null/undefined/false render as nothing. */
export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map((v: HtmlValue) => render(v)).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) {
    out += render(values[i]) + (strings[i + 1] ?? '');
  }
  return new SafeHtml(out);
}

/** Mark a string as trusted markup (sanitized article bodies, build-time SVG). */
export function raw(trusted: string): SafeHtml {
  return new SafeHtml(trusted);
}

/** Join fragments with a separator (both escaped unless SafeHtml). */
export function join(items: readonly HtmlValue[], separator: HtmlValue = ''): SafeHtml {
  const sep = render(separator);
  return new SafeHtml(items.map((v) => render(v)).join(sep));
}
