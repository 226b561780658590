/** `a`, or a copy at least twice as long when it cannot hold `size` values (so appends stay amortised O(1)). */
export function grow(a: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  if (size <= a.length) return a;
  const b = new Int32Array(Math.max(size, a.length * 2));
  b.set(a);
  return b;
}
