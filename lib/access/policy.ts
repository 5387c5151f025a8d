/**
 * Who may do what with an assessment (docs/decisions/008-accounts-and-sharing.md). Pure: the data
 * layer gathers the facts (lib/data/access.ts), this decides. Three capabilities:
 * - read: see the result, the answers, the versions, the PDF and the check script;
 * - write: save a draft or submit a new version;
 * - manage: share, revoke, see the access log, move to the bin and restore (the owner only).
 *
 * Private by default: an owned assessment is visible to its owner, the members of its team, the
 * users and teams it is shared with, and holders of a valid read-only link — nobody else, admins
 * included. An anonymous draft belongs to the browser holding its key. One made before accounts
 * (legacy) is readable by its link and writable by no one.
 */

export const SHARE_ROLES = ["viewer", "editor"] as const;
export type ShareRole = (typeof SHARE_ROLES)[number];

export const TOKEN_SCOPES = ["assessments:read", "assessments:write"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export interface AssessmentFacts {
  ownerId: string | null;
  teamId: string | null;
  legacy: boolean;
  anonymousKeyHash: string | null;
  deleted: boolean;
}

/** What relates the requester to this assessment (gathered by lib/data/access.ts). */
export interface RequesterFacts {
  userId: string | null;
  /** Set when the request carries a personal access token: only these scopes apply. */
  tokenScopes: ReadonlySet<TokenScope> | null;
  /** The requester's role in the assessment's team, when they are a member. */
  teamRole: ShareRole | null;
  /** The strongest role shared with the user directly or with one of their teams. */
  sharedRole: ShareRole | null;
  /** SHA-256 of the browser's anonymous key, when the request carries one. */
  anonymousKeyHash: string | null;
  /** A valid (not revoked, not expired) read-only link to this assessment came with the request. */
  viaShareLink: boolean;
}

export type Relation = "owner" | "team" | "shared" | "link" | "anonymous-owner" | "legacy-link" | "none";

export interface Capabilities {
  read: boolean;
  write: boolean;
  manage: boolean;
  relation: Relation;
}

const NONE: Capabilities = Object.freeze({ read: false, write: false, manage: false, relation: "none" });

const stronger = (a: ShareRole | null, b: ShareRole | null): ShareRole | null => (a === "editor" || b === "editor" ? "editor" : (a ?? b));

function ungated(assessment: AssessmentFacts, requester: RequesterFacts): Capabilities {
  const { userId } = requester;
  if (assessment.ownerId !== null && userId === assessment.ownerId) return { read: true, write: true, manage: true, relation: "owner" };
  if (assessment.deleted) return NONE; // in the bin: its owner alone sees it (to restore it)
  const role = userId === null ? null : stronger(assessment.teamId !== null ? requester.teamRole : null, requester.sharedRole);
  if (role !== null) {
    const relation = requester.sharedRole === role ? "shared" : "team";
    return { read: true, write: role === "editor" && !assessment.legacy, manage: false, relation };
  }
  if (assessment.ownerId === null && !assessment.legacy && assessment.anonymousKeyHash !== null) {
    if (requester.anonymousKeyHash === assessment.anonymousKeyHash) return { read: true, write: true, manage: false, relation: "anonymous-owner" };
  }
  if (requester.viaShareLink) return { read: true, write: false, manage: false, relation: "link" };
  if (assessment.legacy) return { read: true, write: false, manage: false, relation: "legacy-link" };
  return NONE;
}

/**
 * The requester's capabilities. A personal access token narrows them to its scopes and never
 * manages (sharing and deletion need a signed-in person).
 */
export function capabilitiesFor(assessment: AssessmentFacts, requester: RequesterFacts): Capabilities {
  const granted = ungated(assessment, requester);
  const scopes = requester.tokenScopes;
  if (scopes === null || !granted.read) return granted;
  return {
    read: scopes.has("assessments:read") || scopes.has("assessments:write"),
    write: granted.write && scopes.has("assessments:write"),
    manage: false,
    relation: granted.relation,
  };
}
