/** What the dictionaries in data/ compile to. Every entry keeps the file:line it came from. */
import type { EntityType } from '../model.js';

export type NameKind = 'person' | 'org' | 'country' | 'capital' | 'city' | 'region';

export interface Role {
  office: string;
  /** Country code or org id where the office is held. */
  where: string;
  from: string;
  to: string;
}

export interface NameEntry {
  kind: NameKind;
  id: string;
  name: string;
  nameAr: string;
  type: EntityType;
  country: string | null;
  sector: string | null;
  code: string | null;
  wikidata: string | null;
  roles: Role[];
  geonameid: number | null;
  lat: number | null;
  lon: number | null;
  rule: string;
}

export interface AgentEntry {
  nameAr: string;
  sector: string | null;
  office: string | null;
  /** The country the term implies when no nationality is given (خادم الحرمين الشريفين → SAU). */
  country: string | null;
  type: EntityType;
  /** Dual and plural forms name several people (الرئيسين، المتظاهرون). */
  number: 'singular' | 'dual' | 'plural';
  rule: string;
}

export interface AdjectiveEntry {
  country: string;
  plural: boolean;
  rule: string;
}

export interface TitleEntry {
  sector: string | null;
  rule: string;
}

export const INTERNATIONAL_CODES = ['IGO', 'UNO', 'EUR', 'NGO', 'ISM', 'IMG', 'MNC', 'WST'] as const;

export const SECTORS = new Set(
  'COP GOV JUD LEG MIL PRM PTY REB SPY UAF UNK AGR BUS CRM CVL EDU ELI JRN LAB MED REF OPP PRE REL SOC'.split(
    ' ',
  ),
);

export const OFFICES = new Set([
  'PRESIDENT',
  'VICE_PRESIDENT',
  'MONARCH',
  'CROWN_PRINCE',
  'PM',
  'DEPUTY_PM',
  'FOREIGN_MIN',
  'DEFENCE_MIN',
  'INTERIOR_MIN',
  'FINANCE_MIN',
  'OIL_MIN',
  'JUSTICE_MIN',
  'ARMY_CHIEF',
  'INTEL_CHIEF',
  'CENTRAL_BANK',
  'SPEAKER',
  'SUPREME_LEADER',
  'SECGEN',
  'LEADER',
  'SPOKESPERSON',
]);
