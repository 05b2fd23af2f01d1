/**
 * A one-line progress bar for a terminal: redrawn in place at most every
 * 100 ms, and cleared before any other line is printed so that report lines
 * never mix with it. Writes nothing when the stream is not a terminal.
 */
export class ProgressBar {
  readonly #stream: NodeJS.WriteStream;
  readonly #total: number;
  #done = 0;
  #lastDraw = 0;
  #shown = false;

  constructor(stream: NodeJS.WriteStream, total: number) {
    this.#stream = stream;
    this.#total = total;
  }

  get active(): boolean {
    return this.#stream.isTTY === true && this.#total > 1;
  }

  tick(detail: string): void {
    this.#done += 1;
    const now = Date.now();
    if (!this.active || (now - this.#lastDraw < 100 && this.#done < this.#total)) return;
    this.#lastDraw = now;
    const width = Math.max(10, Math.min(40, (this.#stream.columns ?? 80) - 40));
    const filled = Math.round((this.#done / this.#total) * width);
    const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${this.#done}/${this.#total} files ${detail}`;
    this.#stream.write(`\r\x1b[2K${line.slice(0, (this.#stream.columns ?? 80) - 1)}`);
    this.#shown = true;
  }

  /** Clears the bar; call before printing a line, the bar comes back on the next tick. */
  clear(): void {
    if (!this.#shown) return;
    this.#stream.write('\r\x1b[2K');
    this.#shown = false;
  }
}
