/** What the admin dashboard counts. */
import type { Db } from "@/lib/db/client";

export async function getAdminCounts(db: Db): Promise<{ enterprises: number; batches: number; users: number }> {
  const [enterprises, batches, users] = await Promise.all([db.enterprise.count(), db.importBatch.count(), db.user.count()]);
  return { enterprises, batches, users };
}
