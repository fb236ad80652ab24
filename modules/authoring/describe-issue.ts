import type { z } from 'zod';
import { didYouMean } from '../case/case-issue.ts';

/** A schema problem in plain Dutch, with a suggestion for a misspelt field or value; `known` lists the fields allowed there. */
export function describeIssue(
  issue: z.core.$ZodIssue,
  known: (path: (string | number)[]) => string[] = () => [],
  withField = true,
): string {
  const path = issue.path as (string | number)[];
  const field = [...path].reverse().find((part) => typeof part === 'string');
  const prefix = field && withField ? `${String(field)}: ` : '';
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => `onbekend veld "${key}"${didYouMean(key, known(path))}`).join('; ');
    case 'invalid_type':
      if (issue.input === undefined && path[0] === 'consequences' && field === 'next')
        return 'het veld "next" ontbreekt: een gevolg wijst altijd verder, terug naar het moment van de keuze of naar een later moment';
      if (issue.input === undefined) return `het veld "${String(field)}" ontbreekt`;
      return `${prefix}verwacht ${typeNames[issue.expected] ?? issue.expected}, maar dit is ${typeOf(issue.input)}`;
    case 'invalid_value':
      if (issue.input === undefined) return `het veld "${String(field)}" ontbreekt`;
      if (field === 'critical' && typeof issue.input !== 'string')
        return `${prefix}${String(issue.input)} is niet toegestaan: geef een categorie (${issue.values.map(String).join(', ')}), of laat het veld weg als de keuze niet gevaarlijk is. Waar de expert meldt of direct handelt, blijft elke andere keuze kritiek`;
      return notAllowed(prefix, String(issue.input), issue.values.map(String));
    case 'too_small':
      if (issue.origin === 'array' && issue.exact) return `${prefix}geef er precies ${String(issue.minimum)}`;
      return issue.origin === 'array'
        ? `${prefix}geef er minstens ${String(issue.minimum)}`
        : issue.origin === 'string'
          ? `${prefix}mag niet leeg zijn`
          : `${prefix}moet minstens ${String(issue.minimum)} zijn`;
    case 'too_big':
      return issue.origin === 'array'
        ? `${prefix}geef er hoogstens ${String(issue.maximum)}`
        : `${prefix}mag hoogstens ${String(issue.maximum)} zijn`;
    case 'invalid_format':
      if (issue.format === 'email') return `${prefix}moet een e-mailadres zijn, zoals naam@organisatie.nl`;
      return issue.format === 'url'
        ? `${prefix}moet een webadres zijn (https://…)`
        : `${prefix}moet kebab-case zijn: kleine letters, cijfers en losse streepjes`;
    default:
      return `${prefix}${issue.message}`;
  }
}

const typeNames: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  int: 'een heel getal',
  boolean: 'true of false',
  array: 'een lijst',
  object: 'een map met velden',
};

function typeOf(value: unknown): string {
  if (value === null) return 'niets (null)';
  if (Array.isArray(value)) return 'een lijst';
  if (typeof value === 'object') return 'een map met velden';
  if (typeof value === 'number') return `het getal ${value}`;
  if (typeof value === 'boolean') return String(value);
  return 'tekst';
}

function notAllowed(prefix: string, got: string, allowed: string[]): string {
  return `${prefix}"${got}" is niet toegestaan${didYouMean(got, allowed)} (toegestaan: ${allowed.join(', ')})`;
}
