/**
 * Strings that break naive code: Cypher and SQL injection, Lucene query syntax, a NUL byte,
 * a 10 KB string, right-to-left text with emoji, a template literal. Every string argument
 * and every annotation field must treat them as plain data.
 */
export const INJECTIONS = [
  '"}) DETACH DELETE n //',
  "' OR 1=1 --",
  '*:* OR name:* AND (x~ [a TO z]) "unclosed \\',
  'a\u0000b',
  'x'.repeat(10 * 1024),
  '\u202Eمرحبا שלום 🚀🇺🇦',
  'MATCH (n) DETACH DELETE n',
  '${process.exit(1)}',
];
