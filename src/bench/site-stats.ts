/** What a built site weighs: total bytes, the heaviest HTML page, and how many article pages it has. */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export interface SiteStats {
  bytes: number;
  files: number;
  htmlPages: number;
  largestPage: { file: string; bytes: number } | null;
  /** Directories `artikelen/<id>/` holding an index.html. */
  articlePages: number;
}

export async function siteStats(root: string): Promise<SiteStats> {
  const stats: SiteStats = { bytes: 0, files: 0, htmlPages: 0, largestPage: null, articlePages: 0 };
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        await walk(full);
        continue;
      }
      if (!entry.isFile()) continue;
      const { size } = await stat(full);
      stats.bytes += size;
      stats.files++;
      if (!entry.name.endsWith('.html')) continue;
      stats.htmlPages++;
      const relative = path.relative(root, full).split(path.sep).join('/');
      if (/^artikelen\/[^/]+\/index\.html$/.test(relative)) stats.articlePages++;
      if (!stats.largestPage || size > stats.largestPage.bytes) stats.largestPage = { file: relative, bytes: size };
    }
  };
  await walk(root);
  return stats;
}
