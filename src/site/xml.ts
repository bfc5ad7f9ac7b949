/**
 * The output-side guarantee for XML (feed, sitemap): whatever text a record carries, the document
 * stays well-formed. Ingest drops control characters already; this is defence in depth, because
 * one stray U+0001 or U+FFFE makes a whole feed unreadable for every subscriber.
 */

/**
 * Characters XML 1.0 forbids (C0 controls but tab/LF/CR, U+FFFE/U+FFFF, lone surrogates) and those
 * it discourages (DEL and C1 controls, non-characters): none of them is text a reader can see.
 */
const NOT_XML_TEXT =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` without the characters an XML document may not (or should not) contain. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML_TEXT, '');
}
