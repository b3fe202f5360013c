/**
 * Extracting the TypeScript snippets of README.md and docs/*.md, and turning the values in their `//` comments
 * into assertions: `expr; // '6790.00'`, `expr; //=> true`, or a comment line `// → '60000.00'` right after a
 * one-line statement. A block fenced as ```ts no-check is an illustrative fragment and is skipped.
 */

import { Script } from 'node:vm';

/** One fenced TypeScript block. */
export interface Snippet {
  readonly file: string;
  /** The line of the opening fence (1-based). */
  readonly line: number;
  readonly code: string;
}

const FENCE = /^```(ts|typescript|mts)(\s+[^\n]*)?$/u;

/** The checked TypeScript blocks of a Markdown text (```ts no-check blocks are left out). */
export function extractSnippets(file: string, markdown: string): Snippet[] {
  const lines = markdown.split('\n');
  const snippets: Snippet[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const open = FENCE.exec(lines[i] ?? '');
    if (open === null) continue;
    const end = lines.findIndex((l, j) => j > i && l.startsWith('```'));
    const stop = end === -1 ? lines.length : end;
    if (!(open[2] ?? '').split(/\s+/u).includes('no-check')) {
      snippets.push({ file, line: i + 1, code: lines.slice(i + 1, stop).join('\n') });
    }
    i = stop;
  }
  return snippets;
}

/** The end of a balanced literal starting at 0 (brackets and quotes), or -1. */
function balancedEnd(text: string): number {
  const stack: string[] = [];
  let quote: string | undefined;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charAt(i);
    if (quote !== undefined) {
      if (ch === '\\') i += 1;
      else if (ch === quote) quote = undefined;
      if (quote === undefined && stack.length === 0) return i + 1;
      continue;
    }
    if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '[' || ch === '{') stack.push(ch === '[' ? ']' : '}');
    else if (ch === ']' || ch === '}') {
      if (stack.pop() !== ch) return -1;
      if (stack.length === 0) return i + 1;
    }
  }
  return -1;
}

/**
 * The literal a comment states as the value, as JavaScript source, or undefined where the comment is prose,
 * abbreviated (`…`) or followed by an operator (so is not a whole value).
 */
export function expectedLiteral(comment: string): string | undefined {
  const text = comment.replace(/^(=>|→)\s*/u, '').trimStart();
  const word = /^(-?\d+(\.\d+)?|true|false|null|undefined)(?![\w.])/u.exec(text);
  const end = word !== null ? word[0].length : /^['"[{]/u.test(text) ? balancedEnd(text) : -1;
  if (end <= 0) return undefined;
  const literal = text.slice(0, end);
  const rest = text.slice(end).trimStart();
  if (/^[-+*/%<>=?.&|]/u.test(rest) || literal.includes('…') || literal.includes('...')) return undefined;
  try {
    new Script(`(${literal});`); // compiles only: a literal that is not valid JavaScript is not asserted
  } catch {
    return undefined;
  }
  return literal;
}

const NOT_AN_EXPRESSION =
  /^(import|export|const|let|var|for|if|else|while|return|try|catch|function|class|type|interface|\}|\/\/)\b/u;

/** Whether a line's code is a complete one-line expression statement. */
function isExpressionStatement(code: string): boolean {
  if (code === '' || NOT_AN_EXPRESSION.test(code) || /[{(,[]$/u.test(code)) return false;
  let depth = 0;
  for (const ch of code.replace(/'[^']*'|"[^"]*"|`[^`]*`/gu, "''")) {
    if ('([{'.includes(ch)) depth += 1;
    if (')]}'.includes(ch)) depth -= 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** Splits a line into its code and its trailing `//` comment (outside strings). */
export function splitComment(line: string): { code: string; comment: string | undefined } {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line.charAt(i);
    if (quote !== undefined) {
      if (ch === '\\') i += 1;
      else if (ch === quote) quote = undefined;
    } else if (ch === "'" || ch === '"' || ch === '`') quote = ch;
    else if (ch === '/' && line.charAt(i + 1) === '/') {
      return { code: line.slice(0, i).trimEnd(), comment: line.slice(i + 2).trim() };
    }
  }
  return { code: line.trimEnd(), comment: undefined };
}

function assertion(indent: string, code: string, literal: string, where: string): string {
  const expression = code.trim().replace(/;$/u, '');
  return `${indent}__assertDoc(${expression}, ${literal}, ${JSON.stringify(where)});`;
}

/**
 * The snippet as a module whose stated values are asserted; returns the source and how many assertions it
 * makes. `__assertDoc` comes from the module `./__assert-doc.mjs` written beside it.
 */
export function instrument(snippet: Snippet): { source: string; assertions: number; headerLines: number } {
  const lines = snippet.code.split('\n');
  let assertions = 0;
  const out = lines.map((line, i) => {
    const where = `${snippet.file}:${snippet.line + 1 + i}`;
    const { code, comment } = splitComment(line);
    const indent = /^\s*/u.exec(line)?.[0] ?? '';
    if (comment === undefined) return line;
    if (code.trim() === '') {
      // `// → value` on its own line states the value of the statement just above.
      const previous = splitComment(lines[i - 1] ?? '');
      const literal = /^(=>|→)/u.test(comment) ? expectedLiteral(comment) : undefined;
      if (
        i > 0 &&
        literal !== undefined &&
        previous.comment === undefined &&
        isExpressionStatement(previous.code.trim().replace(/;$/u, ''))
      ) {
        assertions += 1;
        return `${indent}__assertDoc(__lastDoc, ${literal}, ${JSON.stringify(where)}); // ${comment}`;
      }
      return line;
    }
    const literal = expectedLiteral(comment);
    const expression = code.trim().replace(/;$/u, '');
    if (literal === undefined || !isExpressionStatement(expression)) return line;
    assertions += 1;
    return `${assertion(indent, code, literal, where)} // ${comment}`;
  });
  // A statement followed by a `// → value` line keeps its value in __lastDoc.
  const withLast = out.map((line, i) => {
    const next = out[i + 1] ?? '';
    if (!next.includes('__assertDoc(__lastDoc')) return line;
    const indent = /^\s*/u.exec(line)?.[0] ?? '';
    return `${indent}__lastDoc = ${line.trim().replace(/;$/u, '')};`;
  });
  const header = [
    "import { __assertDoc } from './__assert-doc.mjs';",
    ...(withLast.some((l) => l.includes('__lastDoc')) ? ['let __lastDoc: unknown;'] : []),
  ];
  return { source: `${header.join('\n')}\n${withLast.join('\n')}\n`, assertions, headerLines: header.length };
}

/** The assertion helper module (compared as JSON shows a value: amounts and decimals as their strings; objects partially). */
export const ASSERT_MODULE = `import { isDeepStrictEqual } from 'node:util';
function plain(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value)) as unknown;
}
function matches(expected: unknown, actual: unknown): boolean {
  if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
    return actual !== null && typeof actual === 'object' &&
      Object.entries(expected).every(([k, v]) => matches(v, (actual as Record<string, unknown>)[k]));
  }
  return isDeepStrictEqual(expected, actual);
}
export function __assertDoc(actual: unknown, expected: unknown, where: string): void {
  const got = plain(actual);
  if (!matches(expected, got)) {
    throw new Error(\`\${where}: the comment says \${JSON.stringify(expected)}, the code gives \${JSON.stringify(got)}\`);
  }
}
`;
