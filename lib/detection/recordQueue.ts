/**
 * Mutation records waiting to be looked at. The observer's callback runs at the end of the page's
 * own task: it queues them, and the detector reads one slice at once and the rest in later slices
 * like all other work (a page changing 100,000 nodes in one task must not get a task that much
 * longer).
 */
export class RecordQueue {
  private readonly batches: MutationRecord[][] = [];
  /** Where in the first batch to go on. */
  private index = 0;

  push(records: MutationRecord[]): void {
    this.batches.push(records);
  }

  get isEmpty(): boolean {
    return this.batches.length === 0;
  }

  clear(): void {
    this.batches.length = 0;
    this.index = 0;
  }

  /** Hands queued records to `read` until the deadline passes; the rest waits for the next slice. */
  readUntil(deadline: number, read: (record: MutationRecord) => void): void {
    for (let batch = this.batches[0]; batch; batch = this.batches[0]) {
      while (this.index < batch.length) {
        read(batch[this.index++] as MutationRecord);
        if (this.index % 64 === 0 && performance.now() > deadline) return;
      }
      this.batches.shift();
      this.index = 0;
    }
  }
}
