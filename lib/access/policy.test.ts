import { describe, expect, it } from "vitest";
import { capabilitiesFor, type AssessmentFacts, type RequesterFacts, type TokenScope } from "./policy";

const owned: AssessmentFacts = { ownerId: "u-owner", teamId: null, legacy: false, anonymousKeyHash: null, deleted: false };
const nobody: RequesterFacts = { userId: null, tokenScopes: null, teamRole: null, sharedRole: null, anonymousKeyHash: null, viaShareLink: false };
const user = (userId: string, more: Partial<RequesterFacts> = {}): RequesterFacts => ({ ...nobody, userId, ...more });
const caps = (a: Partial<AssessmentFacts>, r: RequesterFacts) => {
  const { read, write, manage, relation } = capabilitiesFor({ ...owned, ...a }, r);
  return { read, write, manage, relation };
};
const scopes = (...list: TokenScope[]) => new Set(list);

describe("capabilitiesFor: private by default", () => {
  it("the owner reads, writes and manages", () => {
    expect(caps({}, user("u-owner"))).toEqual({ read: true, write: true, manage: true, relation: "owner" });
  });

  it("anyone else — signed out, another architect, an admin — gets nothing", () => {
    expect(caps({}, nobody)).toEqual({ read: false, write: false, manage: false, relation: "none" });
    expect(caps({}, user("u-other"))).toMatchObject({ read: false, write: false });
    // An anonymous key never opens an owned assessment, even one that was claimed from it.
    expect(caps({ anonymousKeyHash: "k" }, { ...nobody, anonymousKeyHash: "k" })).toMatchObject({ read: false });
  });

  it("a viewer reads, an editor also writes; neither manages", () => {
    expect(caps({}, user("u-v", { sharedRole: "viewer" }))).toEqual({ read: true, write: false, manage: false, relation: "shared" });
    expect(caps({}, user("u-e", { sharedRole: "editor" }))).toEqual({ read: true, write: true, manage: false, relation: "shared" });
  });

  it("team members act by their membership role, only for the assessment's team", () => {
    expect(caps({ teamId: "t" }, user("u-m", { teamRole: "viewer" }))).toEqual({ read: true, write: false, manage: false, relation: "team" });
    expect(caps({ teamId: "t" }, user("u-m", { teamRole: "editor" }))).toMatchObject({ write: true, relation: "team" });
    expect(caps({ teamId: null }, user("u-m", { teamRole: "editor" }))).toMatchObject({ read: false });
    // The stronger of team role and share wins.
    expect(caps({ teamId: "t" }, user("u-m", { teamRole: "viewer", sharedRole: "editor" }))).toMatchObject({ write: true, relation: "shared" });
    expect(caps({ teamId: "t" }, user("u-m", { teamRole: "editor", sharedRole: "viewer" }))).toMatchObject({ write: true, relation: "team" });
  });

  it("a valid read-only link reads and never writes, whoever holds it", () => {
    expect(caps({}, { ...nobody, viaShareLink: true })).toEqual({ read: true, write: false, manage: false, relation: "link" });
    expect(caps({}, user("u-other", { viaShareLink: true }))).toMatchObject({ read: true, write: false, manage: false });
  });

  it("an anonymous draft belongs to the browser holding its key", () => {
    const anon = { ownerId: null, anonymousKeyHash: "k1" };
    expect(caps(anon, { ...nobody, anonymousKeyHash: "k1" })).toEqual({ read: true, write: true, manage: false, relation: "anonymous-owner" });
    expect(caps(anon, { ...nobody, anonymousKeyHash: "k2" })).toMatchObject({ read: false });
    expect(caps(anon, nobody)).toMatchObject({ read: false });
    expect(caps(anon, user("u-other"))).toMatchObject({ read: false });
  });

  it("an assessment from before accounts is readable by its link and writable by no one", () => {
    const legacy = { ownerId: null, legacy: true };
    expect(caps(legacy, nobody)).toEqual({ read: true, write: false, manage: false, relation: "legacy-link" });
    expect(caps(legacy, user("u-any", { sharedRole: "editor" }))).toMatchObject({ read: true, write: false });
  });

  it("in the bin only its owner sees it", () => {
    expect(caps({ deleted: true }, user("u-owner"))).toMatchObject({ read: true, manage: true });
    for (const r of [user("u-e", { sharedRole: "editor" }), { ...nobody, viaShareLink: true }, user("u-m", { teamRole: "editor" })]) {
      expect(caps({ deleted: true, teamId: "t" }, r)).toMatchObject({ read: false, write: false });
    }
  });
});

describe("capabilitiesFor: personal access tokens narrow to their scopes", () => {
  it("read scope reads, write scope reads and writes, no token manages", () => {
    expect(caps({}, user("u-owner", { tokenScopes: scopes("assessments:read") }))).toEqual({ read: true, write: false, manage: false, relation: "owner" });
    expect(caps({}, user("u-owner", { tokenScopes: scopes("assessments:write") }))).toEqual({ read: true, write: true, manage: false, relation: "owner" });
    expect(caps({}, user("u-owner", { tokenScopes: scopes() }))).toMatchObject({ read: false, write: false });
  });

  it("a token never adds what its user lacks", () => {
    expect(caps({}, user("u-v", { sharedRole: "viewer", tokenScopes: scopes("assessments:write") }))).toMatchObject({ read: true, write: false });
    expect(caps({}, user("u-other", { tokenScopes: scopes("assessments:write") }))).toMatchObject({ read: false });
  });
});
