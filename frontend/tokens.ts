// Token kinds and the token shape, declared apart from the tokenizer that produces them.
// Every operator and keyword has its own kind so that the parser compares small integers,
// never strings. Soft keywords (match, case, _, type) stay plain names: only the parser knows
// when they are keywords.

export const Tok = {
  EndOfFile: 0,
  Newline: 1,
  Indent: 2,
  Dedent: 3,
  Name: 4,
  Number: 5,
  /** A complete string literal (not an f-string), prefix and quotes included. */
  String: 6,
  /** `f"` (prefix and opening quote of an f-string). */
  FStringStart: 7,
  /** Literal text inside an f-string or a format spec, escapes not yet processed. */
  FStringMiddle: 8,
  /** The closing quote of an f-string. */
  FStringEnd: 9,
  /** Stands where the tokenizer stopped on an error (see TokenizeResult.error). */
  Error: 10,

  LParen: 11, RParen: 12, LSquare: 13, RSquare: 14, LBrace: 15, RBrace: 16,
  Colon: 17, Comma: 18, Semi: 19, Dot: 20, Ellipsis: 21, At: 22, RArrow: 23, ColonEqual: 24,
  Equal: 25, Exclamation: 26,
  // Binary and unary operators.
  Plus: 30, Minus: 31, Star: 32, Slash: 33, DoubleSlash: 34, Percent: 35, DoubleStar: 36,
  VBar: 37, Amper: 38, Circumflex: 39, Tilde: 40, LeftShift: 41, RightShift: 42,
  // Comparisons.
  Less: 45, Greater: 46, EqEqual: 47, NotEqual: 48, LessEqual: 49, GreaterEqual: 50,
  // Augmented assignments.
  PlusEqual: 55, MinusEqual: 56, StarEqual: 57, SlashEqual: 58, DoubleSlashEqual: 59,
  PercentEqual: 60, DoubleStarEqual: 61, VBarEqual: 62, AmperEqual: 63, CircumflexEqual: 64,
  LeftShiftEqual: 65, RightShiftEqual: 66, AtEqual: 67,

  // Keywords.
  False: 80, None: 81, True: 82, And: 83, As: 84, Assert: 85, Async: 86, Await: 87, Break: 88,
  Class: 89, Continue: 90, Def: 91, Del: 92, Elif: 93, Else: 94, Except: 95, Finally: 96,
  For: 97, From: 98, Global: 99, If: 100, Import: 101, In: 102, Is: 103, Lambda: 104,
  Nonlocal: 105, Not: 106, Or: 107, Pass: 108, Raise: 109, Return: 110, Try: 111, While: 112,
  With: 113, Yield: 114,
} as const;

export type TokenKind = (typeof Tok)[keyof typeof Tok];

export interface Token {
  kind: TokenKind;
  /** UTF-16 offset of the first character. */
  start: number;
  /** UTF-16 offset just past the last character. */
  end: number;
  /**
   * Name: the identifier (NFKC-normalized); Number, String, FStringStart: the source text;
   * FStringMiddle: the literal text with `{{`/`}}` already halved, escapes unprocessed;
   * Error: the message. Empty for other kinds.
   */
  value: string;
}

export const keywords: ReadonlyMap<string, TokenKind> = new Map<string, TokenKind>([
  ['False', Tok.False], ['None', Tok.None], ['True', Tok.True], ['and', Tok.And], ['as', Tok.As],
  ['assert', Tok.Assert], ['async', Tok.Async], ['await', Tok.Await], ['break', Tok.Break],
  ['class', Tok.Class], ['continue', Tok.Continue], ['def', Tok.Def], ['del', Tok.Del],
  ['elif', Tok.Elif], ['else', Tok.Else], ['except', Tok.Except], ['finally', Tok.Finally],
  ['for', Tok.For], ['from', Tok.From], ['global', Tok.Global], ['if', Tok.If],
  ['import', Tok.Import], ['in', Tok.In], ['is', Tok.Is], ['lambda', Tok.Lambda],
  ['nonlocal', Tok.Nonlocal], ['not', Tok.Not], ['or', Tok.Or], ['pass', Tok.Pass],
  ['raise', Tok.Raise], ['return', Tok.Return], ['try', Tok.Try], ['while', Tok.While],
  ['with', Tok.With], ['yield', Tok.Yield],
]);

/** Spelling of each operator and keyword kind, for error messages. */
export const tokenSpelling: ReadonlyMap<TokenKind, string> = new Map<TokenKind, string>([
  [Tok.LParen, '('], [Tok.RParen, ')'], [Tok.LSquare, '['], [Tok.RSquare, ']'],
  [Tok.LBrace, '{'], [Tok.RBrace, '}'], [Tok.Colon, ':'], [Tok.Comma, ','], [Tok.Semi, ';'],
  [Tok.Dot, '.'], [Tok.Ellipsis, '...'], [Tok.At, '@'], [Tok.RArrow, '->'], [Tok.ColonEqual, ':='],
  [Tok.Equal, '='], [Tok.Exclamation, '!'], [Tok.Plus, '+'], [Tok.Minus, '-'], [Tok.Star, '*'],
  [Tok.Slash, '/'], [Tok.DoubleSlash, '//'], [Tok.Percent, '%'], [Tok.DoubleStar, '**'],
  [Tok.VBar, '|'], [Tok.Amper, '&'], [Tok.Circumflex, '^'], [Tok.Tilde, '~'],
  [Tok.LeftShift, '<<'], [Tok.RightShift, '>>'], [Tok.Less, '<'], [Tok.Greater, '>'],
  [Tok.EqEqual, '=='], [Tok.NotEqual, '!='], [Tok.LessEqual, '<='], [Tok.GreaterEqual, '>='],
  [Tok.PlusEqual, '+='], [Tok.MinusEqual, '-='], [Tok.StarEqual, '*='], [Tok.SlashEqual, '/='],
  [Tok.DoubleSlashEqual, '//='], [Tok.PercentEqual, '%='], [Tok.DoubleStarEqual, '**='],
  [Tok.VBarEqual, '|='], [Tok.AmperEqual, '&='], [Tok.CircumflexEqual, '^='],
  [Tok.LeftShiftEqual, '<<='], [Tok.RightShiftEqual, '>>='], [Tok.AtEqual, '@='],
  ...[...keywords].map(([word, kind]): [TokenKind, string] => [kind, word]),
]);

export function isKeyword(kind: TokenKind): boolean {
  return kind >= Tok.False;
}
