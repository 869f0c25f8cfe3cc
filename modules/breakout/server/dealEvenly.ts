/**
 * Deals `people` over `rooms` so that room sizes differ by at most one, in an order shuffled with
 * `random` (Fisher–Yates; a value in [0, 1) like `Math.random`, injectable for tests). Returns
 * each person with the room they drew; the first rooms get the extra person.
 */
export function dealEvenly<P, R>(
  people: readonly P[],
  rooms: readonly R[],
  random: () => number,
): { person: P; room: R }[] {
  if (rooms.length === 0) return [];
  const order = [...people];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.min(i, Math.floor(random() * (i + 1)));
    const a = order[i] as P;
    order[i] = order[j] as P;
    order[j] = a;
  }
  return order.map((person, i) => ({ person, room: rooms[i % rooms.length] as R }));
}
