/**
 * Splits decoded text chunks into lines without ever joining the whole input: a 300 MB
 * file is read in chunks of ~64 KB and only the unfinished tail of a chunk is carried over.
 * Accepts \n and \r\n endings.
 */
export class LineSplitter {
  private tail = '';
  private tooLong = false;

  /**
   * @param maxLineChars a line longer than this is reported as `null` (its text dropped), so a
   *   hostile file without newlines cannot grow the carried tail without bound.
   */
  constructor(private readonly maxLineChars: number = Number.POSITIVE_INFINITY) {}

  /** Complete lines in this chunk; `null` stands for a line that exceeded the limit. */
  push(chunk: string): (string | null)[] {
    const out: (string | null)[] = [];
    let start = 0;
    for (let nl = chunk.indexOf('\n'); nl !== -1; nl = chunk.indexOf('\n', start)) {
      out.push(this.finish(chunk.slice(start, nl)));
      start = nl + 1;
    }
    this.append(chunk.slice(start));
    return out;
  }

  /** The last line when the input does not end with a newline. */
  end(): (string | null)[] {
    if (this.tail === '' && !this.tooLong) return [];
    return [this.finish('')];
  }

  private append(piece: string): void {
    if (this.tooLong) return;
    if (this.tail.length + piece.length > this.maxLineChars) {
      this.tooLong = true;
      this.tail = '';
    } else {
      this.tail += piece;
    }
  }

  private finish(piece: string): string | null {
    this.append(piece);
    const wasTooLong = this.tooLong;
    let line = this.tail;
    this.tail = '';
    this.tooLong = false;
    if (wasTooLong) return null;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    return line;
  }
}
