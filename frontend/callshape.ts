// The shape of a call site that uses more than plain positional arguments: how many positional
// arguments come first, then the names of the keyword arguments, then `*args` and `**kwargs`
// values if present. A `call_args` operation carries it as its second argument, as RPython's
// CallSpec does.

export class CallShape {
  readonly positional: number;
  readonly keywords: readonly string[];
  readonly hasStarArgs: boolean;
  readonly hasStarKwargs: boolean;

  constructor(positional: number, keywords: readonly string[], hasStarArgs = false, hasStarKwargs = false) {
    this.positional = positional;
    this.keywords = keywords;
    this.hasStarArgs = hasStarArgs;
    this.hasStarKwargs = hasStarKwargs;
  }

  get argumentCount(): number {
    return this.positional + this.keywords.length + (this.hasStarArgs ? 1 : 0) + (this.hasStarKwargs ? 1 : 0);
  }

  toString(): string {
    const parts = [`${this.positional} positional`];
    if (this.keywords.length > 0) parts.push(`keywords ${this.keywords.join(', ')}`);
    if (this.hasStarArgs) parts.push('*args');
    if (this.hasStarKwargs) parts.push('**kwargs');
    return parts.join('; ');
  }
}
