import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { methodNotAllowed } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Liveness + database reachability, for load balancers and the start script. */
export async function GET() {
  try {
    await db.$queryRawUnsafe("SELECT 1");
    return Response.json({ status: "ok", db: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    logger.warn({ err: (error as Error).message }, "health: database unreachable");
    return Response.json(
      { status: "degraded", db: "unreachable", reason: "数据库不可达" },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowed("GET");
