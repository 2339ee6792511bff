// Fills `{name}` placeholders in seller-written text (note templates, message templates).
// The result is plain text: values are inserted as they are and never expanded again.

const placeholder = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** The placeholder names a template uses, in order of first use. */
export function templatePlaceholders(body: string): string[] {
  return [...new Set(Array.from(body.matchAll(placeholder), (m) => m[1] ?? ''))];
}

/** Names used in the template that are not in `known`. */
export function unknownPlaceholders(body: string, known: readonly string[]): string[] {
  return templatePlaceholders(body).filter((name) => !known.includes(name));
}

export interface Rendered {
  text: string;
  /** Placeholders that have no value: left in the text as written. */
  unknown: string[];
}

export function renderTemplate(body: string, values: Readonly<Record<string, string>>): Rendered {
  const unknown = new Set<string>();
  // One pass over the template: a value containing `{firstName}` stays literal.
  const text = body.replace(placeholder, (whole, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    if (value === undefined) {
      unknown.add(name);
      return whole;
    }
    return value;
  });
  return { text, unknown: [...unknown] };
}
