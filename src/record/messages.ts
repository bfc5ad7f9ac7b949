/** How a diagnostic is written for people: the same `file:line rule message` in the CLI, the build and the site. */
import type { Message } from './types.ts';

/** `file:line`, or just `file` when the message has no line. */
export function messageLocation(m: Message): string {
  return `${m.file}${m.line !== null ? `:${m.line}` : ''}`;
}

export function formatMessage(m: Message): string {
  return `${messageLocation(m)} ${m.rule} ${m.message}`;
}
