"use client";
/**
 * The five profiles as cards with a checkbox each, in a plain GET form to /architectures/compare
 * (works without JavaScript: ?ids=a&ids=b). With JavaScript the button builds ?ids=a,b,c and
 * refuses fewer than two on the spot.
 */
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { MAX_COMPARE, MIN_COMPARE, compareHref } from "@/lib/survey/architectures";
import type { ArchitectureOverview } from "@/lib/survey/schemas";
import { ProfileFacts } from "./profile-facts";

interface PickerProps {
  profiles: ArchitectureOverview[];
  selected?: string[];
  headingLevel?: 2 | 3;
  showMitigation?: boolean;
}

export function ArchitecturePicker({ profiles, selected = [], headingLevel = 2, showMitigation = true }: PickerProps) {
  const router = useRouter();
  const id = useId();
  const [chosen, setChosen] = useState<string[]>(selected);
  const [message, setMessage] = useState<string | null>(null);
  const Heading = headingLevel === 2 ? "h2" : "h3";

  function toggle(profileId: string, on: boolean) {
    setMessage(null);
    setChosen((current) => {
      const next = current.filter((x) => x !== profileId);
      return on ? [...next, profileId] : next;
    });
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (chosen.length < MIN_COMPARE) {
      setMessage(`请至少选择 ${MIN_COMPARE} 种架构进行对比（当前 ${chosen.length} 种）。`);
      return;
    }
    // keep the cards' order, whatever order they were ticked in
    router.push(compareHref(profiles.map((p) => p.id).filter((x) => chosen.includes(x))));
  }

  return (
    <form method="get" action="/architectures/compare" onSubmit={submit} className="stack" aria-describedby={`${id}-hint`}>
      <p id={`${id}-hint`} className="small muted">
        勾选 {MIN_COMPARE}–{MAX_COMPARE} 种架构后点击“对比所选架构”。
      </p>
      <ul className="grid profile-grid">
        {profiles.map((profile) => {
          const checkboxId = `${id}-${profile.id}`;
          return (
            <li key={profile.id} className={`card profile-card${chosen.includes(profile.id) ? " selected" : ""}`}>
              <Heading className="profile-title" id={`${checkboxId}-title`}>
                {profile.name}
              </Heading>
              <div className="checkbox compare-check">
                <input
                  id={checkboxId}
                  type="checkbox"
                  name="ids"
                  value={profile.id}
                  checked={chosen.includes(profile.id)}
                  onChange={(event) => toggle(profile.id, event.target.checked)}
                />
                <label htmlFor={checkboxId}>加入对比</label>
              </div>
              <ProfileFacts profile={profile} />
              {showMitigation ? (
                <details>
                  <summary>缓解措施</summary>
                  <p className="small">{profile.mitigation}</p>
                </details>
              ) : null}
            </li>
          );
        })}
      </ul>
      <div className="row compare-bar">
        <button type="submit" className="btn">
          对比所选架构{chosen.length > 0 ? `（${chosen.length}）` : ""}
        </button>
        {message ? (
          <p className="alert bad" role="alert">
            {message}
          </p>
        ) : null}
      </div>
    </form>
  );
}
