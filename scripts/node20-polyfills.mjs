// Vitest 5 reports failures with Map.groupBy / Object.groupBy, which arrived in Node 21.
// Loaded with `node --import` so the test runner works on Node 20 (this machine's Node).
const groupBy = (items, key) => {
  const groups = new Map();
  let i = 0;
  for (const item of items) {
    const k = key(item, i++);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
};
if (typeof Map.groupBy !== 'function') Map.groupBy = groupBy;
if (typeof Object.groupBy !== 'function') Object.groupBy = (items, key) => Object.fromEntries(groupBy(items, key));
