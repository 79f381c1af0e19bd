// The best `limit` documents of a candidate list, best first, without sorting the whole list:
// a bounded binary heap whose root is the worst document kept so far.
export function topDocuments(
  candidates: ArrayLike<number>,
  count: number,
  limit: number,
  isWanted: (document: number) => boolean,
  isBetter: (left: number, right: number) => boolean,
): number[] {
  const heap: number[] = [];
  if (limit <= 0) return heap;
  const siftDown = (start: number) => {
    let parent = start;
    for (;;) {
      const left = parent * 2 + 1;
      const right = left + 1;
      let worst = parent;
      if (left < heap.length && isBetter(heap[worst]!, heap[left]!)) worst = left;
      if (right < heap.length && isBetter(heap[worst]!, heap[right]!)) worst = right;
      if (worst === parent) return;
      [heap[parent], heap[worst]] = [heap[worst]!, heap[parent]!];
      parent = worst;
    }
  };
  for (let index = 0; index < count; index++) {
    const document = candidates[index]!;
    if (!isWanted(document)) continue;
    if (heap.length < limit) {
      heap.push(document);
      let child = heap.length - 1;
      while (child > 0) {
        const parent = (child - 1) >> 1;
        if (!isBetter(heap[parent]!, heap[child]!)) break;
        [heap[parent], heap[child]] = [heap[child]!, heap[parent]!];
        child = parent;
      }
    } else if (isBetter(document, heap[0]!)) {
      heap[0] = document;
      siftDown(0);
    }
  }
  return heap.sort((left, right) => (isBetter(left, right) ? -1 : isBetter(right, left) ? 1 : 0));
}
