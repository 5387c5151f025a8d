import { describe, expect, it } from "vitest";
import { FACTOR_LABELS, FACTORS } from "./catalog";
import { GLOSSARY, GLOSSARY_IDS, glossaryEntry } from "./glossary";

describe("glossary", () => {
  it("has exactly one entry per id, in the order the ids are listed", () => {
    expect(GLOSSARY.map((entry) => entry.id)).toEqual([...GLOSSARY_IDS]);
    for (const id of GLOSSARY_IDS) expect(glossaryEntry(id).id).toBe(id);
  });

  it("names each factor exactly as the rest of the product does, 系统独立性 beside 耦合度倒数", () => {
    for (const factor of FACTORS) expect(glossaryEntry(factor).term).toBe(FACTOR_LABELS[factor]);
    expect(FACTOR_LABELS.couplingInverse).toBe("系统独立性（耦合度倒数）");
  });

  it("says each term in plain words and how it is used", () => {
    for (const entry of GLOSSARY) {
      expect(entry.plain.length).toBeGreaterThan(4);
      expect(entry.meaning.length).toBeGreaterThan(entry.plain.length);
    }
  });
});
