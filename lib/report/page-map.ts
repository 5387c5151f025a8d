/**
 * Page numbers for the table of contents, found in the same render that prints them.
 *
 * Each section heading carries an empty dynamic node whose render callback records the page it
 * landed on. react-pdf paginates the whole document before it resolves the page-number callbacks
 * of the final pass (it needs the total page count), so by the time the table of contents is
 * resolved the headings have been placed. That ordering is react-pdf's, not a documented promise:
 * the renderer compares what the contents page printed with where the headings finally landed
 * and, if they differ, renders once more with the numbers fixed (see render.tsx).
 */
import type { SectionId } from "./labels";

export class SectionPages {
  /** Where each heading landed (last call wins: the final pass). */
  readonly landed = new Map<SectionId, number>();
  /** What the table of contents printed. */
  readonly printed = new Map<SectionId, number>();

  /** @param fixed page numbers from an earlier render, printed as they are */
  constructor(private readonly fixed?: ReadonlyMap<SectionId, number>) {}

  record(id: SectionId, pageNumber: number): void {
    this.landed.set(id, pageNumber);
  }

  /** The number to print for `id` ("" while unknown). */
  print(id: SectionId): string {
    const page = this.fixed?.get(id) ?? this.landed.get(id);
    if (page === undefined) return "";
    this.printed.set(id, page);
    return String(page);
  }

  /** True when every printed number matches where its heading landed. */
  consistent(): boolean {
    if (this.landed.size === 0) return false;
    for (const [id, page] of this.landed) {
      if (this.printed.get(id) !== page) return false;
    }
    return true;
  }
}
