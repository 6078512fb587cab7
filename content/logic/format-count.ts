/**
 * A number as English readers write it, with thousands separated by commas ("27,708", "1.5",
 * "-1,200"): what `toLocaleString('en')` gives for the numbers Lenses shows, without starting
 * the browser's locale data (the first call of which costs a screen's drawing time). Pure.
 */
export function formatCount(n: number): string {
  const plain = String(Math.abs(n));
  const [whole = '', fraction = ''] = plain.split('.');
  // Exponents, more than three decimals (which the locale rounds) or 16 digits and more (past
  // what a double holds exactly): the locale's own formatting.
  if (!/^\d{1,15}$/u.test(whole) || !/^\d{0,3}$/u.test(fraction)) return n.toLocaleString('en');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/gu, ',');
  return `${n < 0 || Object.is(n, -0) ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}
