import { createHash } from 'node:crypto';
import { canonicalJson } from '../scoring/hash-case.ts';

/**
 * The same hash as hashCase (SHA-256 of the canonical JSON as UTF-8), computed synchronously with
 * node:crypto, because loadContent and the archive command are synchronous and Web Crypto is not.
 * Node only; a test pins that both give the same hash.
 */
export function hashCaseSync(authored: Record<string, unknown>): string {
  return `sha256:${createHash('sha256').update(canonicalJson(authored), 'utf8').digest('hex')}`;
}
