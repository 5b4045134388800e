// Lookup of Unicode character names for the `\N{NAME}` escape in str literals.
// JavaScript has no character-name database: names defined by rule (CJK ideographs, Hangul
// syllables, Tangut...) are computed, the others come from unicode-names.gz (generated from
// CPython 3.11's unicodedata by tools/gen-unicode-names.py, loaded on first use), and a few
// name aliases (control characters have aliases but no names) from the table below.

import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

let nameTable: Map<string, number> | null = null;

function loadNameTable(): Map<string, number> {
  const table = new Map<string, number>();
  const text = gunzipSync(readFileSync(new URL('./unicode-names.gz', import.meta.url))).toString('latin1');
  let cp = 0;
  for (const line of text.split('\n')) {
    const semicolon = line.indexOf(';');
    cp += semicolon === 0 ? 1 : parseInt(line.slice(0, semicolon), 16);
    table.set(line.slice(semicolon + 1), cp);
  }
  return table;
}

const aliases: ReadonlyMap<string, number> = new Map([
  ['SPACE', 0x20], ['NO-BREAK SPACE', 0xa0], ['NBSP', 0xa0], ['EM DASH', 0x2014], ['EN DASH', 0x2013],
  ['BULLET', 0x2022], ['HORIZONTAL ELLIPSIS', 0x2026], ['DEGREE SIGN', 0xb0], ['MICRO SIGN', 0xb5],
  ['GREEK SMALL LETTER ALPHA', 0x3b1], ['GREEK SMALL LETTER PI', 0x3c0], ['EURO SIGN', 0x20ac],
  ['LEFT-POINTING DOUBLE ANGLE QUOTATION MARK', 0xab], ['RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK', 0xbb],
  ['ZERO WIDTH SPACE', 0x200b], ['ZERO WIDTH JOINER', 0x200d], ['ZERO WIDTH NON-JOINER', 0x200c],
  ['BYTE ORDER MARK', 0xfeff], ['ZERO WIDTH NO-BREAK SPACE', 0xfeff], ['REPLACEMENT CHARACTER', 0xfffd],
  ['NULL', 0], ['LINE FEED', 10], ['CARRIAGE RETURN', 13], ['CHARACTER TABULATION', 9], ['ESCAPE', 27],
  ['DELETE', 127], ['LATIN SMALL LETTER A', 0x61], ['DIGIT ONE', 0x31], ['DIGIT ZERO', 0x30],
  ['LATIN SMALL LETTER E WITH ACUTE', 0xe9], ['LATIN CAPITAL LETTER A', 0x41], ['SNOWMAN', 0x2603],
  ['BLACK STAR', 0x2605], ['CHECK MARK', 0x2713], ['MULTIPLICATION SIGN', 0xd7], ['DIVISION SIGN', 0xf7],
  ['PLUS-MINUS SIGN', 0xb1], ['INFINITY', 0x221e], ['COPYRIGHT SIGN', 0xa9], ['REGISTERED SIGN', 0xae],
  ['SECTION SIGN', 0xa7], ['PILCROW SIGN', 0xb6], ['SOFT HYPHEN', 0xad], ['LINE SEPARATOR', 0x2028],
  ['PARAGRAPH SEPARATOR', 0x2029], ['EMPTY SET', 0x2205], ['LEFTWARDS ARROW', 0x2190], ['RIGHTWARDS ARROW', 0x2192],
]);

const hangulLeads = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H'];
const hangulVowels = ['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE', 'WI', 'YU', 'EU', 'YI', 'I'];
const hangulTails = ['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B', 'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H'];

function hangulSyllable(name: string): number | undefined {
  for (let l = 0; l < hangulLeads.length; l++) {
    for (let v = 0; v < hangulVowels.length; v++) {
      for (let t = 0; t < hangulTails.length; t++) {
        if (hangulLeads[l]! + hangulVowels[v]! + hangulTails[t]! === name) return 0xac00 + (l * 21 + v) * 28 + t;
      }
    }
  }
  return undefined;
}

/** The code point named `name` (case-insensitive), or undefined when unknown. */
export function lookupUnicodeName(name: string): number | undefined {
  const upper = name.toUpperCase();
  const ideograph = /^CJK UNIFIED IDEOGRAPH-([0-9A-F]{4,5})$/.exec(upper);
  if (ideograph) return parseInt(ideograph[1]!, 16);
  if (upper.startsWith('HANGUL SYLLABLE ')) return hangulSyllable(upper.slice(16));
  const prefixed = /^(TANGUT IDEOGRAPH|KHITAN SMALL SCRIPT CHARACTER|NUSHU CHARACTER|CJK COMPATIBILITY IDEOGRAPH)-([0-9A-F]{4,5})$/.exec(upper);
  if (prefixed) return parseInt(prefixed[2]!, 16);
  nameTable ??= loadNameTable();
  return nameTable.get(upper) ?? aliases.get(upper);
}
