/**
 * A decision term where it appears: its plain meaning on hover or keyboard focus, and a link to
 * its entry in the glossary on /method (a tap on a phone, where there is no hover, follows it).
 */
import Link from "next/link";
import { useId, type ReactNode } from "react";
import { glossaryEntry, type GlossaryId } from "@/lib/domain/glossary";

export function Term({ id, children }: { id: GlossaryId; children?: ReactNode }) {
  const entry = glossaryEntry(id);
  const tip = useId();
  return (
    <span className="term">
      <Link href={`/method#term-${entry.id}`} aria-describedby={tip}>
        {children ?? entry.term}
      </Link>
      <span role="tooltip" id={tip} className="term-tip">
        {entry.plain}。{entry.meaning}
      </span>
    </span>
  );
}
