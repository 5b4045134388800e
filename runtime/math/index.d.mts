// Types of runtime/math/index.mjs (and so of runtime/crmath.mjs) for the TypeScript side.

export function exp(x: number): number;
export function expm1(x: number): number;
export function log(x: number): number;
export function log2(x: number): number;
export function log10(x: number): number;
export function log1p(x: number): number;
export function sin(x: number): number;
export function cos(x: number): number;
export function tan(x: number): number;
export function asin(x: number): number;
export function acos(x: number): number;
export function atan(x: number): number;
export function atan2(y: number, x: number): number;
export function sinh(x: number): number;
export function cosh(x: number): number;
export function tanh(x: number): number;
export function pow(x: number, y: number): number;
export function hypot(x: number, y: number): number;
export function fmod(x: number, y: number): number;
