import { canonicalHeaderName, isHeaderNamed, isListHeader } from './headerNames.js';
import type { SipHeader } from './SipMessage.js';

interface HasHeaders {
  readonly headers: readonly SipHeader[];
}

/** The header fields with this name (any spelling or compact form), each as one whole field value. */
export function headerFields(message: HasHeaders, name: string): string[] {
  const canonical = canonicalHeaderName(name);
  return message.headers.filter((header) => isHeaderNamed(header.name, canonical)).map((header) => header.value);
}

/** The value of the first header field with this name. */
export function headerValue(message: HasHeaders, name: string): string | undefined {
  const canonical = canonicalHeaderName(name);
  return message.headers.find((header) => isHeaderNamed(header.name, canonical))?.value;
}

/**
 * All values of a header in order: for list headers (Via, Contact, Route, Allow, …) the comma-separated elements of
 * every field, otherwise one value per field.
 */
export function headerValues(message: HasHeaders, name: string): string[] {
  const canonical = canonicalHeaderName(name);
  const fields = headerFields(message, canonical);
  return isListHeader(canonical) ? fields.flatMap(splitHeaderList) : fields;
}

/**
 * Splits a field value at the commas that separate list elements: not inside a quoted string (with its escapes) and
 * not inside angle brackets. Empty elements (`a,,b`) are dropped, as the `#rule` of RFC 3261 §7.3.1 allows.
 */
export function splitHeaderList(value: string): string[] {
  const parts: string[] = [];
  let start = 0;
  let inQuotes = false;
  let inBrackets = false;
  for (let index = 0; index < value.length; index++) {
    const char = value[index];
    if (inQuotes) {
      if (char === '\\') index++;
      else if (char === '"') inQuotes = false;
    } else if (char === '"') inQuotes = true;
    else if (char === '<') inBrackets = true;
    else if (char === '>') inBrackets = false;
    else if (char === ',' && !inBrackets) {
      parts.push(value.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(value.slice(start));
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

/** A copy of the headers without any field of this name. */
export function withoutHeader(headers: readonly SipHeader[], name: string): SipHeader[] {
  const canonical = canonicalHeaderName(name);
  return headers.filter((header) => !isHeaderNamed(header.name, canonical));
}
