// How format() lays out a number once its digits are known (CPython's calc_number_widths,
// fill_number and _PyUnicode_InsertThousandsGrouping): the sign chosen by the spec, a prefix such
// as '0x', padding on the left, right, middle or after the sign ('='), digit grouping, and zero
// padding ('0' fill with '=' alignment) that is grouped along with the digits, so that
// format(1234, '08,') is '0,001,234'.

/**
 * @typedef {object} NumberParts
 * @property {boolean} negative
 * @property {string} prefix '0x', '0o', '0b' or ''
 * @property {string} digits the integer digits, to be grouped ('' for 'c' and inf/nan)
 * @property {boolean} hasDecimalPoint
 * @property {string} remainder what follows the point (fraction, exponent, '%'), or the whole
 *   text when there are no digits
 * @property {boolean} upper uppercase the prefix and digits ('X')
 */

/** @typedef {import('./spec.mjs').FormatSpec} FormatSpec */

/**
 * @param {NumberParts} parts
 * @param {FormatSpec} spec
 * @param {boolean} grouped whether the spec's separator applies (not for 'n')
 */
export function layoutNumber(parts, spec, grouped) {
  let sign = parts.negative ? '-' : '';
  if (!parts.negative && (spec.sign === '+' || spec.sign === ' ')) sign = spec.sign;
  const remainderLength = Array.from(parts.remainder).length;
  const fixedLength =
    sign.length + parts.prefix.length + (parts.hasDecimalPoint ? 1 : 0) + remainderLength;
  const zeroPadded = spec.fill === '0' && spec.align === '=';
  const minDigits = zeroPadded ? spec.width - fixedLength : 0;
  const separator = grouped ? spec.separator : '';
  let digits = parts.digits === '' ? '' : groupDigits(parts.digits, minDigits, separator, spec.groupSize);
  let prefix = parts.prefix;
  if (parts.upper) {
    digits = digits.toUpperCase();
    prefix = prefix.toUpperCase();
  }
  const padding = Math.max(0, spec.width - (fixedLength + digits.length));
  let left = 0;
  let middle = 0;
  let right = 0;
  if (spec.align === '<') right = padding;
  else if (spec.align === '^') {
    left = Math.floor(padding / 2);
    right = padding - left;
  } else if (spec.align === '=') middle = padding;
  else left = padding;
  const fill = spec.fill;
  return (
    fill.repeat(left) + sign + prefix + fill.repeat(middle) + digits +
    (parts.hasDecimalPoint ? '.' : '') + parts.remainder + fill.repeat(right)
  );
}

/**
 * `digits` with `separator` every `groupSize` digits from the right, first padded with zeros
 * to at least `minWidth` characters (separators included), as CPython pads: a group that the
 * padding starts is completed only as far as the width needs.
 * @param {string} digits
 * @param {number} minWidth
 * @param {string} separator '' for no grouping
 * @param {number} groupSize
 */
function groupDigits(digits, minWidth, separator, groupSize) {
  let remaining = digits.length;
  let width = Math.max(0, minWidth);
  /** @type {string[]} */
  const groups = [];
  const take = (/** @type {number} */ length) => {
    const chars = Math.max(0, Math.min(remaining, length));
    const zeros = Math.max(0, length - remaining);
    groups.push('0'.repeat(zeros) + digits.slice(remaining - chars, remaining));
    remaining -= chars;
  };
  if (separator !== '') {
    for (;;) {
      const length = Math.min(groupSize, Math.max(remaining, width, 1));
      take(length);
      width -= length;
      if (remaining <= 0 && width <= 0) return groups.reverse().join(separator);
      width -= separator.length;
    }
  }
  take(Math.max(remaining, width, 1));
  return groups[0];
}
