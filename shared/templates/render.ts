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

/**
 * The known name the writer probably meant by an unknown one: a different case (`{firstname}`), a
 * shortening or lengthening (`{item}` for `{itemName}`), or a small typo (`{fistName}`). Undefined when
 * nothing is close.
 */
export function suggestPlaceholder(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  const sameCase = known.find((k) => k.toLowerCase() === lower);
  if (sameCase) return sameCase;
  if (lower.length >= 3) {
    const related = known.filter((k) => {
      const kl = k.toLowerCase();
      return kl.startsWith(lower) || lower.startsWith(kl);
    });
    if (related.length === 1) return related[0];
  }
  let best: string | undefined;
  let bestDistance = lower.length >= 5 ? 3 : 2;
  for (const k of known) {
    const d = editDistance(lower, k.toLowerCase());
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}

/** Levenshtein distance (names are short). */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}
