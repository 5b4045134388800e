// The exceptions that formatting raises. Python code sees them as ValueError, TypeError,
// IndexError, KeyError or OverflowError with CPython's exact message, so each one carries the
// Python exception type beside the message; `String(error)` reads like the traceback's last line.

/** An error that the translated program should see as the Python exception `pythonType`. */
export class PythonError extends Error {
  /**
   * @param {'ValueError' | 'TypeError' | 'IndexError' | 'KeyError' | 'OverflowError'} pythonType
   * @param {string} message CPython's message, word for word
   */
  constructor(pythonType, message) {
    super(message);
    this.name = pythonType;
    this.pythonType = pythonType;
  }
}

/** @param {string} message */
export function valueError(message) {
  return new PythonError('ValueError', message);
}

/** @param {string} message */
export function typeError(message) {
  return new PythonError('TypeError', message);
}

/** @param {string} message */
export function overflowError(message) {
  return new PythonError('OverflowError', message);
}

/**
 * A feature of the format languages that Wyrm does not translate (attribute or index access in
 * a replacement field). A plain Error: no Python program can expect it.
 * @param {string} what
 */
export function unsupportedFormat(what) {
  return new Error(`Wyrm does not support ${what}`);
}
