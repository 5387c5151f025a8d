/**
 * Which release of each Go SM library the probe asks for in module mode.
 *
 * The rule: never ask for a release whose `go` directive is newer than the profile's Go
 * floor — Go ≥ 1.21 would then try to fetch a newer toolchain, which fails air-gapped, and
 * older Go versions may not compile it. The module proxy was not reachable when this table
 * was written, so each row records the public evidence it rests on; the script re-checks on
 * the machine (it reads the downloaded module's `go` directive and fails with a remedy if it
 * is newer than the local Go). Architects can override with GMSM_VERSION=vX.Y.Z.
 */

export interface LibraryRelease {
  /** Smallest Go floor (minor version of 1.x) this row applies to. */
  minGoMinor: number;
  version: string;
  evidence: string;
}

/** Newest-first lookup; rows must be sorted by minGoMinor ascending. */
export const EMMANSUN_RELEASES: readonly LibraryRelease[] = [
  {
    minGoMinor: 18,
    version: "v0.21.5",
    evidence:
      "emmansun/gmsm#178 (2023-11-07): go directive was still 1.16 and was to be raised to 1.18 — the v0.21 line is at most 1.18.",
  },
  {
    minGoMinor: 20,
    version: "v0.27.2",
    evidence: "runner-mei/loong pins Go 1.20 (go 1.20 directive, a go1.20 x/exp fork) and requires v0.27.2.",
  },
  {
    minGoMinor: 21,
    version: "v0.29.5",
    evidence: "phox/gmsm-lk declares go 1.21 and requires v0.29.5 (Go ≥ 1.21 would have raised the directive).",
  },
  {
    minGoMinor: 24,
    version: "v0.40.1",
    evidence: "gmkit.cn Go integration guide pairs go 1.24.0 with v0.40.1.",
  },
  {
    minGoMinor: 25,
    version: "v0.41.1",
    evidence: "aiyang-zh/zhenyi declares go 1.25.0 with v0.41.1; emmansun/gmsm#497 raised the directive to 1.25 only in v0.44.0.",
  },
];

/** tjfoc/gmsm stopped at v1.4.1 (2021); Debian packages 1.3.0 for GOPATH builds. */
export const TJFOC_RELEASE: LibraryRelease = {
  minGoMinor: 12,
  version: "v1.4.1",
  evidence: "Last tagged tjfoc/gmsm release; the repository's go.mod of that era declares go 1.14, below every supported floor.",
};

export function emmansunReleaseFor(goFloor: string): LibraryRelease {
  const minor = Number(goFloor.split(".")[1]);
  let chosen = EMMANSUN_RELEASES[0]!;
  for (const release of EMMANSUN_RELEASES) {
    if (release.minGoMinor <= minor) chosen = release;
  }
  return chosen;
}
