/**
 * The HTML the editor has handed to `onChange` and the parent has not passed back yet.
 * A `value` found here is an echo of the editor's own typing (possibly late, when the parent
 * renders after the next keystroke): applying it would move the caret back or break an IME
 * composition, so it is ignored. Any other value came from outside and replaces the document.
 */
export class EmittedValues {
  private pending: string[] = [];

  constructor(private readonly capacity = 50) {}

  add(html: string): void {
    this.pending.push(html);
    if (this.pending.length > this.capacity) this.pending.shift();
  }

  /**
   * Whether `value` is one of ours. Values emitted before it are settled and forgotten;
   * the earliest match is kept, so a late echo is never mistaken for an outside change.
   */
  acknowledge(value: string): boolean {
    const index = this.pending.indexOf(value);
    if (index < 0) return false;
    this.pending = this.pending.slice(index);
    return true;
  }

  /** After the document was replaced from outside, nothing earlier can come back as an echo. */
  clear(): void {
    this.pending = [];
  }
}
